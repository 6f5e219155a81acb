import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedOnlyEnv } from './embedded-env.js';
import { runAll } from './run-all.js';

// `npm test`'s engine on a throwaway package whose scripts stand in for the real steps.
const dir = mkdtempSync(path.join(tmpdir(), 'ct-run-all-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const node = (code: string): string => `node -e ${JSON.stringify(code)}`;
writeFileSync(
  path.join(dir, 'package.json'),
  JSON.stringify({
    name: 'run-all-fixture',
    private: true,
    scripts: {
      // What the live step would see: the LOGTO_* names in its environment.
      'show-env': node(`require('fs').writeFileSync('seen-env.txt', Object.keys(process.env).filter((n) => n.startsWith('LOGTO_')).join(',')); console.log('1 passed, 0 failed')`),
      'with-skips': node(`console.log('3 passed, 0 failed, 2 skipped')`),
      stopped: node(`console.log('interrupted (SIGINT): 4 passed, 1 failed before the stop'); process.exit(130)`),
      never: node(`require('fs').writeFileSync('never-ran.txt', 'x')`),
      leaks: node(`const os = require('os'); require('fs').mkdtempSync(require('path').join(os.tmpdir(), 'leaked-')); require('fs').writeFileSync('leak-tmpdir.txt', os.tmpdir()); console.log('1 passed, 0 failed')`),
    },
  }),
);

const SECRET = 'ct-run-all-secret-value';
const userShell = { ...process.env, LOGTO_ENDPOINT: 'https://tenant.example.com', LOGTO_M2M_APP_ID: 'app', LOGTO_M2M_APP_SECRET: SECRET, LOGTO_CONTRACT_ALLOW_WRITES: '1' };

describe('npm test (run-all)', () => {
  it('gives no step a LOGTO_* variable, whatever the shell exports, and says so once, by name only', async () => {
    const lines: string[] = [];
    const { exitCode } = await runAll([{ name: 'live', script: 'show-env' }], { cwd: dir, env: userShell, log: (l) => lines.push(l) });
    expect(exitCode).toBe(0);
    expect(readFileSync(path.join(dir, 'seen-env.txt'), 'utf8')).toBe('');
    const notes = lines.filter((l) => l.includes('ignoring'));
    expect(notes).toEqual(['npm test: ignoring LOGTO_CONTRACT_ALLOW_WRITES, LOGTO_ENDPOINT, LOGTO_M2M_APP_ID, LOGTO_M2M_APP_SECRET: npm test only uses the embedded servers (npm run contract uses these variables)']);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(lines.join('\n')).not.toContain('tenant.example.com');
  });

  it('says nothing about LOGTO_* when none is set', () => {
    expect(embeddedOnlyEnv({ PATH: '/bin' })).toEqual({ env: { PATH: '/bin' }, ignored: [] });
  });

  it('keeps skipped counts in the step summary and the closing line', async () => {
    const lines: string[] = [];
    await runAll([{ name: 'a', script: 'with-skips' }, { name: 'b', script: 'show-env' }], { cwd: dir, env: process.env, log: (l) => lines.push(l) });
    expect(lines).toContain('ok   a: 3 passed, 0 failed, 2 skipped');
    // Two steps and the temp-folder check.
    expect(lines.at(-1)).toBe('\n5 passed, 0 failed, 2 skipped');
  });

  it('a stopped step stops the run: later steps do not run, the closing line says interrupted, exit 130', async () => {
    const lines: string[] = [];
    const { exitCode } = await runAll(
      [
        { name: 'a', script: 'with-skips' },
        { name: 'live', script: 'stopped' },
        { name: 'later', script: 'never' },
      ],
      { cwd: dir, env: process.env, log: (l) => lines.push(l) },
    );
    expect(exitCode).toBe(130);
    expect(lines.at(-1)).toBe('\ninterrupted (SIGINT): 7 passed, 1 failed, 2 skipped before the stop');
    expect(lines).toContain('STOP live: 4 passed, 1 failed (interrupted by SIGINT)');
    expect(() => readFileSync(path.join(dir, 'never-ran.txt'))).toThrow();
  });

  it('a step that leaves a temporary folder behind fails the run, and the folder is gone anyway', async () => {
    const lines: string[] = [];
    const { exitCode, results } = await runAll([{ name: 'leaky', script: 'leaks' }], { cwd: dir, env: process.env, log: (l) => lines.push(l) });
    expect(exitCode).toBe(1);
    expect(results.at(-1)).toMatchObject({ name: 'no temporary files left behind', failed: 1 });
    expect(lines.join('\n')).toMatch(/left 1 temporary item\(s\) behind \(removed now\): leaked-\w+; the test that creates them must remove them/);
    expect(existsSync(readFileSync(path.join(dir, 'leak-tmpdir.txt'), 'utf8'))).toBe(false);
  });
});
