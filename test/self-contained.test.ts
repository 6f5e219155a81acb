import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../common/paths.js';

/**
 * The repository stands alone: `npm ci` and `npm test` on a fresh clone need nothing beside it.
 * Two checks: no committed file names a place outside the repository, and the tests that read
 * committed data (Logto's served-spec structure, the traces) pass in a copy of HEAD that sits in an
 * empty folder, so anything they read from beside the repository is missing there.
 * (The whole of `npm test` in a fresh clone is `.ci/run`; it is not re-run inside `npm test`.)
 */

/** Spellings of a place outside the repository that a file could read (this file, which lists them, is not scanned). */
const OUTSIDE = [
  { pattern: /\.\.\/shared\b/, what: 'a sibling folder of the repository (../shared)' },
  { pattern: /\/work\//, what: 'an absolute path of this machine (/work/)' },
  { pattern: /REPO_ROOT,\s*'\.\.'/, what: 'a path built from the repository root upwards' },
];
const THIS_FILE = 'test/self-contained.test.ts';

/** The tests that read committed data instead of data beside the repository, and what each reads. */
const READERS_OF_COMMITTED_DATA = [
  'scripts/spec-tools/pull.test.ts', // a served spec built from openapi/upstream/
  'common/served-spec/strip-prose.test.ts', // the same
  'scripts/spec-tools/upstream-roundtrip.test.ts', // the same
  'scripts/spec-tools/carried-comparison.test.ts', // openapi/upstream/ against our spec
  'scripts/spec-tools/spec-drift-workflow.test.ts', // the workflow's commands against a stand-in serving openapi/upstream/
  'contract-tests/reference-server/test/auth.test.ts', // the reference server serves openapi/upstream/
  'contract-tests/traces/recorded-conformance.test.ts', // contract-tests/traces/
  'contract-tests/traces/other-versions.test.ts', // contract-tests/traces/, its reports and openapi/upstream/history/
  'scripts/docs/live-reports.test.ts', // contract-tests/traces/reports/
  'scripts/docs/readme-figures.test.ts', // openapi/upstream/, the README
];

function git(args: string[], options: { input?: Buffer } = {}): Buffer {
  const result = spawnSync('git', args, { cwd: REPO_ROOT, maxBuffer: 512 * 1024 * 1024, ...options });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.toString()}`);
  return result.stdout;
}

describe('the repository stands alone', () => {
  it('no committed file names a place outside the repository', () => {
    const files = git(['ls-files', '-z']).toString('utf8').split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files.filter((name) => name !== THIS_FILE)) {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      if (text.includes('\0')) continue; // binary
      text.split('\n').forEach((line, i) => {
        for (const { pattern, what } of OUTSIDE) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${what}: ${line.trim().slice(0, 160)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('the tests that read committed data pass in a copy of HEAD with nothing beside it', () => {
    // <empty temp folder>/repo: `repo/../anything` is inside the empty folder, so it does not exist.
    const folder = mkdtempSync(path.join(tmpdir(), 'ct-standalone-'));
    try {
      const copy = path.join(folder, 'repo');
      const archive = git(['archive', '--format=tar', '--prefix=repo/', 'HEAD']);
      const untar = spawnSync('tar', ['-x', '-C', folder], { input: archive });
      expect(untar.status, untar.stderr.toString()).toBe(0);
      // The installed packages are npm ci's business, not the repository's: the copy borrows ours.
      symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
      const run = spawnSync(process.execPath, [path.join(copy, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...READERS_OF_COMMITTED_DATA, '--reporter=dot'], {
        cwd: copy,
        env: { ...process.env, CI: '' },
        encoding: 'utf8',
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`.slice(-4000)).toBe(0);
      const summary = run.stdout.replace(/\x1b\[[\d;]*m/g, '');
      expect(summary).toMatch(new RegExp(`Test Files\\s+${READERS_OF_COMMITTED_DATA.length} passed \\(${READERS_OF_COMMITTED_DATA.length}\\)`));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 300_000);
});
