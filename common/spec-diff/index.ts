/**
 * The one spec diff engine (spec:diff on the command line, contract:live --changed-since, the live
 * suite's reading of an older Logto, contract:trace-diff): every difference between two specs,
 * classified by what it does to a client built from the old one. Rendering stays with the
 * commands (scripts/spec-tools/report.ts, client-diff/).
 */
import { dereference, type JsonObject } from '../spec/index.js';
import { DOCUMENTATION_KIND, type Change } from './change.js';
import { diffSpecs } from './diff-specs.js';

export type { Change } from './change.js';
export { indexOperations } from './operation-index.js';

/** A spec as read (refs untouched) and the name messages give it. */
export interface DiffSide {
  raw: JsonObject;
  source: string;
}

/** Every difference from `before` to `after`, as parsed (a recursive schema compares by its shape: its $ref becomes a cycle). */
export function diffDocuments(before: DiffSide, after: DiffSide): Change[] {
  const inline = (side: DiffSide): JsonObject => dereference(side.raw, side.source, 'cycle').document;
  return diffSpecs(inline(before), inline(after), { before: before.raw, after: after.raw });
}

/**
 * The operations a diff names, each with its changes, by the operationId of the new side (an
 * operation removed: of the old). Prose and examples (documentation-only changes) change no
 * answer, so they name nothing here; nor does a renamed component (its operations' own changes
 * are listed under them, the diff compares through resolved $refs).
 */
export function operationsNamed(changes: readonly Change[]): Map<string, Change[]> {
  const named = new Map<string, Change[]>();
  for (const change of changes) {
    if (change.kind === DOCUMENTATION_KIND || change.operationId === undefined) continue;
    named.set(change.operationId, [...(named.get(change.operationId) ?? []), change]);
  }
  return named;
}
export { changesAboutAnswer, changesAboutRequest, fieldOfPointer, type AnswerPlace, type RequestPlace } from './changes-about.js';
export { likeWithLike } from './like-with-like.js';
