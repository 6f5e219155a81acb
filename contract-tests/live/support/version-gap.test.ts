import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../common/paths.js';
import { loadSpec, type JsonObject } from '../../../common/spec/index.js';
import type { Violation } from './observation.js';
import { explainAnswer, explainRequest, notServedLabel, operationVerdict, versionGap } from './version-gap.js';

// Tiny hand-made specs: an "old" Logto serving less than the "new" spec the client is built from.
const json = (schema: JsonObject): JsonObject => ({ content: { 'application/json': { schema } } });
const user = (properties: Record<string, JsonObject>, required: string[]): JsonObject => ({ type: 'object', properties, required });

function spec(paths: JsonObject): JsonObject {
  return { openapi: '3.0.1', info: { title: 't', version: '1' }, paths };
}

const OLD = spec({
  '/api/users/{id}': {
    get: {
      operationId: 'GetUser',
      responses: {
        '200': json(user({ id: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string', enum: ['a', 'b'] }, profile: { type: 'object', properties: { x: { type: 'string' } } } }, ['id', 'name', 'kind'])),
        '422': json({ type: 'object' }),
      },
    },
    patch: {
      operationId: 'UpdateUser',
      requestBody: json(user({ name: { type: 'string' } }, [])),
      responses: { '200': { content: { 'text/plain': { schema: { type: 'string' } } } } },
    },
  },
  '/api/old-only': { get: { operationId: 'OldOnly', responses: { '200': {} } } },
});

const NEW = spec({
  '/api/users/{id}': {
    get: {
      operationId: 'GetUser',
      responses: {
        '200': json(
          user(
            { id: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string', enum: ['a'] }, profile: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } } }, added: { type: 'string' } },
            ['id', 'name', 'kind', 'added'],
          ),
        ),
      },
    },
    patch: {
      operationId: 'UpdateUser',
      requestBody: json(user({ name: { type: 'string' }, newField: { type: 'boolean' } }, [])),
      responses: { '200': json({ type: 'object' }) },
    },
  },
  '/api/new-only': { get: { operationId: 'NewOnly', responses: { '200': {} } } },
});

const gap = versionGap({ raw: OLD, source: 'old' }, { raw: NEW, source: 'new' }, { logto: '1.40.0', compared: 'old with new' });
const schemaViolation = (...pointers: string[]): Violation => ({
  check: 'response_schema_conformance',
  message: 'schema',
  details: pointers.map((pointer) => ({ pointer, message: 'm', expected: 'e', value: null })),
});

describe('the gap between a target and the spec under test', () => {
  it('an operation the target\'s spec lacks is not served; one only the target has is nobody\'s business', () => {
    expect(gap.notServed).toEqual(['NewOnly']);
    expect(operationVerdict(gap, 'NewOnly')).toBe('not served');
    expect(notServedLabel(gap)).toBe('not served by this Logto (1.40.0)');
    expect(gap.changes.OldOnly).toBeUndefined();
  });

  it('an operation both specs have alike is served as specified; one they differ on is served with a different spec', () => {
    const same = versionGap({ raw: OLD, source: 'old' }, { raw: OLD, source: 'old' }, { logto: '1.40.0', compared: 'same' });
    expect(same.notServed).toEqual([]);
    expect(operationVerdict(same, 'GetUser')).toBe('served as specified');
    expect(operationVerdict(gap, 'GetUser')).toBe('served, its spec differs');
  });
});

describe('a violation the two specs explain is a version difference', () => {
  it('a field our spec requires and the target\'s spec does not have', () => {
    const changes = explainAnswer(gap, 'GetUser', 200, schemaViolation('/added'));
    expect(changes?.map((c) => c.kind)).toEqual(['field-added']);
  });

  it('an enum value the target\'s spec has and ours does not', () => {
    expect(explainAnswer(gap, 'GetUser', 200, schemaViolation('/kind'))?.map((c) => c.kind)).toEqual(['enum-narrowed']);
  });

  it('a status the target\'s spec documents and ours does not', () => {
    expect(explainAnswer(gap, 'GetUser', 422, { check: 'status_code_conformance', message: 'status 422 is not documented' })?.map((c) => c.kind)).toEqual(['response-removed']);
  });

  it('a content type the target\'s spec documents and ours does not', () => {
    expect(explainAnswer(gap, 'UpdateUser', 200, { check: 'content_type_conformance', message: 'text/plain' })).toBeDefined();
  });

  it('a request field the target\'s spec does not have may explain an error answer to it', () => {
    expect(explainRequest(gap, 'UpdateUser', { bodyFields: ['newField'], parameters: [] }).map((c) => c.kind)).toEqual(['field-added']);
    expect(explainRequest(gap, 'UpdateUser', { bodyFields: ['name'], parameters: [] })).toEqual([]);
  });
});

describe('what the specs do not explain is breakage', () => {
  it('a field both specs require, missing from the answer', () => {
    expect(explainAnswer(gap, 'GetUser', 200, schemaViolation('/name'))).toBeUndefined();
  });

  it('a schema violation with one detail explained and one not', () => {
    expect(explainAnswer(gap, 'GetUser', 200, schemaViolation('/added', '/id'))).toBeUndefined();
  });

  it('a status neither spec documents', () => {
    expect(explainAnswer(gap, 'GetUser', 418, { check: 'status_code_conformance', message: 'status 418' })).toBeUndefined();
  });

  it('a server error, whatever the specs say', () => {
    expect(explainAnswer(gap, 'GetUser', 500, { check: 'not_a_server_error', message: 'server error 500' })).toBeUndefined();
  });

  it('a new sub-field does not explain its parent being wrong', () => {
    expect(explainAnswer(gap, 'GetUser', 200, schemaViolation('/profile/y'))).toBeDefined();
    expect(explainAnswer(gap, 'GetUser', 200, schemaViolation('/profile'))).toBeUndefined();
  });

  it('on an operation whose spec did not change, nothing is explained', () => {
    const same = versionGap({ raw: OLD, source: 'old' }, { raw: OLD, source: 'old' }, { logto: '1.40.0', compared: 'same' });
    expect(explainAnswer(same, 'GetUser', 200, schemaViolation('/added'))).toBeUndefined();
  });
});

describe('on the committed pair: the 1.42 client against Logto 1.40.0', () => {
  it('21 operations are not served (the README\'s figure), and CreateUser\'s answer lacks cimdClientId as a version difference', async () => {
    const served = (await loadSpec(path.join(REPO_ROOT, 'openapi/upstream/history/logto-1.40.0.openapi.json'))).raw;
    const upstream = (await loadSpec(path.join(REPO_ROOT, 'openapi/upstream/management.openapi.json'))).raw;
    const real = versionGap({ raw: served, source: '1.40.0' }, { raw: upstream, source: '1.42.0' }, { logto: '1.40.0', compared: 'committed pair' });
    expect(real.notServed).toHaveLength(21);
    expect(real.notServed).toContain('ListActions');
    expect(explainAnswer(real, 'CreateUser', 200, schemaViolation('/cimdClientId'))?.map((c) => c.kind)).toEqual(['field-added']);
    expect(explainAnswer(real, 'CreateUser', 200, schemaViolation('/username'))).toBeUndefined();
  });
});
