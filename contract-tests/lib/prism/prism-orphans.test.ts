// The launcher's promise that no Prism outlives the process that started it, proved by killing
// a launcher (hold-prism.ts, which starts a fleet of two, as the mock suite does) on a tiny spec.
// It needs no contract run, so it lives in the unit layer and keeps its ~5 s off the timed mock suite.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../common/paths.js';
import { isProcessAlive } from '../../../common/process/index.js';

const TINY_SPEC = join(REPO_ROOT, 'contract-tests/mock/fixtures/tiny.openapi.yaml');
const HOLDER = join(REPO_ROOT, 'contract-tests/mock/fixtures/hold-prism.ts');

/** Waits for the process to go; the limit is a ceiling for a stuck process, not a speed it must reach. */
async function waitUntilGone(pid: number, limitMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isProcessAlive(pid);
}

const started: Array<{ holder: ReturnType<typeof spawn>; logDir: string }> = [];
afterAll(() => {
  for (const { holder, logDir } of started) {
    if (holder.exitCode === null && holder.signalCode === null) holder.kill('SIGKILL');
    rmSync(logDir, { recursive: true, force: true });
  }
});

/** Runs hold-prism.ts in its own process and resolves with the Prism pids it reports. */
function holdPrisms(): Promise<{ holder: ReturnType<typeof spawn>; prismPids: number[]; baseUrls: string[]; paths: string[][]; logDir: string }> {
  const logDir = mkdtempSync(join(tmpdir(), 'prism-lifecycle-'));
  const holder = spawn(process.execPath, ['--import', 'tsx', HOLDER, TINY_SPEC, logDir, '2'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  // Whatever happens to the test (a failure, its ceiling), the holder and its folder go with it.
  started.push({ holder, logDir });
  return new Promise((resolve, reject) => {
    let out = '';
    holder.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        const { pids, baseUrls, paths } = JSON.parse(line) as { pids: number[]; baseUrls: string[]; paths: string[][] };
        resolve({ holder, prismPids: pids, baseUrls, paths, logDir });
      }
    });
    holder.once('exit', (code) => reject(new Error(`hold-prism exited early (code ${code})`)));
  });
}

describe('startPrism leaves no orphan', () => {
  // SIGINT: an interrupted run; the holder handles it (and SIGTERM, same handler) with stop(),
  // which SIGTERMs Prism. SIGKILL: no handler runs, so only the launcher's guard can act.
  it.concurrent.each(['SIGINT', 'SIGKILL'] as const)('killing the launcher process with %s leaves no orphan Prism', async (signal) => {
    const { holder, prismPids, baseUrls, paths, logDir } = await holdPrisms();
    try {
      expect(prismPids).toHaveLength(2);
      for (const pid of prismPids) expect(isProcessAlive(pid)).toBe(true);
      // The tiny spec's two paths, one on each Prism: each answers its own.
      expect(paths.flat().sort()).toEqual(['/api/status', '/api/users']);
      for (const [i, baseUrl] of baseUrls.entries()) expect((await fetch(`${baseUrl}${paths[i]?.[0]}`)).ok).toBe(true);
      holder.kill(signal);
      for (const pid of prismPids) expect(await waitUntilGone(pid)).toBe(true);
    } finally {
      rmSync(logDir, { recursive: true, force: true });
    }
  });
});
