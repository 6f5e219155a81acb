import path from 'node:path';
import { loadCarriedOperations } from '../../common/carried-operations.js';
import { diffDocuments } from '../../common/spec-diff/index.js';
import { filterOperations } from './filter-operations.js';
import { pruneComponents } from '../../common/served-spec/prune-components.js';
import { buildReport, renderJson, renderText } from './report.js';
import { buildClientReport, type ClientReportSide } from './client-diff/client-report.js';
import { renderClientJson, renderClientMarkdown } from './client-diff/render-client-report.js';
import { specOrigin } from '../../common/served-spec/spec-origin.js';
import { loadKnownSpecs } from '../../common/served-spec/known-specs.js';
import { UsageError } from '../../common/usage-error.js';
import { processIo, runCli, type CliIo } from '../../common/run-cli.js';
import { CARRIED_OPERATIONS } from '../../common/paths.js';
import { loadSpec, type JsonObject } from '../../common/spec/index.js';

const DIFF_USAGE = 'usage: npm run spec:diff -- <old-spec> <new-spec> [--client] [--json] [--carried] [--carried-file <file>]';

/**
 * spec:diff. Exit code: 0 nothing breaking, 1 something breaks a client of <old>, 2 bad input.
 * With --carried both sides are first cut down to the operations in openapi/carried-operations.json,
 * which is how ours is compared with Logto's full served spec. With --client the same changes are
 * reported as code calling the generated client sees them (client-diff/), with a semver step;
 * exit 1 then means a major step.
 */
export function runDiff(argv: readonly string[], io: CliIo = processIo, carriedFile: string = CARRIED_OPERATIONS): Promise<number> {
  return runCli('spec-diff', io, async () => {
    const args = parseDiffArgs(argv);
    const [oldSpec, newSpec] = await Promise.all([loadSpec(args.oldFile), loadSpec(args.newFile)]);
    let [before, after] = [oldSpec.raw, newSpec.raw];
    if (args.carried) {
      const carried = await loadCarriedOperations(args.carriedFile ? path.resolve(args.carriedFile) : carriedFile, 'drop --carried');
      const cut = (doc: JsonObject, file: string): JsonObject => {
        const filtered = filterOperations(doc, carried);
        if (filtered.kept === 0) throw new UsageError(`${file} has none of the carried operations; check openapi/carried-operations.json or drop --carried`);
        return pruneComponents(filtered.doc);
      };
      before = cut(before, args.oldFile);
      after = cut(after, args.newFile);
    }
    const changes = diffDocuments({ raw: before, source: oldSpec.source }, { raw: after, source: newSpec.source });
    if (args.client) {
      const known = await loadKnownSpecs();
      const side = async (file: string, doc: JsonObject): Promise<ClientReportSide> => ({ file, ...(await specOrigin(file, doc, known)) });
      const report = buildClientReport({ old: await side(args.oldFile, oldSpec.raw), new: await side(args.newFile, newSpec.raw), before, after, changes });
      io.out(args.json ? renderClientJson(report) : renderClientMarkdown(report));
      return report.semver === 'major' ? 1 : 0;
    }
    const report = buildReport(args.oldFile, args.newFile, changes);
    io.out(args.json ? renderJson(report) : renderText(report));
    return report.summary.breaking > 0 ? 1 : 0;
  });
}

interface DiffArgs {
  oldFile: string;
  newFile: string;
  json: boolean;
  client: boolean;
  carried: boolean;
  carriedFile?: string;
}

/**
 * Our own reading of the command line (not node's parseArgs): its messages are several sentences
 * about positionals that say nothing about this tool. Ours name the flag and show the usage.
 */
function parseDiffArgs(argv: readonly string[]): DiffArgs {
  const positionals: string[] = [];
  let json = false;
  let client = false;
  let carried = false;
  let carriedFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--json' || flag === '--carried' || flag === '--client') {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value; ${DIFF_USAGE}`);
      if (flag === '--json') json = true;
      else if (flag === '--client') client = true;
      else carried = true;
    } else if (flag === '--carried-file') {
      const value = inline ?? argv[++i];
      if (!value || (inline === undefined && value.startsWith('-'))) throw new UsageError(`--carried-file needs a file (a JSON list like openapi/carried-operations.json); ${DIFF_USAGE}`);
      carriedFile = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${flag}; the options are --client, --json, --carried and --carried-file <file>; ${DIFF_USAGE}`);
    } else positionals.push(arg);
  }
  if (positionals.length !== 2 || !positionals[0] || !positionals[1]) {
    throw new UsageError(`expected two spec files, got ${positionals.length}; ${DIFF_USAGE}`);
  }
  return { oldFile: positionals[0], newFile: positionals[1], json, client, carried: carried || carriedFile !== undefined, ...(carriedFile ? { carriedFile } : {}) };
}
