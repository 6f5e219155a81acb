import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../common/usage-error.js';
import { parseCli } from '../cli-options.js';
import { send, startTimeoutMs } from './harness.js';

const cliPath = join(dirname(fileURLToPath(import.meta.url)), '../cli.ts');
const scratch = mkdtempSync(join(tmpdir(), 'reference-cli-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('parseCli', () => {
  it('defaults: port 3001, everything else left to the server', () => {
    expect(parseCli([], {})).toEqual({ kind: 'start', options: { port: 3001 } });
  });

  it('reads flags, and environment variables where no flag is given', () => {
    const command = parseCli(['--port', '0', '--data-dir', 'd', '--token-ttl', '5', '--email-outbox', 'o.jsonl', '--app-id', 'flag-id'], {
      LOGTO_M2M_APP_ID: 'env-id',
      LOGTO_M2M_APP_SECRET: 'env-secret',
      REFERENCE_SERVER_HOST: '0.0.0.0',
    });
    expect(command).toEqual({ kind: 'start', options: { port: 0, dataDir: 'd', tokenTtlSeconds: 5, emailOutbox: 'o.jsonl', appId: 'flag-id', appSecret: 'env-secret', host: '0.0.0.0' } });
  });

  it.each([
    [['--nope']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--token-ttl', '0']],
    [['--resource', 'not a url']],
    [['--app-secret', '']],
    [['positional']],
    [['--port']],
  ])('rejects %j with a UsageError', (argv) => {
    expect(() => parseCli(argv, {})).toThrow(UsageError);
  });

  it('--help', () => {
    expect(parseCli(['--help'], {})).toEqual({ kind: 'help' });
  });
});

describe('npm run server (the CLI process)', () => {
  it('a bad flag prints one line naming it and exits 2', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', cliPath, '--port', 'nope'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/--port/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('starts, prints endpoint, app id and labelled secret, serves, and stops cleanly on SIGINT', async () => {
    const startedAt = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', cliPath, '--port', '0', '--data-dir', join(scratch, 'data')], {
      env: { ...process.env, LOGTO_M2M_APP_ID: 'cli-test-app', LOGTO_M2M_APP_SECRET: 'cli-test-secret' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        const check = setInterval(() => {
          if (stdout.includes('Press Ctrl-C')) {
            clearInterval(check);
            resolve();
          }
        }, 20);
        void exited.then((code) => {
          clearInterval(check);
          reject(new Error(`CLI exited early (${code}): ${stderr}`));
        });
      });
      const processReadyMs = Math.round(performance.now() - startedAt);
      const reported = /ready in (\d+) ms/.exec(stdout)?.[1];
      // Measured, not asserted (timings depend on the machine): shows up in the test log.
      console.log(`[reference-server] CLI ready: ${processReadyMs} ms from spawn, server reports ${reported} ms`);
      const url = /endpoint\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      expect(url).toBeDefined();
      expect(stdout).toContain('cli-test-app');
      expect(stdout).toMatch(/cli-test-secret\s+\(local throwaway dev credential/);
      const status = await send(`${url}/api/status`, 'GET');
      expect(status.status).toBe(204);
      const token = await send(`${url}/oidc/token`, 'POST', {
        rawBody: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'cli-test-app', client_secret: 'cli-test-secret', resource: 'https://default.logto.app/api', scope: 'all' }).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      expect(token.status).toBe(200);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stdout).toContain('stopped.');
      expect(stderr).toBe('');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, startTimeoutMs);

  it('a port already in use is one clear line and exit 1', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', cliPath, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(new RegExp(`port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  }, startTimeoutMs);
});
