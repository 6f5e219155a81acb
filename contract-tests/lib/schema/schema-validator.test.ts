import { describe, expect, it } from 'vitest';
import { createContractContext } from '../context.js';
import { specFrom } from '../test-support.js';

function context(openapi = '3.0.3', schemas: Record<string, unknown> = {}) {
  return createContractContext(specFrom({ openapi, info: { title: 't', version: '1' }, paths: {}, components: { schemas } }));
}

describe('SchemaValidator', () => {
  it('treats OpenAPI 3.0 nullable as a null type, including enums and combinators', () => {
    const { validator } = context();
    const schema = { type: 'object', properties: { a: { type: 'string', nullable: true }, b: { type: 'string', enum: ['x'], nullable: true }, c: { nullable: true, oneOf: [{ type: 'integer' }] } }, example: { a: 1 } };
    expect(validator.validate(schema, { a: null, b: null, c: null }, '#/s').valid).toBe(true);
    const verdict = validator.validate(schema, { a: 5, b: 'y' }, '#/s');
    expect(verdict.valid).toBe(false);
    if (verdict.valid === false) {
      expect(verdict.issues.map((i) => [i.pointer, i.value])).toEqual([
        ['/a', 5],
        ['/b', 'y'],
      ]);
    }
  });

  it('converts boolean exclusiveMinimum (3.0) to the numeric form', () => {
    const { validator } = context();
    const schema = { type: 'number', minimum: 0, exclusiveMinimum: true };
    expect(validator.validate(schema, 0, '#/n').valid).toBe(false);
    expect(validator.validate(schema, 0.5, '#/n').valid).toBe(true);
  });

  it('unwraps JavaScript regex literals in pattern (with their flags) and reports them', () => {
    const { validator, findings } = context();
    const schema = { type: 'string', pattern: '/^#[\\da-f]{3}([\\da-f]{3})?$/i' };
    expect(validator.validate(schema, '#ABCDEF', '#/c').valid).toBe(true);
    expect(validator.validate(schema, 'red', '#/c').valid).toBe(false);
    expect(findings.list()).toEqual([expect.objectContaining({ kind: 'pattern-regex-literal', pointer: '#/c/pattern' })]);
  });

  it('registers non-standard formats as known but unchecked, and reports each once with a count', () => {
    const { validator, findings } = context();
    const a = { type: 'string', format: 'url' };
    const b = { type: 'boolean', format: 'false' };
    expect(validator.validate(a, 'not a url', '#/a').valid).toBe(true);
    expect(validator.validate({ ...a }, 'x', '#/a2').valid).toBe(true);
    expect(validator.validate(b, true, '#/b').valid).toBe(true);
    expect(validator.validate({ type: 'string', format: 'email' }, 'nope', '#/e').valid).toBe(false);
    const list = findings.list();
    expect(list.map((f) => [f.kind, f.pointer, f.occurrences])).toEqual([
      ['format-non-standard', '#/a/format', 2],
      ['format-non-standard', '#/b/format', 1],
    ]);
    expect(list[1]?.message).toMatch(/on a boolean/);
  });

  it('compiles each schema once and reuses the function', () => {
    const { validator } = context();
    const schema = { type: 'integer' };
    expect(validator.compile(schema, '#/i')).toBe(validator.compile(schema, '#/i'));
    expect(validator.compile({ type: 'integer' }, '#/j')).toBe(validator.compile(schema, '#/i'));
  });

  it('validates OpenAPI 3.1 schemas with the 2020-12 dialect', () => {
    const { validator } = context('3.1.0');
    const schema = { type: ['string', 'null'], prefixItems: undefined, examples: ['a'] };
    expect(validator.validate(schema, null, '#/x').valid).toBe(true);
    expect(validator.validate({ type: 'array', prefixItems: [{ type: 'integer' }], items: false }, [1, 2], '#/t').valid).toBe(false);
  });

  it('validates self-referencing schemas through the spec root', () => {
    const { validator, spec } = context('3.0.3', { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' }, v: { type: 'integer' } } } });
    const node = (spec.document.components as { schemas: { Node: Record<string, unknown> } }).schemas.Node;
    expect(validator.validate(node, { v: 1, next: { v: 2, next: { v: 3 } } }, '#/n').valid).toBe(true);
    const verdict = validator.validate(node, { next: { next: { v: 'x' } } }, '#/n');
    expect(verdict.valid === false && verdict.issues[0]?.pointer).toBe('/next/next/v');
  });
});
