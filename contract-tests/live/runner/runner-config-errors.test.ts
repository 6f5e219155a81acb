import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../reference-server/index.js';
import { UsageError } from '../../../common/usage-error.js';
import { prepareLiveRun } from './prepare-live-run.js';
import { freePort } from '../../../common/process/index.js';
import { REPO_ROOT } from '../support/repo-paths.js';
import { parseSweepArgs } from '../sweep/sweep-args.js';

const SECRET = 'ct-runner-test-secret-value';

function cli(script: string, env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Only what the test sets: a LOGTO_* variable from the caller's shell must not leak in.
    const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LOGTO_')));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', script), ...args], { cwd: REPO_ROOT, env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function refusal(env: Record<string, string>): Promise<string> {
  const error = await prepareLiveRun([], env).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  expect(message).not.toContain(SECRET);
  return message;
}

describe.concurrent('contract:live refuses bad settings before any test runs', () => {
  let server: ReferenceServer;
  beforeAll(async () => {
    server = await startReferenceServer({ appSecret: SECRET });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a missing variable', async () => {
    expect(await refusal({ LOGTO_ENDPOINT: 'http://127.0.0.1:3001' })).toMatch(/LOGTO_M2M_APP_ID, LOGTO_M2M_APP_SECRET are not set/);
  });

  it('an endpoint that is not a URL', async () => {
    expect(await refusal({ LOGTO_ENDPOINT: 'tenant.logto.app', LOGTO_M2M_APP_ID: 'a', LOGTO_M2M_APP_SECRET: SECRET })).toMatch(/LOGTO_ENDPOINT "tenant.logto.app" is not an http\(s\) URL/);
  });

  it('an unreachable endpoint', async () => {
    const env = { LOGTO_ENDPOINT: `http://127.0.0.1:${await freePort()}`, LOGTO_M2M_APP_ID: 'a', LOGTO_M2M_APP_SECRET: SECRET, LOGTO_CONTRACT_ALLOW_WRITES: '1' };
    expect(await refusal(env)).toMatch(/Cannot reach LOGTO_ENDPOINT http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  it('bad credentials (a token error)', async () => {
    const env = { LOGTO_ENDPOINT: server.url, LOGTO_M2M_APP_ID: server.credentials.appId, LOGTO_M2M_APP_SECRET: `${SECRET}-wrong`, LOGTO_CONTRACT_ALLOW_WRITES: '1' };
    expect(await refusal(env)).toMatch(/rejected the credentials \(401 invalid_client\): check LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET/);
  });

  it('an unknown resource', async () => {
    const env = {
      LOGTO_ENDPOINT: server.url,
      LOGTO_M2M_APP_ID: server.credentials.appId,
      LOGTO_M2M_APP_SECRET: SECRET,
      LOGTO_CONTRACT_ALLOW_WRITES: '1',
      LOGTO_MANAGEMENT_RESOURCE: 'https://ct-unknown.example.com/api',
    };
    expect(await refusal(env)).toMatch(/set LOGTO_MANAGEMENT_RESOURCE to/);
  });

  it('writes not allowed', async () => {
    const env = { LOGTO_ENDPOINT: server.url, LOGTO_M2M_APP_ID: server.credentials.appId, LOGTO_M2M_APP_SECRET: SECRET };
    expect(await refusal(env)).toMatch(/Refusing to write to .* Set LOGTO_CONTRACT_ALLOW_WRITES=1/);
  });

  it('good remote settings pass, with the seed and run id handed to vitest', async () => {
    const env = { LOGTO_ENDPOINT: server.url, LOGTO_M2M_APP_ID: server.credentials.appId, LOGTO_M2M_APP_SECRET: SECRET, LOGTO_CONTRACT_ALLOW_WRITES: '1', LOGTO_CONTRACT_SEED: '7' };
    const prepared = await prepareLiveRun(['--shard=2/3'], env);
    expect(prepared).toMatchObject({ target: server.url, args: { shard: '2/3' }, env: { LOGTO_CONTRACT_SEED: '7', LOGTO_CONTRACT_VIA_PRISM: '0' } });
    expect(prepared.env.LOGTO_CONTRACT_RUN_ID).toMatch(/^[a-z0-9]+$/);
  });

  it('the command prints one line on stderr, no stack, and exits 2', async () => {
    const result = await cli('contract-live.ts', { LOGTO_ENDPOINT: server.url, LOGTO_M2M_APP_ID: server.credentials.appId, LOGTO_M2M_APP_SECRET: `${SECRET}-wrong`, LOGTO_CONTRACT_ALLOW_WRITES: '1' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^contract:live: Logto rejected the credentials/);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    expect(result.stdout).not.toMatch(/passed/);
  });

  it('npm run contract: a configuration error found by the live step is the last line, with exit 2 and no count after it', async () => {
    const result = await cli('contract.ts', { LOGTO_ENDPOINT: server.url, LOGTO_M2M_APP_ID: server.credentials.appId, LOGTO_M2M_APP_SECRET: `${SECRET}-wrong`, LOGTO_CONTRACT_ALLOW_WRITES: '1' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^contract:live: Logto rejected the credentials/)]);
    expect(result.stdout).not.toMatch(/passed|failed/);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });

  it('contract:sweep: dry run by default; --yes needs LOGTO_CONTRACT_ALLOW_WRITES=1; prefixes stay inside ct-', async () => {
    const env = { LOGTO_ENDPOINT: server.url, LOGTO_M2M_APP_ID: server.credentials.appId, LOGTO_M2M_APP_SECRET: SECRET };
    const [dry, refused] = await Promise.all([cli('contract-sweep.ts', env), cli('contract-sweep.ts', env, ['--yes'])]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run, nothing deleted/);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/LOGTO_CONTRACT_ALLOW_WRITES=1/);
    expect(() => parseSweepArgs(['--prefix=prod-'])).toThrow(/must start with "ct-"/);
    expect(parseSweepArgs(['--yes', '--prefix=ct-abc-'])).toEqual({ yes: true, prefix: 'ct-abc-' });
  });

  it('a target that fails while the run reads it before the tests: one clear last line, exit 2, no test runs, nothing is written', async () => {
    // In front of the reference server: everything passes through, but the token endpoint answers
    // only the first request (the settings check), so reading the tenant's settings, which the run
    // does while vitest boots, before any test may start, cannot get a token.
    let tokenRequests = 0;
    const front: Server = createServer((req, res) => {
      if (req.url?.startsWith('/oidc/token') && ++tokenRequests > 1) {
        req.socket.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'connection')) as Record<string, string>;
        void fetch(`${server.url}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}) }).then(async (answer) => {
          res.writeHead(answer.status, Object.fromEntries([...answer.headers].filter(([name]) => name !== 'content-encoding' && name !== 'content-length')));
          res.end(Buffer.from(await answer.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    try {
      const endpoint = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
      const result = await cli('contract-live.ts', { LOGTO_ENDPOINT: endpoint, LOGTO_M2M_APP_ID: server.credentials.appId, LOGTO_M2M_APP_SECRET: SECRET, LOGTO_CONTRACT_ALLOW_WRITES: '1' });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(new RegExp(`^contract:live: could not read ${endpoint} before the tests \\(.+\\); no test ran and nothing was written: check that the server answers, then run again$`));
      expect(result.stdout).not.toMatch(/\d+ passed/);
      expect(result.stdout + result.stderr).not.toContain(SECRET);
    } finally {
      await new Promise((resolve) => front.close(resolve));
    }
  });
});
