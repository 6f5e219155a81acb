import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../common/paths.js';

/** The npm scripts run these files through tsx; check exit codes and stderr reach the shell. */
const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const fixture = (name: string): string => path.join('scripts', 'spec-tools', 'fixtures', 'diff', name);
const run = (...args: string[]) => spawnSync(tsx, args, { cwd: REPO_ROOT, encoding: 'utf8' });

// Spawning tsx is slow on a busy machine; the generous timeout is a ceiling, not an assertion.
describe('entry points', { timeout: 120_000 }, () => {
  it('spec-diff exits 1 on a breaking change, with the report on stdout', () => {
    const result = run('scripts/spec-diff.ts', fixture('base.yaml'), fixture('operation-removed.yaml'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('operation GetWidget (GET /widgets/{id}) was removed');
    expect(result.stderr).toBe('');
  });

  it('spec-pull exits 2 without --from, one line on stderr', () => {
    const result = run('scripts/spec-pull.ts');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^spec-pull: --from is required/)]);
  });

  it('spec-build exits 2 on an empty --out, one line on stderr', () => {
    const result = run('scripts/spec-build.ts', '--out', '');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^spec-build: --out needs a file/)]);
  });
});
