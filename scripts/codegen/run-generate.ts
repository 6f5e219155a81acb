import path from 'node:path';
import { displayPath, OUR_SPEC, REPO_ROOT } from '../../common/paths.js';
import { EXIT, UsageError } from '../../common/usage-error.js';
import { parseArgs, USAGE } from './cli-args.js';
import { generateFiles } from './generate-files.js';
import { compareWithDir, writeToDir } from './output-dir.js';

export { REPO_ROOT };
const DEFAULT_OUT = 'src/generated';

interface RunResult {
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
    const specFile = options.spec ? path.resolve(cwd, options.spec) : OUR_SPEC;
    const outDir = options.out ? path.resolve(cwd, options.out) : path.join(REPO_ROOT, DEFAULT_OUT);
    const outDisplay = displayPath(outDir);
    const started = performance.now();
    const output = await generateFiles({ specFile, runtimeImport: options.runtimeImport });
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
      // Exit 1 as before: the spec was fine, the run failed (only bad input exits 2).
      throw new UsageError(`generate: cannot write to ${outDisplay} (${code}); pass a writable directory with --out <dir>`, EXIT.failed);
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
    // A spec that cannot be used is a SpecError, a UsageError: exit 2, like every tool's bad input.
    result.exitCode = error instanceof UsageError ? error.exitCode : EXIT.failed;
    if (error instanceof UsageError) result.stderr.push(error.message);
    else result.stderr.push(`generate: internal error: ${error instanceof Error ? error.message : String(error)} (please report it with the spec that caused it)`);
  }
  return result;
}
