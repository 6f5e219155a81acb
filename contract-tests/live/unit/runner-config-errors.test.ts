import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../reference-server/index.js';
import { freePort } from '../support/free-port.js';
import { REPO_ROOT } from '../support/repo-paths.js';

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SECRET = 'ct-runner-test-secret-value';

function run(script: string, env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Only what the test sets: a LOGTO_* variable from the caller's shell must not leak in.
    const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LOGTO_')));
    const child = spawn(process.execPath, [TSX, path.join(REPO_ROOT, 'scripts', script), ...args], { cwd: REPO_ROOT, env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.concurrent('contract:live refuses bad settings before any test runs (exit 2, one line, no stack, no secret)', () => {
  let server: ReferenceServer;
  beforeAll(async () => {
    server = await startReferenceServer({ appSecret: SECRET });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const cases: Array<[string, () => Promise<Record<string, string>>, RegExp]> = [
    ['a missing variable', async () => ({ LOGTO_ENDPOINT: 'http://127.0.0.1:3001' }), /LOGTO_M2M_APP_ID, LOGTO_M2M_APP_SECRET are not set/],
    ['an endpoint that is not a URL', async () => ({ LOGTO_ENDPOINT: 'tenant.logto.app', LOGTO_M2M_APP_ID: 'a', LOGTO_M2M_APP_SECRET: SECRET }), /LOGTO_ENDPOINT "tenant.logto.app" is not an http\(s\) URL/],
    [
      'an unreachable endpoint',
      async () => ({ LOGTO_ENDPOINT: `http://127.0.0.1:${await freePort()}`, LOGTO_M2M_APP_ID: 'a', LOGTO_M2M_APP_SECRET: SECRET, LOGTO_CONTRACT_ALLOW_WRITES: '1' }),
      /Cannot reach LOGTO_ENDPOINT http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
    ],
    [
      'bad credentials',
      async () => ({ LOGTO_ENDPOINT: server.url, LOGTO_M2M_APP_ID: server.credentials.appId, LOGTO_M2M_APP_SECRET: `${SECRET}-wrong`, LOGTO_CONTRACT_ALLOW_WRITES: '1' }),
      /rejected the credentials \(401 invalid_client\): check LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET/,
    ],
    [
      'writes not allowed',
      async () => ({ LOGTO_ENDPOINT: server.url, LOGTO_M2M_APP_ID: server.credentials.appId, LOGTO_M2M_APP_SECRET: SECRET }),
      /Refusing to write to .* Set LOGTO_CONTRACT_ALLOW_WRITES=1/,
    ],
  ];

  for (const [name, env, message] of cases) {
    it(name, async () => {
      const result = await run('contract-live.ts', await env());
      expect(result.code).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout + result.stderr).not.toContain(SECRET);
      expect(result.stdout).not.toMatch(/RUN|passed/);
    });
  }

  it('contract:sweep is a dry run by default and --yes needs LOGTO_CONTRACT_ALLOW_WRITES=1', async () => {
    const env = { LOGTO_ENDPOINT: server.url, LOGTO_M2M_APP_ID: server.credentials.appId, LOGTO_M2M_APP_SECRET: SECRET };
    const dry = await run('contract-sweep.ts', env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run, nothing deleted/);
    const refused = await run('contract-sweep.ts', env, ['--yes']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/LOGTO_CONTRACT_ALLOW_WRITES=1/);
    const outside = await run('contract-sweep.ts', env, ['--prefix=prod-']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/must start with "ct-"/);
  });
});
