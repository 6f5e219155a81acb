import { isObject } from './json-object.js';
import { decodeLocalRef, resolvePointer } from './json-pointer.js';
import { SpecError } from './spec-error.js';

/**
 * What `value` stands for once its `$ref` (and the `$ref` that one points at, and so on) is
 * followed: for walking a raw document one value at a time, where dereferencing the whole of it
 * is not wanted (codegen hands the raw document to openapi-typescript). A ref that goes nowhere
 * gives undefined (loadSpec has refused those already); a loop of refs is a SpecError.
 */
export function followRefs(document: unknown, value: unknown, source: string): unknown {
  let current = value;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.has(ref)) throw new SpecError(`${source}: $ref cycle through ${ref}`);
    seen.add(ref);
    const tokens = decodeLocalRef(ref);
    const resolved = tokens ? resolvePointer(document, tokens) : { found: false as const };
    current = resolved.found ? resolved.value : undefined;
  }
  return current;
}
