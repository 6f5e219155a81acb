import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './suite-options.js';

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts/contract-mock.ts'), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const badYaml = join(mkdtempSync(join(tmpdir(), 'cli-')), 'broken.yaml');
writeFileSync(badYaml, 'openapi: 3.0.3\npaths: [unclosed\n');

// Bad input never reaches vitest or Prism: one line naming the problem and the fix, non-zero exit.
describe.concurrent('scripts/contract-mock.ts arguments', () => {
  it.each([
    ['a missing spec', ['--spec', 'no/such/spec.yaml'], /^contract:mock: cannot read spec ".*no\/such\/spec\.yaml" \(ENOENT\); pass an existing file with --spec <file>$/],
    ['an unparsable spec', ['--spec', badYaml], /^contract:mock: cannot parse spec ".*broken\.yaml": .*; fix the YAML\/JSON syntax$/],
    ['an unknown flag', ['--sepc', 'x.yaml'], /^contract:mock: unknown argument "--sepc"; usage: npm run contract:mock -- \[--spec <openapi\.yaml\|json>\] \[--reports <dir>\]$/],
    ['a flag without value', ['--reports'], /^contract:mock: --reports needs a value/],
  ])('rejects %s with a one-line error', async (_name, args, message) => {
    const { code, stderr, stdout } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
