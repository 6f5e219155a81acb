import { SpecError } from './spec-error.js';
import { readPointer } from './json-pointer.js';

type Json = unknown;

/**
 * Inlines every local `$ref` (`#/...`) so the rest of the suite walks plain objects.
 * Each pointer resolves to one shared object, so a schema referenced from many places is
 * converted and compiled once. A reference that would recurse into itself is left as `$ref`
 * (JSON can't hold a cycle); the validator resolves those against the document root.
 */
export function derefLocal(document: Record<string, unknown>): { document: Record<string, unknown>; cyclicRefs: string[] } {
  const resolved = new Map<string, Json>();
  const resolving = new Set<string>();
  const cyclic = new Set<string>();

  function resolveRef(ref: string, at: string): Json {
    if (!ref.startsWith('#')) {
      throw new SpecError(`external $ref "${ref}" at ${at} is not supported; bundle the spec into one file first (e.g. npx redocly bundle)`);
    }
    const done = resolved.get(ref);
    if (done !== undefined) return done;
    if (resolving.has(ref)) {
      cyclic.add(ref);
      return { $ref: ref };
    }
    const target = readPointer(document, ref);
    if (target === undefined) throw new SpecError(`$ref "${ref}" at ${at} points at nothing in the spec; fix the reference`);
    resolving.add(ref);
    const value = visit(target, ref);
    resolving.delete(ref);
    resolved.set(ref, value);
    return value;
  }

  function visit(node: Json, at: string): Json {
    if (Array.isArray(node)) return node.map((item, i) => visit(item, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === 'string') {
      const target = resolveRef(record.$ref, at);
      const siblings = Object.entries(record).filter(([k]) => k !== '$ref');
      if (siblings.length === 0 || target === null || typeof target !== 'object' || '$ref' in (target as object)) return target;
      // Siblings next to $ref (e.g. `nullable`, `description`) are common in practice; honour them.
      return { ...(target as Record<string, unknown>), ...Object.fromEntries(siblings.map(([k, v]) => [k, visit(v, `${at}/${k}`)])) };
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) out[key] = visit(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    return out;
  }

  return { document: visit(document, '#') as Record<string, unknown>, cyclicRefs: [...cyclic] };
}
