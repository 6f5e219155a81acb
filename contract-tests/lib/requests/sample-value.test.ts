import { describe, expect, it } from 'vitest';
import { createContractContext } from '../context.js';
import { specFrom } from '../test-support.js';
import { sampleValue } from './sample-value.js';

const { validator } = createContractContext(specFrom({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} }));
const sample = (schema: Record<string, unknown>) => sampleValue(schema, '#/s', validator);

describe('sampleValue', () => {
  it.each([
    ['a valid example', { type: 'string', example: 'abc' }, 'abc'],
    ['the default when the example is invalid', { type: 'integer', example: 'x', default: 3 }, 3],
    ['the first non-null enum value', { type: 'string', nullable: true, enum: [null, 'Pending'] }, 'Pending'],
    ['a bounded number', { type: 'integer', minimum: 5, maximum: 9, multipleOf: 3 }, 6],
    ['an exclusive bound (3.0 boolean form)', { type: 'number', minimum: 0, exclusiveMinimum: true }, 1],
    ['the oneOf branch that is valid on its own', { oneOf: [{ type: 'string', enum: ['a'] }, { type: 'integer' }], not: { enum: ['a'] } }, 1],
    ['merged allOf objects with required properties only', { allOf: [{ type: 'object', required: ['a'], properties: { a: { type: 'string', format: 'email' } } }, { required: ['b'], properties: { b: { type: 'boolean' }, c: { type: 'string' } } }] }, { a: 'user@example.com', b: true }],
    ['an array of minItems items', { type: 'array', minItems: 2, items: { type: 'string', format: 'uuid' } }, ['00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000']],
    ['a literal from a quoted-literal format', { type: 'string', format: '"Text"' }, 'Text'],
    ['a string matching an unwrapped regex literal', { type: 'string', pattern: '/^\\d{4}(-\\d{2}){2}$/' }, '0000-00-00'],
  ])('uses %s', (_name, schema, expected) => {
    const result = sample(schema);
    expect(result.ok && result.value).toEqual(expected);
  });

  it('flags a regex-literal pattern as a blocker a server may reject the value for', () => {
    const result = sample({ type: 'string', pattern: '/^\\d+$/' });
    expect(result.ok && result.blockers[0]).toMatch(/JavaScript regex literal/);
  });

  it('reports an unsatisfiable schema instead of returning an invalid value', () => {
    const result = sample({ type: 'string', minLength: 5, maxLength: 2 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/no valid value could be built for #\/s/);
  });
});
