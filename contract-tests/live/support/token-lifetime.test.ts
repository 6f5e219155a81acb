import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../reference-server/index.js';
import { REPO_ROOT } from './repo-paths.js';

const TOKEN_TTL_SECONDS = 5;
const stoppers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const stop of stoppers.reverse()) await stop();
});

/**
 * A run longer than a token's lifetime keeps working: the live suite takes its tokens from the
 * client's own source, which replaces a token before it expires (and after a 401), so a staging
 * run of more than an hour does not turn into a wall of 401s.
 */
test(`a live run against a server whose tokens live ${TOKEN_TTL_SECONDS} s passes, fetching fresh tokens as it goes`, { timeout: 240_000 }, async () => {
  const server: ReferenceServer = await startReferenceServer({ tokenTtlSeconds: TOKEN_TTL_SECONDS });
  stoppers.push(() => server.stop());

  const reportsDir = mkdtempSync(path.join(os.tmpdir(), 'ct-token-lifetime-'));
  stoppers.push(async () => rmSync(reportsDir, { recursive: true, force: true }));
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LOGTO_')));
  const startedAt = Date.now();
  const result = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', 'contract-live.ts')], {
      cwd: REPO_ROOT,
      env: {
        ...base,
        LOGTO_ENDPOINT: server.url,
        LOGTO_M2M_APP_ID: server.credentials.appId,
        LOGTO_M2M_APP_SECRET: server.credentials.appSecret,
        LOGTO_CONTRACT_ALLOW_WRITES: '1',
        LOGTO_CONTRACT_EMAIL_CONNECTOR: 'absent',
        // The reference server implements the carried operations only: the generic phase checks those.
        LOGTO_CONTRACT_OPERATIONS: 'carried',
        // Its own reports folder, so this run does not overwrite (or race) the main live run's reports.
        CONTRACT_LIVE_REPORTS_DIR: reportsDir,
      },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
  const seconds = (Date.now() - startedAt) / 1000;

  const lastLine = result.out.trim().split('\n').at(-1) ?? '';
  expect(lastLine, result.out.slice(-3000)).toMatch(/^\d+ passed, 0 failed/);
  expect(result.code).toBe(0);
  // The run outlived several token lifetimes, and the suite fetched a fresh token as each expired.
  expect(seconds).toBeGreaterThan(2 * TOKEN_TTL_SECONDS);
  expect(server.tokensIssued()).toBeGreaterThan(2);
  expect(result.out).not.toContain(server.credentials.appSecret);
});
