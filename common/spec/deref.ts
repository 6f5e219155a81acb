import { isObject, type JsonObject } from './json-object.js';
import { decodeLocalRef, joinPointer, resolvePointer } from './json-pointer.js';
import { SpecError } from './spec-error.js';

/**
 * What a `$ref` that leads back into itself (a recursive schema) becomes:
 * - `'cycle'`: the object it points at, so the result is a cyclic object graph; for comparing
 *   two specs, where a recursive schema must compare by its shape (callers guard the cycle);
 * - `'ref'`: left as `{ $ref }` and listed in `cyclicRefs`, so the result stays plain JSON;
 *   for validators, which resolve those against the document as parsed.
 */
type RecursiveRefs = 'cycle' | 'ref';

interface Dereferenced {
  document: JsonObject;
  /** With `'ref'`: the pointers left as `$ref` because they recurse. */
  cyclicRefs: string[];
}

/**
 * A copy of `document` with every local `$ref` replaced by what it points at, so the rest of a tool
 * walks plain objects and a spec written with components equals one written inline. Each pointer
 * resolves to one shared object (a schema used in many places is converted, compiled or compared
 * once). Keys beside a `$ref` (3.1 allows a local `description`, 3.0 specs write `nullable`)
 * override the target's. `source` names the spec in messages.
 */
export function dereference(document: JsonObject, source: string, recursive: RecursiveRefs): Dereferenced {
  const resolved = new Map<string, unknown>();
  const resolving = new Set<string>();
  const cyclic = new Set<string>();

  const resolveRef = (ref: string, at: string): unknown => {
    const tokens = decodeLocalRef(ref);
    if (!tokens) throw new SpecError(`${source}: external $ref "${ref}" is not supported (at ${at}); bundle the spec into one file first (e.g. npx redocly bundle)`);
    const done = resolved.get(ref);
    if (done !== undefined) return done;
    if (resolving.has(ref)) {
      if (recursive === 'cycle') throw new SpecError(`${source}: $ref "${ref}" refers to itself through other $refs only (at ${at}); point it at a schema`);
      cyclic.add(ref);
      return { $ref: ref };
    }
    const target = resolvePointer(document, tokens);
    if (!target.found) throw new SpecError(`${source}: $ref "${ref}" points at nothing (at ${at}); fix the reference`);
    if (recursive === 'cycle' && isObject(target.value) && typeof target.value.$ref !== 'string') {
      // Registered before its children are walked, so a recursive schema finds itself.
      const out: JsonObject = {};
      resolved.set(ref, out);
      for (const [key, value] of Object.entries(target.value)) out[key] = visit(value, joinPointer(ref, key));
      return out;
    }
    resolving.add(ref);
    const value = visit(target.value, ref);
    resolving.delete(ref);
    resolved.set(ref, value);
    return value;
  };

  const visit = (node: unknown, at: string): unknown => {
    if (Array.isArray(node)) return node.map((item, index) => visit(item, joinPointer(at, index)));
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') {
      const target = resolveRef(node.$ref, at);
      const siblings = Object.entries(node).filter(([key]) => key !== '$ref');
      if (siblings.length === 0 || !isObject(target) || typeof target.$ref === 'string') return target;
      return { ...target, ...Object.fromEntries(siblings.map(([key, value]) => [key, visit(value, joinPointer(at, key))])) };
    }
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) out[key] = visit(value, joinPointer(at, key));
    return out;
  };

  return { document: visit(document, '#') as JsonObject, cyclicRefs: [...cyclic] };
}
