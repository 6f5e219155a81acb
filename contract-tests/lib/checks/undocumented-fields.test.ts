import { describe, expect, it } from 'vitest';
import { undocumentedFields } from './undocumented-fields.js';

const user = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, roles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } }, customData: { type: 'object', additionalProperties: true } } };

describe('fields the spec does not describe', () => {
  it('names each field a described object has beyond its properties, at any depth, lists included', () => {
    expect(undocumentedFields(user, { id: 'u', nickname: 'x', roles: [{ id: 'r', since: 1 }, { id: 's' }] })).toEqual(['/nickname', '/roles/*/since']);
  });

  it('says nothing of what the schema leaves open: additionalProperties, a free-form object, a scalar', () => {
    expect(undocumentedFields(user, { id: 'u', customData: { anything: 1 } })).toEqual([]);
    expect(undocumentedFields({ type: 'object' }, { a: 1 })).toEqual([]);
    expect(undocumentedFields({ type: 'string' }, 'x')).toEqual([]);
  });

  it('follows allOf, anyOf and oneOf: a property any branch declares is described', () => {
    const schema = { allOf: [{ properties: { a: { type: 'string' } } }, { oneOf: [{ properties: { b: { type: 'number' } } }, { properties: { c: { type: 'object', properties: { d: { type: 'string' } } } } }] }] };
    expect(undocumentedFields(schema, { a: 'x', b: 1, c: { d: 'y', e: 2 }, f: true })).toEqual(['/c/e', '/f']);
  });

  it('writes each field as a JSON pointer, escaping / and ~ in names', () => {
    expect(undocumentedFields(user, { id: 'u', 'a/b': 1, 'c~d': 2 })).toEqual(['/a~1b', '/c~0d']);
  });
});
