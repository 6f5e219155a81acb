import { describe, expect, it } from 'vitest';
import { filterOperations } from './filter-operations.js';
import { normaliseSpec, PLACEHOLDER_SERVER } from '../../common/served-spec/normalise-spec.js';
import { pruneComponents } from '../../common/served-spec/prune-components.js';
import type { JsonObject } from '../../common/spec/index.js';

const doc = (): JsonObject => ({
  openapi: '3.0.1',
  info: { title: 't', version: '1' },
  servers: [{ url: 'https://tenant-secret-name.logto.app' }],
  tags: [{ name: 'Keep' }, { name: 'Drop' }],
  paths: {
    '/kept-by-tag': { get: { operationId: 'A', tags: ['Keep'], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/UsedDirectly' } } } } } } },
    '/kept-by-id': {
      parameters: [{ $ref: '#/components/parameters/id' }],
      post: { operationId: 'B', tags: ['Drop'], security: [{ Key: [] }], responses: { '204': { description: 'ok' } } },
      delete: { operationId: 'C', tags: ['Drop'], responses: { '204': { description: 'ok' } } },
    },
    '/dropped': { get: { operationId: 'D', tags: ['Drop'], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/OnlyDropped' } } } } } } },
  },
  components: {
    schemas: { UsedDirectly: { properties: { inner: { $ref: '#/components/schemas/UsedIndirectly' } } }, UsedIndirectly: { type: 'string' }, OnlyDropped: { type: 'number' } },
    parameters: { id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } }, unused: { name: 'x', in: 'query' } },
    securitySchemes: { Key: { type: 'apiKey', in: 'header', name: 'k' }, Unused: { type: 'http', scheme: 'basic' } },
  },
});

describe('filterOperations', () => {
  it('keeps operations by tag or operationId, drops empty paths and unused tags, reports missing ids', () => {
    const result = filterOperations(doc(), { tags: ['Keep'], operationIds: ['B', 'Z'] });
    expect(Object.keys(result.doc.paths as JsonObject)).toEqual(['/kept-by-tag', '/kept-by-id']);
    expect(Object.keys((result.doc.paths as Record<string, JsonObject>)['/kept-by-id'] ?? {})).toEqual(['parameters', 'post']);
    expect(result.doc.tags).toEqual([{ name: 'Keep' }, { name: 'Drop' }]);
    expect([result.kept, result.dropped]).toEqual([2, 2]);
    expect(result.missingOperationIds).toEqual(['Z']);
  });
});

describe('pruneComponents', () => {
  it('keeps components reachable from paths (transitively) and named security schemes only', () => {
    const filtered = filterOperations(doc(), { tags: ['Keep'], operationIds: ['B'] }).doc;
    const pruned = pruneComponents(filtered).components as Record<string, JsonObject>;
    expect(Object.keys(pruned.schemas ?? {}).sort()).toEqual(['UsedDirectly', 'UsedIndirectly']);
    expect(Object.keys(pruned.parameters ?? {})).toEqual(['id']);
    expect(Object.keys(pruned.securitySchemes ?? {})).toEqual(['Key']);
  });
});

describe('normaliseSpec', () => {
  it('replaces the server with a placeholder and orders keys the same whatever the input order', () => {
    const a = normaliseSpec(doc());
    const shuffled = Object.fromEntries(Object.entries(doc()).reverse());
    const b = normaliseSpec(shuffled);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.servers).toEqual([PLACEHOLDER_SERVER]);
    expect(JSON.stringify(a)).not.toContain('tenant-secret-name');
    expect(Object.keys(a)).toEqual(['openapi', 'info', 'servers', 'tags', 'paths', 'components']);
    expect(Object.keys(a.paths as JsonObject)).toEqual(['/dropped', '/kept-by-id', '/kept-by-tag']);
    const op = ((a.paths as Record<string, JsonObject>)['/kept-by-id'] ?? {}).post as JsonObject;
    expect(Object.keys(op)).toEqual(['operationId', 'tags', 'security', 'responses']);
  });
});
