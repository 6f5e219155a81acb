import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { orderSpecKeys } from '../../../common/served-spec/normalise-spec.js';
import { renderSpec, writeSpec } from '../write-spec.js';
import { applyOverlay } from './apply-overlay.js';
import { nameSchemas } from './name-schemas.js';
import { loadOverlay, nameAction } from './overlay-document.js';
import { UsageError, EXIT } from '../../../common/usage-error.js';
import { processIo, runCli, type CliIo } from '../../../common/run-cli.js';
import { CORRECTIONS_OVERLAY, OUR_SPEC, UPSTREAM_INDEX, UPSTREAM_SPEC } from '../../../common/paths.js';
import { loadKnownSpecs, recognise } from '../../../common/served-spec/known-specs.js';
import { isHttpMethod, isObject, loadSpec, type JsonObject } from '../../../common/spec/index.js';

const BUILD_USAGE = 'usage: npm run spec:build -- [--out <file>] [--upstream <file>] [--overlay <file>] [--check] [--allow-stale]';

/** What spec:build reads and writes unless the command line says otherwise (tests pass their own). */
const defaults = { upstream: UPSTREAM_SPEC, overlay: CORRECTIONS_OVERLAY, out: OUR_SPEC, index: UPSTREAM_INDEX };
type BuildPaths = typeof defaults;

/**
 * spec:build: Logto's served spec (as spec:pull wrote it) + our corrections overlay → the spec
 * codegen reads (openapi/logto-management.yaml unless --out says otherwise). With --check nothing
 * is written: the file at --out must already be exactly
 * what the build produces. Exit code: 0 built (or up to date), 1 an overlay action no longer
 * fits (its target matches nothing, or it documents a property the target lacks: Logto changed
 * under it) or --check found a difference, 2 bad input.
 * --allow-stale builds anyway, skipping (and naming) the actions that match nothing: for a Logto
 * the overlay was not written for (an older one, to compare clients), never for our own spec.
 */
export function runBuild(argv: readonly string[], io: CliIo = processIo, paths: BuildPaths = defaults): Promise<number> {
  return runCli('spec-build', io, async () => {
    const args = parseBuildArgs(argv);
    const upstreamFile = args.upstream ? path.resolve(args.upstream) : paths.upstream;
    const overlayFile = args.overlay ? path.resolve(args.overlay) : paths.overlay;
    const shown = (file: string): string => path.relative(process.cwd(), file) || file;
    const out = args.out ? path.resolve(args.out) : paths.out;
    if (args.allowStale && out === paths.out) {
      throw new UsageError(`--allow-stale builds a spec some corrections did not reach; give it an --out of its own (${shown(paths.out)} carries every correction); ${BUILD_USAGE}`);
    }
    const [upstream, overlay, known] = await Promise.all([loadSpec(upstreamFile).then((spec) => spec.raw), loadOverlay(overlayFile), loadKnownSpecs(paths.index)]);
    // The built spec says which Logto it was built for (the served spec does not say; the index does).
    const logto = recognise(upstream, known)?.logto;
    const shownOverlay = { ...overlay, file: shown(overlayFile) };

    const { doc, stale, unchanged } = await applyOverlay(upstream, shownOverlay);
    for (const action of unchanged) {
      io.err(`spec-build: warning: overlay action ${nameAction(action, shownOverlay.file)} changes nothing: ${shown(upstreamFile)} already says this; remove the action`);
    }
    if (stale.length > 0 && !args.allowStale) {
      throw new UsageError(
        [
          `${stale.length} overlay action(s) no longer fit ${shown(upstreamFile)} (a target that matches nothing, or a field documented that is not there): Logto changed under them. Check what Logto does now, then fix or remove each:`,
          ...stale.map((action) => `  ${nameAction(action, shownOverlay.file)}${inventedNote(action.invented)}`),
          `(To build for a Logto this overlay was not written for, e.g. an older one to compare with, add --allow-stale and an --out of its own.)`,
        ].join('\n'),
        EXIT.failed,
      );
    }
    for (const action of stale) {
      const what = action.invented ? `${inventedNote(action.invented).trim()}; those parts skipped` : `matches nothing in ${shown(upstreamFile)}; skipped`;
      io.err(`spec-build: warning: overlay action ${nameAction(action, shownOverlay.file)} ${what} (--allow-stale)`);
    }

    const built = orderSpecKeys(nameSchemas(doc).doc);
    const applied = overlay.actions.length - stale.length;
    const summary = `${countOperations(built)} operations, ${stale.length > 0 ? `${applied} of ${overlay.actions.length}` : overlay.actions.length} overlay actions, from ${shown(upstreamFile)} + ${shownOverlay.file}`;
    const skipped = stale.length > 0 ? ` ${stale.length} overlay action(s) were stale here and skipped, in whole or in part (--allow-stale): ${stale.map((action) => `#${action.number}`).join(', ')}.` : '';
    const header = `Built by npm run spec:build from ${toPosix(shown(upstreamFile))}${logto ? ` (Logto ${logto})` : ''} and ${toPosix(shownOverlay.file)}.${skipped} Do not edit: correct the overlay (or pull a new upstream) and rebuild.`;
    if (args.check) {
      const expected = renderSpec(out, built, header);
      const actual = await readFile(out, 'utf8').catch(() => undefined);
      if (actual !== expected) {
        const rebuild = out === paths.out ? 'npm run spec:build' : `npm run spec:build -- --out ${shown(out)}`;
        throw new UsageError(`${shown(out)} is ${actual === undefined ? 'missing' : 'out of date'}: it is not what ${shown(upstreamFile)} + ${shownOverlay.file} build; run ${rebuild} and commit the result`, EXIT.failed);
      }
      io.out(`spec-build: ${shown(out)} is up to date (${summary})`);
      return 0;
    }
    await writeSpec(out, built, header);
    io.out(`spec-build: wrote ${shown(out)}: ${summary}`);
    return 0;
  });
}

/** An action that matched but documents properties the target lacks: which ones (pointers inside its update). */
function inventedNote(invented: readonly string[] | undefined): string {
  return invented ? ` documents properties the target does not have: ${invented.map((pointer) => `update${pointer.slice(1)}`).join(', ')}` : '';
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

interface BuildArgs {
  out?: string;
  upstream?: string;
  overlay?: string;
  check: boolean;
  allowStale: boolean;
}

function parseBuildArgs(argv: readonly string[]): BuildArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string' },
        upstream: { type: 'string' },
        overlay: { type: 'string' },
        check: { type: 'boolean', default: false },
        'allow-stale': { type: 'boolean', default: false },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split('\n')[0] : 'bad arguments'}; ${BUILD_USAGE}`);
  }
  if (values.out === '') throw new UsageError(`--out needs a file (where the corrected spec goes); ${BUILD_USAGE}`);
  return { out: values.out, upstream: values.upstream, overlay: values.overlay, check: values.check ?? false, allowStale: values['allow-stale'] ?? false };
}

function countOperations(doc: JsonObject): number {
  let n = 0;
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    if (isObject(item)) for (const key of Object.keys(item)) if (isHttpMethod(key) && isObject(item[key])) n += 1;
  }
  return n;
}
