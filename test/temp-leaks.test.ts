import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../contract-tests/live/support/repo-paths.js';

// The tests that used to leave a `cli-*` and six `spec-*` folders per run, run in a temp folder of
// their own: afterwards it must be empty. (npm test checks the same for every step.)
describe('tests leave no temporary folder behind', () => {
  it.each([['contract-tests/mock/cli/run-contract-mock.test.ts'], ['contract-tests/lib/spec/load-spec.test.ts']])('%s', (file) => {
    const temp = mkdtempSync(path.join(tmpdir(), 'ct-leak-check-'));
    try {
      const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', file, '--reporter=dot'], {
        cwd: REPO_ROOT,
        env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp },
        encoding: 'utf8',
      });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }, 60_000);
});
