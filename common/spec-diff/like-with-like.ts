import { existsSync } from 'node:fs';
import path from 'node:path';
import { displayPath, REPO_ROOT } from '../paths.js';
import { UsageError } from '../usage-error.js';
import { loadSpec, type JsonObject } from '../spec/index.js';
import { loadKnownSpecs, type KnownSpec } from '../served-spec/known-specs.js';
import { specOrigin, type SpecOrigin } from '../served-spec/spec-origin.js';

/** One side of a comparison: the spec compared, where it came from, and the file named for it. */
interface ComparedSpec {
  /** The file compared, repository-relative when it is inside the repository. */
  file: string;
  raw: JsonObject;
  /** What messages name it by. */
  source: string;
  origin: SpecOrigin;
  /** The file that was named, when the one compared is the upstream it was built from. */
  standsFor?: string;
}

interface LikeWithLike {
  old: ComparedSpec;
  new: ComparedSpec;
  /** One sentence: what is compared with what, and, when a side was replaced, why. */
  line: string;
}

/**
 * The two specs to compare for "what changed between these Logto versions", like with like: a
 * Logto spec (upstream: as spec:pull writes it, or as a Logto serves it) against a Logto spec,
 * ours against ours. When one side is Logto's and the other ours, ours is replaced by the
 * upstream it was built from (the first line spec:build writes names it): compared with our
 * overlay-corrected spec, every correction the overlay makes would read as a change of Logto.
 */
export async function likeWithLike(oldFile: string, newFile: string, known?: readonly KnownSpec[]): Promise<LikeWithLike> {
  const knownSpecs = known ?? (await loadKnownSpecs());
  let [before, after] = await Promise.all([compared(oldFile, knownSpecs), compared(newFile, knownSpecs)]);
  const kinds = new Set([before.origin.kind, after.origin.kind]);
  let replaced: ComparedSpec | undefined;
  if (kinds.has('upstream') && kinds.has('ours')) {
    if (before.origin.kind === 'ours') before = replaced = await upstreamOf(before, knownSpecs);
    else after = replaced = await upstreamOf(after, knownSpecs);
  }
  const name = (side: ComparedSpec): string => `${side.file} (${side.origin.logto ? `Logto ${side.origin.logto}` : side.origin.kind === 'unknown' ? 'no recorded Logto' : 'a Logto not recorded in openapi/upstream/history/index.json'})`;
  const why = replaced
    ? `; ${replaced.file} stands for ${replaced.standsFor}, which is built from it: Logto's spec is compared with Logto's, so the overlay's corrections do not read as changes`
    : '';
  return { old: before, new: after, line: `compared ${name(before)} with ${name(after)}${why}` };
}

async function compared(file: string, known: readonly KnownSpec[]): Promise<ComparedSpec> {
  const spec = await loadSpec(file);
  return { file: displayPath(file), raw: spec.raw, source: spec.source, origin: await specOrigin(file, spec.raw, known) };
}

async function upstreamOf(ours: ComparedSpec, known: readonly KnownSpec[]): Promise<ComparedSpec> {
  const upstream = ours.origin.builtFrom;
  const file = upstream === undefined ? undefined : path.resolve(REPO_ROOT, upstream);
  if (!file || !existsSync(file)) {
    throw new UsageError(
      `${ours.file} is our spec, built from ${upstream ?? 'an upstream its first line does not name'}, which is not there; the other spec is Logto's, so compare it with that upstream (restore it from git, or give Logto's spec for both sides)`,
    );
  }
  return { ...(await compared(file, known)), standsFor: ours.file };
}
