import path from 'node:path';
import { displayPath, OUR_SPEC, REPO_ROOT } from '../paths.js';
import { UsageError } from '../usage-error.js';
import { loadSpec } from '../spec/index.js';
import { loadKnownSpecs, type KnownSpec } from './known-specs.js';
import { specOrigin } from './spec-origin.js';

/**
 * The Logto a spec of ours is for: the entry of openapi/upstream/history/index.json for the
 * upstream its first line says it was built from (spec:build writes that line; spec:build --check
 * keeps it true). One rule for everything that asks "is this about the Logto our spec describes?":
 * a trace, a served spec, a live target is, when its spec fingerprint is this entry's.
 */
export async function logtoOurSpecIsFor(specFile: string = OUR_SPEC, known?: readonly KnownSpec[]): Promise<KnownSpec> {
  const knownSpecs = known ?? (await loadKnownSpecs());
  const origin = await specOrigin(specFile, (await loadSpec(specFile)).raw, knownSpecs);
  const upstream = origin.builtFrom === undefined ? undefined : displayPath(path.resolve(REPO_ROOT, origin.builtFrom));
  const entry = knownSpecs.find((spec) => spec.file === upstream);
  if (!entry) {
    throw new UsageError(
      `${displayPath(specFile)} ${upstream ? `is built from ${upstream}, which openapi/upstream/history/index.json does not record` : 'does not say which upstream it was built from (its first line is not the one spec:build writes)'}; rebuild it with npm run spec:build, and record the upstream's Logto with npm run spec:pull -- --logto <version>`,
    );
  }
  return entry;
}
