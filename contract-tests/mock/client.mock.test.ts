import { beforeAll, describe, expect, it } from 'vitest';
import { createLogtoClient, LogtoApiError, type OrganizationInvitation } from '../../src/index.js';
import { createContractContext, listOperations, type OperationSpec } from '../lib/index.js';
import { suiteSpec } from './suite-spec.js';
import { prismServing } from './suite-prisms.js';

// The generated client end to end through the mock: every seed method goes over HTTP to Prism
// and its result is checked against the spec the mock serves (ours, or the one given by --spec).
const spec = await suiteSpec();
const ctx = createContractContext(spec);
const operations = new Map(listOperations(spec).map((op) => [op.operationId, op]));
const SEED = ['ListOrganizationInvitations', 'CreateOrganizationInvitation', 'GetOrganizationInvitation', 'DeleteOrganizationInvitation', 'ReplaceOrganizationInvitationStatus', 'CreateOrganizationInvitationMessage'];
const missing = SEED.filter((id) => !operations.has(id));

let endpoint = '';
function client() {
  return createLogtoClient({ endpoint, getToken: async () => 'mock-token', retry: false });
}

/** The documented success response of an operation: its schema and (when given) its example. */
function success(operationId: string): { status: string; schema?: Record<string, unknown>; example?: unknown; hasExample: boolean } {
  const op = operations.get(operationId) as OperationSpec;
  const response = op.responses.find((r) => /^2\d\d$/.test(r.status));
  if (!response) throw new Error(`${operationId} documents no 2xx response`);
  const media = response.content['application/json'];
  return { status: response.status, ...(media?.schema ? { schema: media.schema } : {}), ...(media?.hasExample ? { example: media.example } : {}), hasExample: media?.hasExample ?? false };
}

/** The value must be what the spec documents: valid against the schema, equal to the example if one is given. */
function expectDocumented(operationId: string, value: unknown): void {
  const { schema, example, hasExample, status } = success(operationId);
  if (!schema) throw new Error(`${operationId} ${status} documents no JSON schema`);
  const verdict = ctx.validator.validate(schema, value, `${operationId} ${status}`);
  expect(verdict.valid === true ? [] : verdict.valid === false ? verdict.issues : [verdict.reason]).toEqual([]);
  if (hasExample) expect(value).toEqual(example);
}

function expectInvitation(invitation: OrganizationInvitation): void {
  expect(typeof invitation.id).toBe('string');
  expect(typeof invitation.organizationId).toBe('string');
  expect(typeof invitation.expiresAt).toBe('number');
  expect(['Pending', 'Accepted', 'Expired', 'Revoked']).toContain(invitation.status);
  expect(Array.isArray(invitation.organizationRoles)).toBe(true);
}

describe.skipIf(missing.length > 0)(`generated client through the Prism mock (${missing.length > 0 ? `spec lacks ${missing.join(', ')}` : 'six seed methods'})`, () => {
  beforeAll(async () => {
    // The Prism that mocks the invitation paths (each Prism of the run serves one resource's paths together).
    endpoint = (await prismServing('/api/organization-invitations')).baseUrl;
  });

  it('listOrganizationInvitations returns the documented array', async () => {
    const list: OrganizationInvitation[] = await client().organizationInvitations.listOrganizationInvitations({ organizationId: 'org_1' });
    expect(Array.isArray(list)).toBe(true);
    list.forEach(expectInvitation);
    expectDocumented('ListOrganizationInvitations', list);
  });

  it('createOrganizationInvitation returns the created invitation', async () => {
    const created: OrganizationInvitation = await client().organizationInvitations.createOrganizationInvitation({
      invitee: 'invitee@example.com',
      organizationId: 'org_1',
      expiresAt: Date.now() + 86_400_000,
      organizationRoleIds: [],
      messagePayload: false,
    });
    expectInvitation(created);
    expectDocumented('CreateOrganizationInvitation', created);
  });

  it('getOrganizationInvitation returns one invitation', async () => {
    const invitation: OrganizationInvitation = await client().organizationInvitations.getOrganizationInvitation('inv_1');
    expectInvitation(invitation);
    expectDocumented('GetOrganizationInvitation', invitation);
  });

  it('deleteOrganizationInvitation resolves with nothing', async () => {
    const result: void = await client().organizationInvitations.deleteOrganizationInvitation('inv_1');
    expect(result).toBeUndefined();
  });

  it('replaceOrganizationInvitationStatus returns the updated invitation', async () => {
    const updated: OrganizationInvitation = await client().organizationInvitations.replaceOrganizationInvitationStatus('inv_1', { status: 'Revoked' });
    expectInvitation(updated);
    expectDocumented('ReplaceOrganizationInvitationStatus', updated);
  });

  it('createOrganizationInvitationMessage resolves with nothing', async () => {
    const result: void = await client().organizationInvitations.createOrganizationInvitationMessage('inv_1', { link: 'https://example.com/invite' });
    expect(result).toBeUndefined();
  });

  it('a documented error status surfaces as a typed LogtoApiError', async () => {
    const error = await client()
      .organizationInvitations.getOrganizationInvitation('inv_1', { headers: { Prefer: 'code=404' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoApiError);
    expect((error as LogtoApiError).status).toBe(404);
    expect((error as LogtoApiError).operationId).toBe('GetOrganizationInvitation');
  });

  it('a request the spec forbids is refused by the mock and reported as a LogtoApiError', async () => {
    const body = { invitee: 42 } as unknown as Parameters<ReturnType<typeof client>['organizationInvitations']['createOrganizationInvitation']>[0];
    const error = await client().organizationInvitations.createOrganizationInvitation(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoApiError);
    expect([400, 422]).toContain((error as LogtoApiError).status);
  });
});
