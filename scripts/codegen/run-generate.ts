import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE, UsageError } from './cli-args.js';
import { generateFiles } from './generate-files.js';
import { displayPathOf } from './load-spec.js';
import { compareWithDir, writeToDir } from './output-dir.js';
import { SpecError } from './spec-error.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_SPEC = 'openapi/logto-management.yaml';
export const DEFAULT_OUT = 'src/generated';

export interface RunResult {
  exitCode: number;
  stdout: string[];
  stderr: string[];
}

/**
 * The whole `npm run generate[:check]` command, minus process handling, so tests can run it
 * in-process. Relative --spec/--out resolve against `cwd`; defaults against the repo root.
 */
export async function runGenerate(argv: readonly string[], cwd: string = process.cwd()): Promise<RunResult> {
  const result: RunResult = { exitCode: 0, stdout: [], stderr: [] };
  try {
    const options = parseArgs(argv);
    if (options.help) {
      result.stdout.push(USAGE);
      return result;
    }
    const specFile = options.spec ? path.resolve(cwd, options.spec) : path.join(REPO_ROOT, DEFAULT_SPEC);
    const outDir = options.out ? path.resolve(cwd, options.out) : path.join(REPO_ROOT, DEFAULT_OUT);
    const outDisplay = displayPathOf(outDir, REPO_ROOT);
    const started = performance.now();
    const output = await generateFiles({ specFile, repoRoot: REPO_ROOT, runtimeImport: options.runtimeImport });
    const elapsed = Math.round(performance.now() - started);

    if (options.check) {
      const difference = await compareWithDir(outDir, output.files);
      const problems = [
        ...difference.differs.map((name) => `  differs: ${outDisplay}/${name}`),
        ...difference.missing.map((name) => `  missing: ${outDisplay}/${name}`),
        ...difference.extra.map((name) => `  extra:   ${outDisplay}/${name} (not produced by the generator; delete it)`),
      ];
      if (problems.length === 0) {
        result.stdout.push(`generate:check OK: ${outDisplay} matches ${output.specDisplayPath} (${output.operationCount} operations)`);
      } else {
        result.exitCode = 1;
        result.stderr.push(
          `generate:check: ${outDisplay} is out of date with ${output.specDisplayPath}:`,
          ...problems,
          'Fix: run npm run generate (and commit the result); never edit generated files by hand.',
        );
      }
      return result;
    }

    let changed: Awaited<ReturnType<typeof writeToDir>>;
    try {
      changed = await writeToDir(outDir, output.files);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new SpecError(`generate: cannot write to ${outDisplay} (${code}); pass a writable directory with --out <dir>`);
    }
    const { written, removed } = changed;
    const changes = [
      written.length > 0 ? `wrote ${written.map((name) => `${outDisplay}/${name}`).join(', ')}` : 'no changes',
      ...(removed.length > 0 ? [`removed stale ${removed.map((name) => `${outDisplay}/${name}`).join(', ')}`] : []),
    ];
    result.stdout.push(
      `generate: ${changes.join('; ')} — ${output.operationCount} operations (${output.iteratorCount} with a page iterator) in ${output.apiCount} API classes from ${output.specDisplayPath} (${elapsed} ms)`,
      ...output.notes.map((note) => `generate: note: ${note}`),
    );
  } catch (error) {
    result.exitCode = error instanceof UsageError ? 2 : 1;
    if (error instanceof SpecError) result.stderr.push(error.message);
    else result.stderr.push(`generate: internal error: ${error instanceof Error ? error.message : String(error)} (please report it with the spec that caused it)`);
  }
  return result;
}
