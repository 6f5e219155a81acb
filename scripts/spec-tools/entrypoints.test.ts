import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './repo-root.js';

/** The npm scripts run these files through tsx; check the exit code reaches the shell. */
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const fixture = (name: string): string => path.join('scripts', 'spec-tools', 'fixtures', 'diff', name);
const run = (...args: string[]) => spawnSync(tsx, args, { cwd: repoRoot, encoding: 'utf8' });

describe('entry points', () => {
  it('spec-diff exits 1 on a breaking change, 0 on none, 2 on bad input', () => {
    expect(run('scripts/spec-diff.ts', fixture('base.yaml'), fixture('operation-removed.yaml')).status).toBe(1);
    expect(run('scripts/spec-diff.ts', fixture('base.yaml'), fixture('operation-added.yaml')).status).toBe(0);
    const bad = run('scripts/spec-diff.ts', fixture('base.yaml'), fixture('missing.yaml'));
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('spec-pull exits 2 without --from', () => {
    const result = run('scripts/spec-pull.ts');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^spec-pull: --from is required/);
  });
});
