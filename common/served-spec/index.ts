import { fingerprintOf } from '../canonical-json.js';
import type { JsonObject } from '../spec/index.js';
import { normaliseSpec } from './normalise-spec.js';
import { pruneComponents } from './prune-components.js';
import { stripProse } from './strip-prose.js';

/**
 * What a Logto serves about its Management API (`/api/.well-known/management.openapi.json`):
 * fetched, its prose removed (the structure is a fact, the sentences are Logto's words), its
 * unused components pruned, its keys sorted and its server URL replaced. `spec:pull` writes this
 * structure; a trace is stamped with its fingerprint; a live run compares the target's with the
 * one our spec was built on.
 */
export { DEFAULT_TIMEOUT_MS, fetchSpec } from './fetch-spec.js';
export { PLACEHOLDER_SERVER } from './normalise-spec.js';

/** The structure of a served spec, as `spec:pull` keeps it. */
export function servedStructure(doc: JsonObject): JsonObject {
  return normaliseSpec(pruneComponents(stripProse(doc)));
}

/**
 * The fingerprint of a served spec's structure: equal for two servers that serve the same API,
 * whatever their prose, key order or URL. A pulled copy (openapi/upstream/) has the same
 * fingerprint as what it was pulled from.
 */
export function specFingerprint(doc: JsonObject): string {
  return fingerprintOf(servedStructure(doc));
}
