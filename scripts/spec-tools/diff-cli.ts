import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCarriedOperations } from './carried-operations.js';
import { CliError, processIo, runCli, type CliIo } from './cli-error.js';
import { dereference } from './deref.js';
import { diffSpecs } from './diff/diff-specs.js';
import { filterOperations } from './filter-operations.js';
import { loadSpecFile } from './load-spec.js';
import { pruneComponents } from './prune-components.js';
import { buildReport, renderJson, renderText } from './report.js';
import { carriedOperationsPath } from './repo-root.js';
import type { JsonObject } from './types.js';

export const DIFF_USAGE = 'usage: npm run spec:diff -- <old-spec> <new-spec> [--json] [--carried] [--carried-file <file>]';

/**
 * spec:diff. Exit code: 0 nothing breaking, 1 something breaks a client of <old>, 2 bad input.
 * With --carried both sides are first cut down to the operations in openapi/carried-operations.json,
 * which is how ours is compared with Logto's full served spec.
 */
export function runDiff(argv: readonly string[], io: CliIo = processIo, carriedFile: string = carriedOperationsPath): Promise<number> {
  return runCli('spec-diff', io, async () => {
    const args = parseDiffArgs(argv);
    let [before, after] = await Promise.all([loadSpecFile(args.oldFile), loadSpecFile(args.newFile)]);
    if (args.carried) {
      const carried = await loadCarriedOperations(args.carriedFile ? path.resolve(args.carriedFile) : carriedFile);
      const cut = (doc: JsonObject, file: string): JsonObject => {
        const filtered = filterOperations(doc, carried);
        if (filtered.kept === 0) throw new CliError(`${file} has none of the carried operations; check openapi/carried-operations.json or drop --carried`, 2);
        return pruneComponents(filtered.doc);
      };
      before = cut(before, args.oldFile);
      after = cut(after, args.newFile);
    }
    const changes = diffSpecs(dereference(before, args.oldFile), dereference(after, args.newFile), { before, after });
    const report = buildReport(args.oldFile, args.newFile, changes);
    io.out(args.json ? renderJson(report) : renderText(report));
    return report.summary.breaking > 0 ? 1 : 0;
  });
}

interface DiffArgs {
  oldFile: string;
  newFile: string;
  json: boolean;
  carried: boolean;
  carriedFile?: string;
}

function parseDiffArgs(argv: readonly string[]): DiffArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean', default: false }, carried: { type: 'boolean', default: false }, 'carried-file': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message.split('\n')[0] : 'bad arguments'}; ${DIFF_USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2 || !positionals[0] || !positionals[1]) {
    throw new CliError(`expected two spec files, got ${positionals.length}; ${DIFF_USAGE}`, 2);
  }
  const carriedFile = values['carried-file'];
  return { oldFile: positionals[0], newFile: positionals[1], json: values.json ?? false, carried: (values.carried ?? false) || carriedFile !== undefined, ...(carriedFile ? { carriedFile } : {}) };
}
