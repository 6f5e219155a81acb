import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from './cli-args.js';
import { REPO_ROOT, runGenerate } from './run-generate.js';

/** docs/spec-loop.md's "`generate` in detail" section: what a user reads instead of `--help`. */
function docsSection(): string {
  const readme = readFileSync(path.join(REPO_ROOT, 'docs', 'spec-loop.md'), 'utf8');
  const start = readme.indexOf('## `generate` in detail');
  expect(start, 'docs/spec-loop.md has a "`generate` in detail" section').toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('generate is documented outside --help', () => {
  it('--help names every flag and the exit codes', async () => {
    const help = (await runGenerate(['--help'])).stdout.join('\n');
    expect(help).toBe(USAGE);
    expect(help).toMatch(/exit codes: 0 .*, 1 .*, 2 bad arguments/);
  });

  it('the docs section documents every flag --help lists, and each exit code', () => {
    const section = docsSection();
    const flags = [...new Set(USAGE.match(/--[a-z-]+/g))];
    expect(flags).toEqual(['--spec', '--out', '--runtime-import', '--check']);
    for (const flag of flags) expect(section, flag).toContain(`\`${flag}`);
    for (const code of ['**0**', '**1**', '**2**']) expect(section).toContain(code);
  });
});
