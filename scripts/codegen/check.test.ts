import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath } from '../../common/paths.js';
import { REPO_ROOT, runGenerate } from './run-generate.js';
import { makeRepoTempDir } from './test-support/temp-dir.js';

const SPEC = path.join(REPO_ROOT, 'scripts', 'codegen', 'fixtures', 'quirks.openapi.yaml');

describe('generate:check', () => {
  let temp: Awaited<ReturnType<typeof makeRepoTempDir>>;
  let outDir: string;
  let shown: string;
  const generate = (...extra: string[]) => runGenerate(['--spec', SPEC, '--out', outDir, ...extra]);

  beforeAll(async () => {
    temp = await makeRepoTempDir('codegen-check');
    outDir = path.join(temp.dir, 'generated');
    shown = displayPath(outDir);
  });

  afterAll(async () => {
    await temp?.remove();
  });

  it('reports OK in one line right after generating', async () => {
    expect((await generate()).exitCode).toBe(0);
    const check = await generate('--check');
    expect(check.exitCode).toBe(0);
    expect(check.stderr).toEqual([]);
    expect(check.stdout).toEqual([`generate:check OK: ${shown} matches scripts/codegen/fixtures/quirks.openapi.yaml (11 operations)`]);
  });

  it('detects a hand edit, names the file and says how to fix it', async () => {
    await appendFile(path.join(outDir, 'apis.ts'), '\n// tweaked by hand\n');
    const check = await generate('--check');
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toEqual([
      `generate:check: ${shown} is out of date with scripts/codegen/fixtures/quirks.openapi.yaml:`,
      `  differs: ${shown}/apis.ts`,
      'Fix: run npm run generate (and commit the result); never edit generated files by hand.',
    ]);
  });

  it('names missing and extra files too', async () => {
    await rm(path.join(outDir, 'schema.ts'));
    await writeFile(path.join(outDir, 'notes.ts'), 'export const note = 1;\n');
    const check = await generate('--check');
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toContain(`  differs: ${shown}/apis.ts`);
    expect(check.stderr).toContain(`  missing: ${shown}/schema.ts`);
    expect(check.stderr).toContain(`  extra:   ${shown}/notes.ts (not produced by the generator; delete it)`);
  });

  it('generate repairs its own files, removes stale generated ones and leaves hand-written ones', async () => {
    await writeFile(path.join(outDir, 'old.ts'), '// generated from x.yaml — do not edit; run npm run generate\nexport {};\n');
    const result = await generate();
    expect(result.exitCode).toBe(0);
    expect(result.stdout[0]).toContain(`wrote ${shown}/apis.ts, ${shown}/schema.ts; removed stale ${shown}/old.ts`);
    expect(await readFile(path.join(outDir, 'notes.ts'), 'utf8')).toBe('export const note = 1;\n');
    const check = await generate('--check');
    expect(check.stderr).toEqual([
      `generate:check: ${shown} is out of date with scripts/codegen/fixtures/quirks.openapi.yaml:`,
      `  extra:   ${shown}/notes.ts (not produced by the generator; delete it)`,
      'Fix: run npm run generate (and commit the result); never edit generated files by hand.',
    ]);
    await rm(path.join(outDir, 'notes.ts'));
    expect((await generate('--check')).exitCode).toBe(0);
  });

  it('notices when the spec changes but the output does not', async () => {
    const changedSpec = path.join(temp.dir, 'changed.yaml');
    const original = await readFile(SPEC, 'utf8');
    await writeFile(changedSpec, original.replace('summary: Read a part', 'summary: Read one part'));
    const check = await runGenerate(['--check', '--spec', changedSpec, '--out', outDir]);
    expect(check.exitCode).toBe(1);
    // Both files carry the spec path in their header, and apis.ts the new summary.
    expect(check.stderr).toContain(`  differs: ${shown}/apis.ts`);
    expect(check.stderr).toContain(`  differs: ${shown}/schema.ts`);
  });

  it('refuses an --out that is not a directory without a stack trace', async () => {
    const file = path.join(temp.dir, 'a-file');
    await writeFile(file, 'x');
    const result = await runGenerate(['--spec', SPEC, '--out', file]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toEqual([`generate: cannot write to ${displayPath(file)} (EEXIST); pass a writable directory with --out <dir>`]);
  });
});
