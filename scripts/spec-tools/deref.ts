import { CliError } from './cli-error.js';
import { unescapePointerToken } from './json-pointer.js';
import { isObject, type JsonObject } from './types.js';

/**
 * Returns a copy of `doc` with every local `$ref` replaced by what it points at, so that a spec
 * written with components and one written inline compare equal. Recursive schemas become cyclic
 * object graphs (a ref resolves to the same object each time), so consumers must guard cycles.
 * Sibling keys next to a `$ref` (allowed in 3.1, e.g. a local description) override the target's.
 */
export function dereference(doc: JsonObject, source: string): JsonObject {
  const resolved = new Map<string, unknown>();
  const inProgress = new Set<string>();

  const lookup = (ref: string): unknown => {
    if (!ref.startsWith('#')) {
      throw new CliError(`${source}: external $ref "${ref}" is not supported; bundle the spec first (npx redocly bundle)`, 2);
    }
    let node: unknown = doc;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const token = unescapePointerToken(decodeURIComponent(raw));
      if (Array.isArray(node)) node = node[Number(token)];
      else if (isObject(node)) node = node[token];
      else node = undefined;
      if (node === undefined) throw new CliError(`${source}: $ref "${ref}" points at nothing; fix the reference`, 2);
    }
    return node;
  };

  const resolveRef = (ref: string): unknown => {
    const cached = resolved.get(ref);
    if (cached !== undefined) return cached;
    const target = lookup(ref);
    if (isObject(target) && typeof target.$ref !== 'string') {
      // Registered before walking its children so a recursive schema finds itself.
      const out: JsonObject = {};
      resolved.set(ref, out);
      for (const [key, value] of Object.entries(target)) out[key] = walk(value);
      return out;
    }
    if (inProgress.has(ref)) throw new CliError(`${source}: $ref "${ref}" refers to itself through other $refs only`, 2);
    inProgress.add(ref);
    const out = walk(target);
    inProgress.delete(ref);
    resolved.set(ref, out);
    return out;
  };

  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') {
      const target = resolveRef(node.$ref);
      const siblings = Object.entries(node).filter(([key]) => key !== '$ref');
      if (siblings.length === 0 || !isObject(target)) return target;
      const merged: JsonObject = { ...target };
      for (const [key, value] of siblings) merged[key] = walk(value);
      return merged;
    }
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) out[key] = walk(value);
    return out;
  };

  return walk(doc) as JsonObject;
}
