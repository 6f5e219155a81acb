import { describe, expect, it } from 'vitest';
import { stripProse } from './strip-prose.js';
import { normaliseSpec } from './normalise-spec.js';
import { pruneComponents } from './prune-components.js';
import { readUpstream, servedLike } from '../../test/helpers/served-like.js';
import type { JsonObject } from '../spec/index.js';

const doc = (): JsonObject => ({
  openapi: '3.0.1',
  info: { title: 'Logto API references', version: '1', description: 'Logto wrote this.' },
  tags: [{ name: 'Users', description: 'Logto wrote this too.' }],
  paths: {
    '/api/users/{userId}': {
      summary: 'path summary',
      get: {
        operationId: 'GetUser',
        summary: 'Get user',
        description: 'Get user data.',
        parameters: [{ name: 'userId', in: 'path', required: true, description: 'The user id.', schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'User data.',
            headers: { 'Total-Number': { description: 'How many.', schema: { type: 'string' } } },
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  description: 'A user.',
                  required: ['description'],
                  properties: {
                    description: { type: 'string', description: 'The field called description.' },
                    summary: { type: 'string' },
                    meta: { type: 'object', default: { description: 'data' }, example: { summary: 'data' }, enum: [{ description: 'x' }] },
                  },
                },
                examples: { one: { summary: 'An example', value: { description: 'kept: data' } } },
              },
            },
          },
          '404': { description: 'Logto prose.' },
          '4XX': { description: 'Logto prose.' },
          default: { $ref: '#/components/responses/Oops' },
        },
        'x-logto': { description: 'extensions are data' },
      },
    },
  },
  components: {
    responses: { Oops: { description: 'Logto prose.' } },
    schemas: { description: { type: 'string', description: 'a schema named description' } },
    securitySchemes: { OAuth2: { type: 'oauth2', description: 'prose', flows: {} } },
  },
});

describe('stripProse', () => {
  const stripped = stripProse(doc());
  const text = JSON.stringify(stripped);

  it('removes every summary and description Logto wrote', () => {
    for (const sentence of ['Logto wrote', 'Get user', 'User data', 'The user id', 'How many', 'A user.', 'The field called', 'Logto prose', 'An example', 'a schema named', '"prose"', 'path summary']) {
      expect(text).not.toContain(sentence);
    }
  });

  it('keeps structure: names that happen to be "description", data values and extensions', () => {
    const op = ((stripped.paths as Record<string, JsonObject>)['/api/users/{userId}'] as JsonObject).get as JsonObject;
    const schema = (((op.responses as JsonObject)['200'] as JsonObject).content as Record<string, JsonObject>)['application/json'] as JsonObject;
    expect(schema.schema).toEqual({
      type: 'object',
      required: ['description'],
      properties: { description: { type: 'string' }, summary: { type: 'string' }, meta: { type: 'object', default: { description: 'data' }, example: { summary: 'data' }, enum: [{ description: 'x' }] } },
    });
    expect(schema.examples).toEqual({ one: { value: { description: 'kept: data' } } });
    expect(op['x-logto']).toEqual({ description: 'extensions are data' });
    expect((stripped.components as Record<string, JsonObject>).schemas).toEqual({ description: { type: 'string' } });
    expect(stripped.info).toEqual({ title: 'Logto API references', version: '1' });
  });

  it('gives each Response Object, which must have a description, the HTTP reason phrase of its status', () => {
    const op = ((stripped.paths as Record<string, JsonObject>)['/api/users/{userId}'] as JsonObject).get as JsonObject;
    const responses = op.responses as Record<string, JsonObject>;
    expect(responses['200']?.description).toBe('OK');
    expect(Object.keys(responses['200'] ?? {})[0]).toBe('description');
    expect(responses['404']).toEqual({ description: 'Not Found' });
    expect(responses['4XX']).toEqual({ description: 'Any 4XX status' });
    expect(responses.default).toEqual({ $ref: '#/components/responses/Oops' });
    expect((stripped.components as Record<string, JsonObject>).responses).toEqual({ Oops: { description: '' } });
  });

  it('leaves its input alone', () => {
    const input = doc();
    stripProse(input);
    expect(input).toEqual(doc());
  });

  it('on a served spec (the committed structure with prose of ours on every part): no summary or description survives outside data, and every operation is still there', async () => {
    const { doc: served, sentences } = servedLike(await readUpstream());
    expect(sentences).toBeGreaterThan(1000); // the prose that must go was there
    const result = stripProse(served);
    const prose: string[] = [];
    const walk = (node: unknown, where: string, inNames: boolean): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}/${i}`, false));
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (!inNames && (key === 'example' || key === 'default' || key === 'enum')) continue;
        if (!inNames && key === 'summary' && typeof value === 'string') prose.push(`${where}/${key}`);
        if (!inNames && key === 'description' && typeof value === 'string' && !/\/responses\/[^/]+$/.test(where)) prose.push(`${where}/${key}`);
        walk(value, `${where}/${key}`, key === 'properties' || key === 'schemas' || key === 'parameters' && !Array.isArray(value) || key === 'content' || key === 'headers' || key === 'paths');
      }
    };
    walk(result, '#', false);
    expect(prose.slice(0, 5)).toEqual([]);
    expect(JSON.stringify(result.paths).length).toBeLessThan(JSON.stringify(served.paths).length);
    expect(Object.keys(result.paths as JsonObject)).toEqual(Object.keys(served.paths as JsonObject));
  });

  it('on a served spec: stripping, pruning and normalising give back exactly the committed upstream', async () => {
    const upstream = await readUpstream();
    const { doc: served } = servedLike(upstream);
    expect(served).not.toEqual(upstream);
    expect(JSON.stringify(normaliseSpec(pruneComponents(stripProse(served))), null, 2)).toBe(JSON.stringify(upstream, null, 2));
  });
});
