import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec, parseSpecText, SpecError } from '../index.js';
import { listOperations } from './operations.js';

const YAML_SPEC = `
openapi: 3.0.3
info: { title: t, version: '1' }
security: [{ bearer: [] }]
components:
  securitySchemes: { bearer: { type: http, scheme: bearer } }
  parameters:
    id: { name: id, in: path, required: true, schema: { type: string }, example: abc }
  schemas:
    Thing: { type: object, properties: { id: { type: string } } }
    Node: { type: object, properties: { next: { $ref: '#/components/schemas/Node' } } }
paths:
  /things/{id}:
    parameters: [{ $ref: '#/components/parameters/id' }]
    get:
      operationId: GetThing
      parameters: [{ name: q, in: query, schema: { type: integer } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }
        '404': { description: missing }
    delete:
      security: []
      responses: { '204': { description: gone } }
`;

// One folder for every spec the tests write, removed at the end: a run leaves nothing in the temp dir.
const dir = mkdtempSync(join(tmpdir(), 'spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('loadSpec', () => {
  it('reads YAML, inlines local refs and lists operations with merged parameters and security', async () => {
    const spec = await loadSpec(write('s.yaml', YAML_SPEC));
    expect(spec.version).toBe('3.0');
    const ops = listOperations(spec);
    expect(ops.map((o) => o.operationId)).toEqual(['GetThing', 'DELETE /things/{id}']);
    const get = ops[0];
    expect(get?.parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual(['path:id:true', 'query:q:false']);
    expect(get?.parameters[0]?.example).toBe('abc');
    expect(get?.responses[0]?.content['application/json']?.schema).toEqual({ type: 'object', properties: { id: { type: 'string' } } });
    expect(get?.security).toEqual([[{ name: 'bearer', type: 'http', scheme: 'bearer' }]]);
    expect(ops[1]?.security).toEqual([]);
  });

  it('keeps operations with a duplicated operationId apart', () => {
    const spec = parseSpecText(JSON.stringify({ openapi: '3.0.0', paths: { '/a': { get: { operationId: 'X', responses: {} } }, '/b': { get: { operationId: 'X', responses: {} } } } }), 'd.json');
    expect(listOperations(spec).map((o) => o.operationId)).toEqual(['X', 'X (GET /b)']);
  });

  it('keeps a self-referencing schema as a $ref instead of looping', () => {
    const spec = parseSpecText(JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {}, components: { schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } } } }), 'x.json');
    expect(spec.version).toBe('3.1');
    expect(spec.cyclicRefs).toEqual(['#/components/schemas/Node']);
  });

  it.each([
    ['a missing file', () => loadSpec('/nonexistent/spec.yaml'), /spec\.yaml: cannot read the spec \(no such file\); check the path/],
    ['broken YAML', () => loadSpec(write('b.yaml', 'openapi: [unclosed')), /b\.yaml:\d+:\d+: invalid YAML: .*; fix the YAML syntax/],
    ['broken JSON', () => loadSpec(write('b.json', '{"openapi": ')), /b\.json:1:\d+: invalid JSON: .*; fix the JSON syntax/],
    ['Swagger 2', () => loadSpec(write('s2.yaml', 'swagger: "2.0"\npaths: {}')), /Swagger 2\.0 is not supported; convert the spec to OpenAPI 3\.0 or 3\.1/],
    ['an external $ref', () => loadSpec(write('e.yaml', "openapi: 3.0.0\npaths:\n  /a:\n    $ref: 'other.yaml#/x'")), /\$ref at #\/paths\/~1a points outside this file \(other\.yaml#\/x\)/],
    ['a dangling $ref', () => loadSpec(write('d.yaml', "openapi: 3.0.0\npaths:\n  /a:\n    $ref: '#/nope'")), /dangling \$ref at #\/paths\/~1a: target #\/nope does not exist/],
  ])('rejects %s with a one-line SpecError', async (_name, load, message) => {
    const error = await load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
