import { describe, expect, it } from 'vitest';
import { dereference } from './deref.js';
import { UsageError } from '../usage-error.js';
import { isObject, type JsonObject } from './index.js';

describe('dereference', () => {
  it('inlines local refs, including refs inside refs, and lets 3.1 sibling keys override', () => {
    const doc: JsonObject = {
      openapi: '3.1.0',
      a: { $ref: '#/components/schemas/A', description: 'local words' },
      components: { schemas: { A: { type: 'object', description: 'shared words', properties: { b: { $ref: '#/components/schemas/B' } } }, B: { type: 'string' } } },
    };
    const out = dereference(doc, 'doc', 'cycle').document;
    expect(out.a).toEqual({ type: 'object', description: 'local words', properties: { b: { type: 'string' } } });
  });

  it('turns a recursive schema into a cycle instead of looping forever', () => {
    const doc: JsonObject = { components: { schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } } } };
    const out = dereference(doc, 'doc', 'cycle').document;
    const node = (out.components as JsonObject).schemas as JsonObject;
    const next = ((node.Node as JsonObject).properties as JsonObject).next as JsonObject;
    expect(isObject(next.properties) && next.properties.next).toBe(next);
  });

  it('understands escaped pointer tokens (~1 for /)', () => {
    const doc: JsonObject = { paths: { '/a/b': { get: { ok: true } } }, x: { $ref: '#/paths/~1a~1b/get' } };
    expect(dereference(doc, 'doc', 'cycle').document.x).toEqual({ ok: true });
  });

  it('rejects external refs and dangling refs with exit-2 errors naming the ref', () => {
    const attempt = (doc: JsonObject): UsageError => {
      try {
        dereference(doc, 'spec.yaml', 'cycle');
      } catch (error) {
        return error as UsageError;
      }
      throw new Error('expected a UsageError');
    };
    const external = attempt({ x: { $ref: 'other.yaml#/A' } });
    expect(external.exitCode).toBe(2);
    expect(external.message).toMatch(/^spec\.yaml: external \$ref "other\.yaml#\/A" is not supported/);
    expect(attempt({ x: { $ref: '#/nope' } }).message).toBe('spec.yaml: $ref "#/nope" points at nothing (at #/x); fix the reference');
  });
});
