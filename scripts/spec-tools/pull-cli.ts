import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCarriedOperations } from '../../common/carried-operations.js';
import { DEFAULT_TIMEOUT_MS, fetchSpec, servedStructure } from '../../common/served-spec/index.js';
import { filterOperations } from './filter-operations.js';
import { assertNotOurSpec, writeSpec } from './write-spec.js';
import { UsageError, EXIT } from '../../common/usage-error.js';
import { processIo, runCli, type CliIo } from '../../common/run-cli.js';
import { CARRIED_OPERATIONS, UPSTREAM_SPEC, OUR_SPEC, UPSTREAM_INDEX, REPO_ROOT } from '../../common/paths.js';
import { loadKnownSpecs, recognise, recordKnownSpec } from '../../common/served-spec/known-specs.js';
import { specFingerprint } from '../../common/served-spec/index.js';
import { isHttpMethod, isObject, type JsonObject } from '../../common/spec/index.js';

const PULL_USAGE =
  'usage: npm run spec:pull -- --from <endpoint-url|file> [--out <file>] [--logto <version>] [--carried [--carried-file <file>]] [--timeout <ms>]';

export interface PullPaths {
  ourSpec: string;
  carriedFile: string;
  defaultOut: string;
  /** Where `--logto` records which Logto served the pulled spec; its `file`s are relative to `root`. */
  index: string;
  root: string;
}

const defaults: PullPaths = { ourSpec: OUR_SPEC, carriedFile: CARRIED_OPERATIONS, defaultOut: UPSTREAM_SPEC, index: UPSTREAM_INDEX, root: REPO_ROOT };

/**
 * spec:pull. Keeps every operation (the upstream spec:build reads) unless --carried asks for only
 * the operations in openapi/carried-operations.json. Returns the exit code: 0 written, 1 upstream
 * unreachable/unusable, 2 bad arguments.
 */
export function runPull(argv: readonly string[], io: CliIo = processIo, paths: PullPaths = defaults): Promise<number> {
  return runCli('spec-pull', io, async () => {
    const args = parsePullArgs(argv);
    const out = args.out ? path.resolve(args.out) : paths.defaultOut;
    await assertNotOurSpec(out, paths.ourSpec);
    const recordAs = path.relative(paths.root, out).split(path.sep).join('/');
    if (args.logto !== undefined && (recordAs.startsWith('../') || path.isAbsolute(recordAs))) {
      throw new UsageError(`--logto records the pulled spec in ${path.relative(process.cwd(), paths.index) || paths.index}, which names files in the repository; give an --out inside it (e.g. openapi/upstream/history/logto-${args.logto}.openapi.json) or drop --logto`);
    }

    const { doc, source } = await fetchSpec(args.from, args.timeoutMs);
    const total = countOperations(doc);
    let kept: JsonObject = doc;
    if (args.carried) {
      const carried = await loadCarriedOperations(args.carriedFile ? path.resolve(args.carriedFile) : paths.carriedFile);
      const filtered = filterOperations(doc, carried);
      if (filtered.kept === 0) {
        throw new UsageError(`${source} has none of the carried operations; check openapi/carried-operations.json or drop --carried`, EXIT.failed);
      }
      for (const id of filtered.missingOperationIds) io.err(`spec-pull: warning: carried operation ${id} is not in ${source} (renamed or removed upstream?)`);
      kept = filtered.doc;
    }
    // Logto's structure is fact; its sentences are not ours to copy (our words live in the overlay).
    const result = servedStructure(kept);
    await writeSpec(out, result);
    const components = isObject(result.components) ? Object.values(result.components).reduce((n: number, s) => n + (isObject(s) ? Object.keys(s).length : 0), 0) : 0;
    const shownIndex = path.relative(process.cwd(), paths.index) || paths.index;
    const known = recognise(result, await loadKnownSpecs(paths.index));
    const which = known ? `; the structure Logto ${known.logto} served (${shownIndex})` : '';
    io.out(`spec-pull: wrote ${path.relative(process.cwd(), out) || out}: ${countOperations(result)} of ${total} operations, ${components} components, from ${source}${which}`);
    if (args.logto !== undefined) {
      // The served spec does not say which Logto it is (info.version is "Cloud"): the puller does.
      const outcome = await recordKnownSpec({ file: recordAs, logto: args.logto, note: `pulled by spec:pull --logto ${args.logto}${args.carried ? ' --carried' : ''}`, operations: countOperations(result), fingerprint: specFingerprint(result) }, paths.index);
      io.out(`spec-pull: ${outcome} ${recordAs} as Logto ${args.logto} in ${shownIndex}`);
    } else if (!known && out === paths.defaultOut) {
      io.out(`spec-pull: which Logto is this? The served spec does not say: pull again with --logto <version> to record it in ${shownIndex} (npm test fails until it is recorded)`);
    }
    const shownOut = path.relative(process.cwd(), out) || out;
    const shownOurs = path.relative(process.cwd(), paths.ourSpec) || paths.ourSpec;
    if (args.carried) io.out(`spec-pull: compare with ours: npm run spec:diff -- ${shownOut} ${shownOurs} --carried`);
    else if (out === paths.defaultOut) io.out('spec-pull: next: npm run spec:build (applies the corrections overlay to it), then npm run generate');
    else {
      // Not the upstream spec:build reads: a spec to compare with. Building and generating from it
      // with the defaults would overwrite our spec and src/generated/, so every step names its own output.
      // What they write goes to the repository's scratch folder (.tmp/, gitignored), never beside the pulled spec.
      const name = path.basename(out).replace(/(\.openapi)?\.(json|ya?ml)$/i, '');
      const shown = (file: string): string => path.relative(process.cwd(), file) || file;
      const built = path.join(paths.root, '.tmp', `${name}.built.yaml`);
      const client = path.join(paths.root, '.tmp', `${name}.client`);
      const runtime = path.relative(client, path.join(paths.root, 'src', 'runtime', 'unwrap.js')).split(path.sep).join('/');
      io.out(`spec-pull: next: npm run spec:diff -- ${shown(paths.defaultOut)} ${shownOut} (what differs from the committed upstream; --client for what it changes for code calling the client)`);
      io.out(
        `spec-pull: then: npm run spec:build -- --upstream ${shownOut} --out ${shown(built)} (the corrections overlay on it; add --allow-stale if some actions no longer fit), ` +
          `then npm run generate -- --spec ${shown(built)} --out ${shown(client)} --runtime-import ${runtime}`,
      );
    }
    return 0;
  });
}

interface PullArgs {
  from: string;
  out?: string;
  logto?: string;
  carried: boolean;
  timeoutMs: number;
  carriedFile?: string;
}

function parsePullArgs(argv: readonly string[]): PullArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        out: { type: 'string' },
        // --all was the opt-in before every operation became the default; it is still accepted.
        all: { type: 'boolean', default: false },
        carried: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        logto: { type: 'string' },
        'carried-file': { type: 'string' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split('\n')[0] : 'bad arguments'}; ${PULL_USAGE}`);
  }
  if (!values.from) throw new UsageError(`--from is required; ${PULL_USAGE}`);
  if (values.all && values.carried) throw new UsageError(`--all and --carried contradict each other: every operation is the default, --carried keeps only openapi/carried-operations.json's; ${PULL_USAGE}`);
  if (values['carried-file'] !== undefined && !values.carried) throw new UsageError(`--carried-file only applies with --carried; ${PULL_USAGE}`);
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (values.timeout !== undefined) {
    timeoutMs = Number(values.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout must be a positive whole number of milliseconds, not "${values.timeout}"`);
  }
  if (values.logto !== undefined && !/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/.test(values.logto)) {
    throw new UsageError(`--logto takes the version of the Logto the spec comes from, like 1.42.0, not "${values.logto}"; ${PULL_USAGE}`);
  }
  return { from: values.from, out: values.out, logto: values.logto, carried: values.carried ?? false, timeoutMs, carriedFile: values['carried-file'] };
}

function countOperations(doc: JsonObject): number {
  let n = 0;
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    if (isObject(item)) for (const [key, op] of Object.entries(item)) if (isObject(op) && isHttpMethod(key)) n += 1;
  }
  return n;
}
