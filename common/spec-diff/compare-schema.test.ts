import { describe, expect, it } from 'vitest';
import { diffSpecs } from './diff-specs.js';
import { dereference, type JsonObject } from '../spec/index.js';

/** One POST operation whose request body and 200 response both use `schema`. */
function spec(schema: JsonObject, version = '3.0.3'): JsonObject {
  const media = { 'application/json': { schema } };
  return dereference(
    {
      openapi: version,
      info: { title: 't', version: '1' },
      paths: { '/x': { post: { operationId: 'X', requestBody: { required: true, content: media }, responses: { '200': { description: 'ok', content: media } } } } },
    },
    'inline',
    'cycle',
  ).document;
}

const summary = (before: JsonObject, after: JsonObject): string[] =>
  diffSpecs(spec(before), spec(after))
    .map((c) => `${c.class} ${c.kind} ${c.location.includes('requestBody') ? 'request' : 'response'}`)
    .sort();

describe('schema rules are directional', () => {
  it('a new oneOf branch widens: fine for a request, breaking for a response', () => {
    expect(summary({ oneOf: [{ type: 'string' }, { type: 'object' }] }, { oneOf: [{ type: 'string' }, { type: 'object' }, { type: 'number' }] })).toEqual([
      'breaking alternative-added response',
      'non-breaking alternative-added request',
    ]);
  });

  it('two string branches folded into one plain string only relax formats', () => {
    const before = { oneOf: [{ type: 'string', format: 'url' }, { type: 'string', format: 'empty' }] };
    expect(summary(before, { type: 'string' })).toEqual([
      'non-breaking constraint-relaxed request',
      'non-breaking constraint-relaxed request',
      'non-breaking constraint-relaxed response',
      'non-breaking constraint-relaxed response',
    ]);
  });

  it('integer → number widens (request fine, response breaking); number → integer the reverse', () => {
    expect(summary({ type: 'integer' }, { type: 'number' })).toEqual(['breaking type-widened response', 'non-breaking type-widened request']);
    expect(summary({ type: 'number' }, { type: 'integer' })).toEqual(['breaking type-narrowed request', 'non-breaking type-narrowed response']);
  });

  it('a new enum restricts requests (breaking) and is harmless in responses', () => {
    expect(summary({ type: 'string' }, { type: 'string', enum: ['a'] })).toEqual(['breaking enum-added request', 'non-breaking enum-added response']);
  });

  it('closing an object to unknown fields breaks requests only', () => {
    const open = { type: 'object', properties: { a: { type: 'string' } } };
    expect(summary(open, { ...open, additionalProperties: false })).toEqual(['breaking constraint-tightened request', 'non-breaking constraint-tightened response']);
  });

  it('3.0 nullable and 3.1 null type are the same thing', () => {
    const a = spec({ type: 'string', nullable: true });
    const b = spec({ type: ['string', 'null'] }, '3.1.0');
    expect(diffSpecs(a, b)).toEqual([]);
  });

  it('a response constraint change is reported but never breaking', () => {
    expect(summary({ type: 'string', maxLength: 10 }, { type: 'string', maxLength: 100 })).toEqual(['non-breaking constraint-relaxed request', 'non-breaking constraint-relaxed response']);
    expect(summary({ type: 'string', maxLength: 100 }, { type: 'string', maxLength: 10 })).toEqual(['breaking constraint-tightened request', 'non-breaking constraint-tightened response']);
  });
});
