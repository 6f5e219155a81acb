import { isObject, type JsonObject } from './json-object.js';
import { decodeLocalRef, encodePointer, resolvePointer } from './json-pointer.js';
import type { Locator } from './source-locator.js';
import { formatAt, SpecError } from './spec-error.js';

/** How many unresolved `$ref`s one message lists; the rest are counted. */
const MAX_LISTED = 5;

/**
 * Refuses a spec with a `$ref` into another file (nothing here follows those; bundle first) or to
 * a place that does not exist, naming each at its line and column: found later, deep inside a
 * generator or a validator, the same mistake reads as a confusing crash or silently wrong output.
 */
export function checkRefs(document: JsonObject, source: string, locate: Locator): void {
  const at = (tokens: readonly string[]): string => formatAt(source, locate(tokens));
  const problems: string[] = [];
  walkRefs(document, [], (ref, where) => {
    const target = decodeLocalRef(ref);
    const holder = encodePointer(where.slice(0, -1));
    if (!target) {
      problems.push(`${at(where)}: $ref at ${holder} points outside this file (${ref}); bundle the spec into one file first (e.g. npx redocly bundle)`);
    } else if (!resolvePointer(document, target).found) {
      problems.push(`${at(where)}: dangling $ref at ${holder}: target ${ref} does not exist`);
    }
  });
  if (problems.length === 0) return;
  const shown = problems.slice(0, MAX_LISTED);
  if (problems.length > MAX_LISTED) shown.push(`... and ${problems.length - MAX_LISTED} more unresolved $ref(s) in ${source}`);
  throw new SpecError(shown.join('\n'));
}

// Values under these keys are example data or enumerations, not spec structure: a `$ref` key
// inside them is user data and must not be resolved.
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

function walkRefs(node: unknown, where: string[], visit: (ref: string, where: string[]) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walkRefs(item, [...where, String(index)], visit));
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.$ref === 'string') visit(node.$ref, [...where, '$ref']);
  const declaresProperties = where.at(-1) === 'properties';
  for (const [key, value] of Object.entries(node)) {
    if (declaresProperties) {
      walkRefs(value, [...where, key], visit);
      continue;
    }
    if (key.startsWith('x-')) continue;
    if (key === 'examples' && isObject(value)) {
      // OpenAPI `examples` maps hold Example Objects, which may themselves be `$ref`s.
      for (const [name, example] of Object.entries(value)) {
        if (isObject(example) && typeof example.$ref === 'string') visit(example.$ref, [...where, key, name, '$ref']);
      }
      continue;
    }
    if (DATA_KEYS.has(key)) continue;
    walkRefs(value, [...where, key], visit);
  }
}
