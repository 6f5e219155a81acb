import { describe, expect, it } from 'vitest';
import { createContractContext } from '../context.js';
import { listOperations, type OperationSpec } from '../spec/operations.js';
import { specFrom } from '../test-support.js';
import { checkResponse } from './check-response.js';
import type { ObservedResponse } from './check-result.js';

const spec = specFrom({
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/invitations/{id}': {
      get: {
        operationId: 'GetInvitation',
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['id', 'status'], properties: { id: { type: 'string' }, status: { type: 'string', enum: ['Pending', 'Revoked'] }, inviterId: { type: 'string', nullable: true } } },
              },
            },
          },
          '204': { description: 'nothing' },
          '500': { description: 'boom' },
          '501': { description: 'no e-mail connector' },
        },
      },
    },
  },
});
const ctx = createContractContext(spec);
const op = listOperations(spec)[0] as OperationSpec;

function response(status: number, body: unknown, contentType = 'application/json; charset=utf-8'): ObservedResponse {
  return { status, headers: body === undefined ? {} : { 'content-type': contentType }, bodyText: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body) };
}

function outcomes(r: ObservedResponse, expectedStatus?: number) {
  return Object.fromEntries(checkResponse(ctx, op, r, expectedStatus === undefined ? {} : { expectedStatus }).map((c) => [c.name, c.outcome]));
}

describe('checkResponse', () => {
  it('passes all four checks for a conforming response', () => {
    expect(outcomes(response(200, { id: 'a', status: 'Pending', inviterId: null }), 200)).toEqual({
      not_a_server_error: 'passed',
      status_code_conformance: 'passed',
      content_type_conformance: 'passed',
      response_schema_conformance: 'passed',
    });
    expect(outcomes(response(204, undefined))).toMatchObject({ content_type_conformance: 'passed', response_schema_conformance: 'passed' });
  });

  it('names operation, status, JSON pointer and offending value on a schema failure', () => {
    const results = checkResponse(ctx, op, response(200, { id: 7, status: 'Gone' }));
    const schema = results.find((c) => c.name === 'response_schema_conformance');
    expect(schema?.outcome).toBe('failed');
    expect(schema?.message).toContain('GetInvitation 200 response_schema_conformance');
    expect(schema?.message).toContain('/id must be string (value: 7)');
    expect(schema?.message).toContain('/status must be one of ["Pending","Revoked"] (value: "Gone")');
    expect(schema?.details?.map((d) => d.pointer)).toEqual(['/id', '/status']);
  });

  it('fails status conformance for an undocumented status or one other than asked for', () => {
    expect(outcomes(response(418, undefined)).status_code_conformance).toBe('failed');
    expect(outcomes(response(204, undefined), 200).status_code_conformance).toBe('failed');
  });

  it('says where, what was expected and what came back for status and content-type failures', () => {
    const results = checkResponse(ctx, op, response(418, '<x/>', 'text/xml'));
    expect(results.find((c) => c.name === 'status_code_conformance')?.details).toEqual([
      { pointer: '#/paths/~1invitations~1{id}/get/responses', message: 'status not documented', expected: 'a documented status: 200, 204, 500, 501', value: 418 },
    ]);
    const type = checkResponse(ctx, op, response(200, '<x/>', 'text/xml')).find((c) => c.name === 'content_type_conformance');
    expect(type?.details).toEqual([{ pointer: '#/paths/~1invitations~1{id}/get/responses/200/content', message: 'content type not documented', expected: 'Content-Type application/json', value: 'text/xml' }]);
  });

  it('fails content type conformance for an undocumented type, a missing type, or a body where none is documented', () => {
    expect(outcomes(response(200, '<x/>', 'text/xml')).content_type_conformance).toBe('failed');
    expect(outcomes({ status: 200, headers: {}, bodyText: '{}' }).content_type_conformance).toBe('failed');
    expect(outcomes(response(204, { unexpected: true })).content_type_conformance).toBe('failed');
  });

  it('fails schema conformance for a body that is not JSON', () => {
    expect(outcomes(response(200, '{oops')).response_schema_conformance).toBe('failed');
  });

  it('treats 5xx as a server error unless the mock was asked for it', () => {
    expect(outcomes(response(500, undefined)).not_a_server_error).toBe('failed');
    expect(outcomes(response(500, undefined), 500).not_a_server_error).toBe('passed');
  });

  it('accepts a documented 501 (a capability the server lacks) but no other 5xx, documented or not', () => {
    expect(outcomes(response(501, undefined)).not_a_server_error).toBe('passed');
    expect(outcomes(response(500, undefined)).not_a_server_error).toBe('failed');
    expect(outcomes(response(503, undefined)).not_a_server_error).toBe('failed');
    const undocumented = listOperations(specFrom({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/x': { get: { operationId: 'X', responses: { '200': { description: 'ok' } } } } } }))[0] as OperationSpec;
    const result = checkResponse(ctx, undocumented, response(501, undefined)).find((c) => c.name === 'not_a_server_error');
    expect(result?.outcome).toBe('failed');
  });

  it('fails schema conformance, naming the schema, when the documented schema cannot be compiled', () => {
    const broken = specFrom({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/x': { get: { operationId: 'GetX', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'string', minLength: 'two' } } } } } } } },
    });
    const brokenOp = listOperations(broken)[0] as OperationSpec;
    const result = checkResponse(createContractContext(broken), brokenOp, response(200, JSON.stringify('anything'))).find((c) => c.name === 'response_schema_conformance');
    expect(result?.outcome).toBe('failed');
    expect(result?.message).toMatch(/^GetX 200 response_schema_conformance: the documented schema cannot be compiled, so the body cannot be checked: schema at #\/paths\/~1x\/get\/responses\/200\/content\/application~1json\/schema cannot be compiled: /);
    expect(result?.details?.[0]?.pointer).toBe('#/paths/~1x/get/responses/200/content/application~1json/schema');
  });
});
