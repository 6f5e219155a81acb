import { describe, expect, it } from 'vitest';
import { nameSchemas } from './name-schemas.js';
import { usageErrorOf } from '../usage-error-of.js';
import type { JsonObject } from '../../../common/spec/index.js';

const thing = (extra: JsonObject = {}): JsonObject => ({
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' }, description: { type: 'string' }, color: { type: 'object', properties: { c: { type: 'string' } } } },
  ...extra,
});

const spec = (get: JsonObject, post: JsonObject): JsonObject => ({
  openapi: '3.0.3',
  paths: {
    '/things/{id}': { get: { responses: { '200': { content: { 'application/json': { schema: get } } } } } },
    '/things': { post: { responses: { '201': { content: { 'application/json': { schema: post } } } } } },
  },
});

describe('nameSchemas', () => {
  it('moves marked schemas to components.schemas and refers to them from every marked place', () => {
    const { doc, named } = nameSchemas(spec(thing({ 'x-schema-name': 'Thing' }), thing({ 'x-schema-name': 'Thing' })));
    expect(named).toEqual(['Thing']);
    expect((doc.components as JsonObject).schemas).toEqual({ Thing: thing() });
    expect(JSON.stringify(doc.paths)).toBe(JSON.stringify(spec({ $ref: '#/components/schemas/Thing' }, { $ref: '#/components/schemas/Thing' }).paths));
  });

  it('carries documentation and nested names written at one place only, outer names first', () => {
    const documented = thing({ 'x-schema-name': 'Thing', description: 'A thing.' });
    (documented.properties as JsonObject).color = { ...((documented.properties as JsonObject).color as JsonObject), 'x-schema-name': 'Color', description: 'Its colour.' };
    const { doc, named } = nameSchemas(spec(thing({ 'x-schema-name': 'Thing' }), documented));
    expect(named).toEqual(['Thing', 'Color']);
    const schemas = (doc.components as JsonObject).schemas as Record<string, JsonObject>;
    expect(schemas.Thing?.description).toBe('A thing.');
    expect((schemas.Thing?.properties as JsonObject).color).toEqual({ $ref: '#/components/schemas/Color' });
    expect(schemas.Color).toEqual({ type: 'object', properties: { c: { type: 'string' } }, description: 'Its colour.' });
  });

  it('reads a property called `description` as a field, not as documentation', () => {
    const other = thing({ 'x-schema-name': 'Thing' });
    delete (other.properties as JsonObject).description;
    expect(usageErrorOf(() => nameSchemas(spec(thing({ 'x-schema-name': 'Thing' }), other))).message).toMatch(/Thing .*differ at \/properties\/description/);
  });

  it('refuses one name for two different shapes, and a name components.schemas already has', () => {
    const other = thing({ 'x-schema-name': 'Thing', required: ['id', 'description'] });
    const error = usageErrorOf(() => nameSchemas(spec(thing({ 'x-schema-name': 'Thing' }), other)));
    expect(error.message).toMatch(/^x-schema-name Thing \(#\/paths\/~1things~1\{id\}\/get\/.* and #\/paths\/~1things\/post\/.*\): the two places differ at \/required/);
    const taken = { ...spec(thing({ 'x-schema-name': 'Thing' }), thing()), components: { schemas: { Thing: {} } } };
    expect(usageErrorOf(() => nameSchemas(taken)).message).toMatch(/components\.schemas already has a Thing; choose another name/);
    expect(usageErrorOf(() => nameSchemas(spec(thing({ 'x-schema-name': 'not a name' }), thing()))).message).toMatch(/must be a schema name/);
  });

  it('changes nothing without markers', () => {
    const plain = spec(thing(), thing());
    expect(nameSchemas(structuredClone(plain))).toEqual({ doc: plain, named: [] });
  });
});
