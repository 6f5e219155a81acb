import { describe, expect, it } from 'vitest';
import { createContractContext } from '../context.js';
import { listOperations, type OperationSpec } from '../spec/operations.js';
import { specFrom } from '../test-support.js';
import { buildValidRequest } from './build-valid-request.js';
import { buildInvalidRequests } from './build-invalid-requests.js';
import { sampleFromRegex } from './regex-sample.js';
import { toFetchArgs } from './encode.js';

const INVITATION_BODY = {
  type: 'object',
  required: ['invitee', 'organizationId', 'expiresAt'],
  properties: {
    invitee: { type: 'string', format: 'email' },
    organizationId: { type: 'string', minLength: 1 },
    expiresAt: { type: 'number' },
    inviterId: { type: 'string', nullable: true },
    messagePayload: { default: false, oneOf: [{ type: 'object', properties: { link: { type: 'string' } } }, { type: 'boolean', format: 'false' }] },
  },
};

function setup(): { ctx: ReturnType<typeof createContractContext>; ops: OperationSpec[] } {
  const spec = specFrom({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    components: { securitySchemes: { ManagementApi: { type: 'http', scheme: 'bearer' } } },
    security: [{ ManagementApi: [] }],
    paths: {
      '/orgs/{id}/invitations': {
        post: {
          operationId: 'CreateInvitation',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', maxLength: 12 }, example: 'org 1' },
            { name: 'status', in: 'query', required: false, schema: { type: 'string', enum: ['Pending', 'Revoked'] } },
            { name: 'page', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } },
            { name: 'colour', in: 'query', required: false, schema: { type: 'string', pattern: '/^#[\\da-f]{3}$/i' } },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: INVITATION_BODY, example: { invitee: 'not-an-email' } } } },
          responses: { '201': { description: 'created' } },
        },
      },
      '/status': { get: { operationId: 'GetStatus', security: [], responses: { '204': { description: 'up' } } } },
    },
  });
  return { ctx: createContractContext(spec), ops: listOperations(spec) };
}

describe('sampleFromRegex', () => {
  it.each([
    ['^\\d+$'],
    ['^#[\\da-f]{3}([\\da-f]{3})?$'],
    ['^[A-Z_a-z]\\w*$'],
    ['^\\S+@\\S+\\.\\S+$'],
    ['^\\d{4}(-\\d{2}){2}$'],
    ['^(?:abc|def)[^x]{2,5}$'],
  ])('produces a string matching %s', (source) => {
    const value = sampleFromRegex(source);
    expect(value).toBeDefined();
    expect(new RegExp(source, 'u').test(value as string)).toBe(true);
  });

  it('gives up (undefined) instead of returning a non-matching string', () => {
    expect(sampleFromRegex('^(?=a)b$')).toBeUndefined();
  });
});

describe('buildValidRequest', () => {
  it('fills required parameters and body, skips optional ones, ignores an invalid example, adds the bearer token', () => {
    const { ctx, ops } = setup();
    const built = buildValidRequest(ctx, ops[0] as OperationSpec, { bearerToken: 'tok' });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const { request } = built;
    expect(request.path).toBe('/orgs/org%201/invitations');
    expect(request.query).toEqual([['page', '1']]);
    expect(request.headers.authorization).toBe('Bearer tok');
    expect(request.body?.value).toEqual({ invitee: 'user@example.com', organizationId: 'string', expiresAt: 1 });
    const verdict = ctx.validator.validate(INVITATION_BODY, request.body?.value, '#/b');
    expect(verdict.valid).toBe(true);
    const { url, init } = toFetchArgs('http://127.0.0.1:1/', request);
    expect(url).toBe('http://127.0.0.1:1/orgs/org%201/invitations?page=1');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('sends no credentials to an operation with empty security', () => {
    const { ctx, ops } = setup();
    const built = buildValidRequest(ctx, ops[1] as OperationSpec, { bearerToken: 'tok' });
    expect(built.ok && built.request.headers).toEqual({});
  });
});

describe('buildInvalidRequests', () => {
  it('derives missing-field and wrong-type requests, each one the spec rejects', () => {
    const { ctx, ops } = setup();
    const op = ops[0] as OperationSpec;
    const cases = buildInvalidRequests(ctx, op, {}, 50);
    const names = cases.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'path.id: invalid value',
        'query.page: missing',
        'query.page: wrong type',
        'query.status: invalid value',
        'body: wrong type',
        'body.invitee: missing',
        'body.invitee: wrong type',
        'body.expiresAt: wrong type',
      ]),
    );
    const longId = cases.find((c) => c.name === 'path.id: invalid value');
    expect(longId?.request.path).toBe(`/orgs/${'x'.repeat(13)}/invitations`);
    for (const c of cases.filter((x) => x.name.startsWith('body'))) {
      expect(ctx.validator.validate(INVITATION_BODY, c.request.body?.value, '#/b').valid, c.name).toBe(false);
    }
    expect(buildInvalidRequests(ctx, op).length).toBeLessThanOrEqual(3);
    expect(buildInvalidRequests(ctx, op).map((c) => c.name)).toEqual(['path.id: invalid value', 'query.page: missing', 'query.page: wrong type']);
  });

  it('derives nothing for an operation without inputs', () => {
    const { ctx, ops } = setup();
    expect(buildInvalidRequests(ctx, ops[1] as OperationSpec)).toEqual([]);
  });
});
