import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, inOneHour, startTestServer, unique, startTimeoutMs, type TestServer } from './harness.js';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
}, startTimeoutMs);
afterAll(() => test.stop());

const invitationKeys = ['tenantId', 'id', 'inviterId', 'invitee', 'acceptedUserId', 'organizationId', 'status', 'createdAt', 'updatedAt', 'expiresAt', 'organizationRoles'].sort();

async function createInvitation(body: Record<string, unknown>) {
  return test.api('POST', '/api/organization-invitations', { body: { expiresAt: inOneHour(), ...body } });
}

describe('the invitation entity', () => {
  it('has every field, epoch-ms times, a 21-char lowercase id, and keeps the invitee case', async () => {
    const { organizationId, role } = await fixture(test);
    const invitee = `${unique('Mixed.Case')}@Example.COM`;
    const expiresAt = inOneHour();
    const before = test.now();
    const response = await createInvitation({ invitee, organizationId, expiresAt, organizationRoleIds: [role.id] });
    const after = test.now();
    expect(response.status).toBe(201);
    const invitation = response.json;
    expect(Object.keys(invitation).sort()).toEqual(invitationKeys);
    expect(invitation).toMatchObject({ tenantId: 'default', inviterId: null, acceptedUserId: null, invitee, organizationId, status: 'Pending', expiresAt, organizationRoles: [{ id: role.id, name: role.name }] });
    expect(invitation.id).toMatch(/^[0-9a-z]{21}$/);
    expect(typeof invitation.createdAt).toBe('number');
    expect(invitation.updatedAt).toBe(invitation.createdAt);
    // Stamped by the server's clock while the request was handled.
    expect(invitation.createdAt).toBeGreaterThanOrEqual(before);
    expect(invitation.createdAt).toBeLessThanOrEqual(after);
  });

  it('organization and user ids are 12 lowercase alphanumerics', async () => {
    const organization = await test.api('POST', '/api/organizations', { body: { name: 'ids' } });
    const user = await test.api('POST', '/api/users', { body: {} });
    expect(organization.json.id).toMatch(/^[0-9a-z]{12}$/);
    expect(user.json.id).toMatch(/^[0-9a-z]{12}$/);
  });

  it('GET by id returns the same entity', async () => {
    const { organizationId } = await fixture(test);
    const created = (await createInvitation({ invitee: `${unique('g')}@example.com`, organizationId })).json;
    const fetched = await test.api('GET', `/api/organization-invitations/${created.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.json).toEqual(created);
  });
});

describe('create: validation comes first (400 guard.invalid_input)', () => {
  it.each([
    ['a missing invitee', { organizationId: 'o' }, 'invitee'],
    ['an invitee that is not an email', { invitee: 'not-an-email', organizationId: 'o' }, 'invitee'],
    ['a missing organizationId', { invitee: 'a@example.com' }, 'organizationId'],
    ['an organizationId of the wrong type', { invitee: 'a@example.com', organizationId: 42 }, 'organizationId'],
    ['an expiresAt that is a string', { invitee: 'a@example.com', organizationId: 'o', expiresAt: 'tomorrow' }, 'expiresAt'],
    ['organizationRoleIds that is not an array', { invitee: 'a@example.com', organizationId: 'o', organizationRoleIds: 'r' }, 'organizationRoleIds'],
    ['a messagePayload of true', { invitee: 'a@example.com', organizationId: 'o', messagePayload: true }, 'messagePayload'],
    ['an inviterId that is a number', { invitee: 'a@example.com', organizationId: 'o', inviterId: 5 }, 'inviterId'],
  ])('%s', async (_, body, field) => {
    const response = await createInvitation(body);
    expect(response.status).toBe(400);
    expect(response.json.code).toBe('guard.invalid_input');
    expect(response.json.data.issues.map((issue: { path: string[] }) => issue.path.join('.'))).toContain(field);
    expect(typeof response.json.details).toBe('string');
    expect(response.json.details).not.toContain('\n');
    for (const issue of response.json.data.issues) expect(issue).toMatchObject({ path: expect.any(Array), message: expect.any(String) });
  });

  it('a missing expiresAt is reported as Required', async () => {
    const response = await test.api('POST', '/api/organization-invitations', { body: { invitee: 'a@example.com', organizationId: 'o' } });
    expect(response.status).toBe(400);
    expect(response.json.data.issues).toContainEqual(expect.objectContaining({ path: ['expiresAt'], message: 'Required' }));
  });

  it('validation wins over every later rule (past expiry, unknown organization)', async () => {
    const response = await test.api('POST', '/api/organization-invitations', { body: { invitee: 'bad', organizationId: 'does-not-exist', expiresAt: 1 } });
    expect(response.status).toBe(400);
    expect(response.json.code).toBe('guard.invalid_input');
  });

  it('ignores unknown body fields and accepts inviterId null and messagePayload false', async () => {
    const { organizationId } = await fixture(test);
    const response = await createInvitation({ invitee: `${unique('x')}@example.com`, organizationId, inviterId: null, messagePayload: false, surprise: 'ignored' });
    expect(response.status).toBe(201);
    expect(response.json).not.toHaveProperty('surprise');
  });
});

describe('create: business rules', () => {
  it('expiresAt not in the future → 400 request.invalid_input', async () => {
    const { organizationId } = await fixture(test);
    for (const expiresAt of [Date.now() - 1000, 0]) {
      const response = await createInvitation({ invitee: `${unique('p')}@example.com`, organizationId, expiresAt });
      expect(response.status).toBe(400);
      expect(response.json.code).toBe('request.invalid_input');
    }
  });

  it('an invitee who is already a member (exactly this primary email) → 422 request.invalid_input; another case is not a member (Logto compares exactly)', async () => {
    const { organizationId, email, userId } = await fixture(test);
    expect((await test.api('POST', `/api/organizations/${organizationId}/users`, { body: { userIds: [userId] } })).status).toBe(201);
    const response = await createInvitation({ invitee: email, organizationId });
    expect(response.status).toBe(422);
    expect(response.json.code).toBe('request.invalid_input');
    const otherCase = await createInvitation({ invitee: email.toUpperCase(), organizationId });
    expect(otherCase.status).toBe(201);
    // The member may accept it (e-mails compared without case there): membership is unchanged.
    const accepted = await test.api('PUT', `/api/organization-invitations/${otherCase.json.id}/status`, { body: { status: 'Accepted', acceptedUserId: userId } });
    expect(accepted.status).toBe(200);
  });

  it.each([['organization'], ['inviter'], ['role']])('an unknown %s → 422 entity.relation_foreign_key_not_found and nothing is written', async (which) => {
    const { organizationId, userId, role } = await fixture(test);
    const invitee = `${unique('fk')}@example.com`;
    const body = {
      invitee,
      organizationId: which === 'organization' ? 'missingorg01' : organizationId,
      inviterId: which === 'inviter' ? 'missinguser1' : userId,
      organizationRoleIds: which === 'role' ? [role.id, 'missing-role'] : [role.id],
    };
    const response = await createInvitation(body);
    expect(response.status).toBe(422);
    expect(response.json.code).toBe('entity.relation_foreign_key_not_found');
    const list = await test.api('GET', `/api/organization-invitations?invitee=${encodeURIComponent(invitee)}`);
    expect(list.json).toEqual([]);
  });

  it('a second Pending invitation for the same organization and invitee (same case) → 422 entity.unique_integrity_violation; another case is another invitee', async () => {
    const { organizationId } = await fixture(test);
    const invitee = `${unique('dup')}@example.com`;
    expect((await createInvitation({ invitee, organizationId })).status).toBe(201);
    const second = await createInvitation({ invitee, organizationId });
    expect(second.status).toBe(422);
    expect(second.json.code).toBe('entity.unique_integrity_violation');
    expect((await createInvitation({ invitee: invitee.toUpperCase(), organizationId })).status).toBe(201);
  });

  it('an invitee longer than the 256 characters Logto stores → 422 entity.value_too_long, nothing written', async () => {
    const { organizationId } = await fixture(test);
    const invitee = `${unique('long')}${'a'.repeat(256)}@example.com`;
    const response = await createInvitation({ invitee, organizationId });
    expect(response.status).toBe(422);
    expect(response.json).toMatchObject({ code: 'entity.value_too_long', data: { message: 'value too long for type character varying(256)' } });
    expect((await test.api('GET', `/api/organization-invitations?organizationId=${organizationId}`)).json).toEqual([]);
  });

  it('the same invitee may be invited to other organizations', async () => {
    const first = await fixture(test);
    const second = await fixture(test);
    const invitee = `${unique('multi')}@example.com`;
    expect((await createInvitation({ invitee, organizationId: first.organizationId })).status).toBe(201);
    expect((await createInvitation({ invitee, organizationId: second.organizationId })).status).toBe(201);
  });

  it('a new invitation is allowed once the previous one is no longer Pending (revoked)', async () => {
    const { organizationId } = await fixture(test);
    const invitee = `${unique('again')}@example.com`;
    const first = (await createInvitation({ invitee, organizationId })).json;
    await test.api('PUT', `/api/organization-invitations/${first.id}/status`, { body: { status: 'Revoked' } });
    expect((await createInvitation({ invitee, organizationId })).status).toBe(201);
  });

  it('a messagePayload object without an e-mail connector → 501 connector.not_found and nothing is written', async () => {
    const { organizationId } = await fixture(test);
    const invitee = `${unique('mail')}@example.com`;
    const response = await createInvitation({ invitee, organizationId, messagePayload: { link: 'https://example.com/accept' } });
    expect(response.status).toBe(501);
    expect(response.json.code).toBe('connector.not_found');
    expect((await test.api('GET', `/api/organization-invitations?invitee=${encodeURIComponent(invitee)}`)).json).toEqual([]);
    // And the slot is still free: the failed create left no Pending row behind.
    expect((await createInvitation({ invitee, organizationId })).status).toBe(201);
  });
});

describe('expiry is computed on read', () => {
  it('a Pending invitation past expiresAt reads as Expired (get and list), and a new one may then be created', async () => {
    const { organizationId } = await fixture(test);
    const invitee = `${unique('exp')}@example.com`;
    const created = (await createInvitation({ invitee, organizationId, expiresAt: Date.now() + 60_000 })).json;
    test.clock.offsetMs = 120_000;
    try {
      expect((await test.api('GET', `/api/organization-invitations/${created.id}`)).json.status).toBe('Expired');
      const listed = await test.api('GET', `/api/organization-invitations?organizationId=${organizationId}`);
      expect(listed.json.map((invitation: { status: string }) => invitation.status)).toEqual(['Expired']);
      const again = await createInvitation({ invitee, organizationId, expiresAt: Date.now() + 600_000 });
      expect(again.status).toBe(201);
      expect(again.json.status).toBe('Pending');
      const statuses = (await test.api('GET', `/api/organization-invitations?organizationId=${organizationId}`)).json.map((invitation: { status: string }) => invitation.status).sort();
      expect(statuses).toEqual(['Expired', 'Pending']);
    } finally {
      test.clock.offsetMs = 0;
    }
  });

  it('an Expired invitation is final: 422 request.invalid_input on any status change', async () => {
    const { organizationId, email, userId } = await fixture(test);
    const created = (await createInvitation({ invitee: email, organizationId, expiresAt: Date.now() + 60_000 })).json;
    test.clock.offsetMs = 120_000;
    try {
      for (const body of [{ status: 'Revoked' }, { status: 'Accepted', acceptedUserId: userId }]) {
        const response = await test.api('PUT', `/api/organization-invitations/${created.id}/status`, { body });
        expect(response.status).toBe(422);
        expect(response.json.code).toBe('request.invalid_input');
      }
    } finally {
      test.clock.offsetMs = 0;
    }
  });
});

describe('status changes', () => {
  it('Revoked: 200 with the updated entity; then final', async () => {
    const { organizationId } = await fixture(test);
    const created = (await createInvitation({ invitee: `${unique('rev')}@example.com`, organizationId })).json;
    // updatedAt is the server's clock at the change (moved on 5 s, so it cannot be the creation's).
    test.clock.offsetMs = 5_000;
    let revoked;
    try {
      revoked = await test.api('PUT', `/api/organization-invitations/${created.id}/status`, { body: { status: 'Revoked' } });
    } finally {
      test.clock.offsetMs = 0;
    }
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({ id: created.id, status: 'Revoked', acceptedUserId: null });
    expect(revoked.json.updatedAt).toBeGreaterThanOrEqual(created.updatedAt + 5_000);
    // A final status is refused before the accepting user is looked up: an unknown user is a 422 too.
    for (const status of ['Revoked', 'Accepted']) {
      const again = await test.api('PUT', `/api/organization-invitations/${created.id}/status`, { body: { status, acceptedUserId: 'whoever' } });
      expect(again.status).toBe(422);
      expect(again.json.code).toBe('request.invalid_input');
    }
  });

  it('a status other than Accepted/Revoked → 400 guard.invalid_input', async () => {
    for (const status of ['Pending', 'Expired', 'accepted', 7]) {
      const response = await test.api('PUT', '/api/organization-invitations/whatever/status', { body: { status } });
      expect(response.status).toBe(400);
      expect(response.json.code).toBe('guard.invalid_input');
    }
  });

  it('Accepted without acceptedUserId → 422 request.invalid_input', async () => {
    const { organizationId } = await fixture(test);
    const created = (await createInvitation({ invitee: `${unique('noacc')}@example.com`, organizationId })).json;
    for (const body of [{ status: 'Accepted' }, { status: 'Accepted', acceptedUserId: null }]) {
      const response = await test.api('PUT', `/api/organization-invitations/${created.id}/status`, { body });
      expect(response.status).toBe(422);
      expect(response.json.code).toBe('request.invalid_input');
    }
  });

  it('Accepted by an unknown user → 404 entity.not_found', async () => {
    const { organizationId } = await fixture(test);
    const created = (await createInvitation({ invitee: `${unique('unk')}@example.com`, organizationId })).json;
    const response = await test.api('PUT', `/api/organization-invitations/${created.id}/status`, { body: { status: 'Accepted', acceptedUserId: 'nosuchuser12' } });
    expect(response.status).toBe(404);
    expect(response.json.code).toBe('entity.not_found');
  });

  it('Accepted by a user whose primary email is not the invitee → 422 request.invalid_input', async () => {
    const { organizationId } = await fixture(test);
    const other = (await test.api('POST', '/api/users', { body: { primaryEmail: `${unique('other')}@example.com` } })).json;
    const created = (await createInvitation({ invitee: `${unique('mismatch')}@example.com`, organizationId })).json;
    const response = await test.api('PUT', `/api/organization-invitations/${created.id}/status`, { body: { status: 'Accepted', acceptedUserId: other.id } });
    expect(response.status).toBe(422);
    expect(response.json.code).toBe('request.invalid_input');
    expect((await test.api('GET', `/api/organization-invitations/${created.id}`)).json.status).toBe('Pending');
  });

  it('Accepted (email matched case-insensitively) adds the member with the invitation roles and changes updatedAt', async () => {
    const { organizationId, email, userId, role } = await fixture(test);
    const created = (await createInvitation({ invitee: email.toUpperCase(), organizationId, organizationRoleIds: [role.id] })).json;
    test.clock.offsetMs = 5_000;
    let accepted;
    try {
      accepted = await test.api('PUT', `/api/organization-invitations/${created.id}/status`, { body: { status: 'Accepted', acceptedUserId: userId } });
    } finally {
      test.clock.offsetMs = 0;
    }
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ status: 'Accepted', acceptedUserId: userId, organizationRoles: [{ id: role.id, name: role.name }] });
    expect(accepted.json.updatedAt).toBeGreaterThanOrEqual(created.updatedAt + 5_000);
    const members = await test.api('GET', `/api/organizations/${organizationId}/users`);
    expect(members.json).toEqual([expect.objectContaining({ id: userId, organizationRoles: [{ id: role.id, name: role.name }] })]);
    const organizations = await test.api('GET', `/api/users/${userId}/organizations`);
    expect(organizations.json).toEqual([expect.objectContaining({ id: organizationId, organizationRoles: [{ id: role.id, name: role.name }] })]);
    const again = await test.api('PUT', `/api/organization-invitations/${created.id}/status`, { body: { status: 'Revoked' } });
    expect(again.status).toBe(422);
    expect(again.json.code).toBe('request.invalid_input');
  });

  it('an invitation granting a MachineToMachine role: accepting it → 422 entity.db_constraint_violated, nothing changes', async () => {
    const { organizationId, email, userId } = await fixture(test);
    const machine = (await test.api('POST', '/api/organization-roles', { body: { name: unique('m2m-'), type: 'MachineToMachine' } })).json;
    const created = (await createInvitation({ invitee: email, organizationId, organizationRoleIds: [machine.id] })).json;
    expect(created.organizationRoles).toEqual([{ id: machine.id, name: machine.name }]);
    const accepted = await test.api('PUT', `/api/organization-invitations/${created.id}/status`, { body: { status: 'Accepted', acceptedUserId: userId } });
    expect(accepted.status).toBe(422);
    expect(accepted.json.code).toBe('entity.db_constraint_violated');
    expect((await test.api('GET', `/api/organization-invitations/${created.id}`)).json.status).toBe('Pending');
    expect((await test.api('GET', `/api/users/${userId}/organizations`)).json).toEqual([]);
  });

  it('body validation comes before the 404 of an unknown invitation', async () => {
    const response = await test.api('PUT', '/api/organization-invitations/nosuchinvitation00000/status', { body: {} });
    expect(response.status).toBe(400);
  });
});

describe('unknown ids → 404 entity.not_found', () => {
  it.each([
    ['GET', '', undefined],
    ['DELETE', '', undefined],
    ['PUT', '/status', { status: 'Revoked' }],
    ['POST', '/message', {}],
  ])('%s /api/organization-invitations/{unknown}%s', async (method, suffix, body) => {
    const response = await test.api(method, `/api/organization-invitations/nosuchinvitation00000${suffix}`, body === undefined ? {} : { body });
    expect(response.status).toBe(404);
    expect(response.json).toMatchObject({ code: 'entity.not_found', message: expect.any(String) });
  });
});

describe('delete', () => {
  it('204, then the invitation is gone', async () => {
    const { organizationId } = await fixture(test);
    const created = (await createInvitation({ invitee: `${unique('del')}@example.com`, organizationId })).json;
    const deleted = await test.api('DELETE', `/api/organization-invitations/${created.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await test.api('GET', `/api/organization-invitations/${created.id}`)).status).toBe(404);
  });
});

describe('resend (/message)', () => {
  it('without an e-mail connector → 501 connector.not_found', async () => {
    const { organizationId } = await fixture(test);
    const created = (await createInvitation({ invitee: `${unique('re')}@example.com`, organizationId })).json;
    const response = await test.api('POST', `/api/organization-invitations/${created.id}/message`, { body: { link: 'https://example.com' } });
    expect(response.status).toBe(501);
    expect(response.json.code).toBe('connector.not_found');
  });

  it('a body field of the wrong type → 400 guard.invalid_input', async () => {
    const response = await test.api('POST', '/api/organization-invitations/whatever/message', { body: { code: 123 } });
    expect(response.status).toBe(400);
    expect(response.json.code).toBe('guard.invalid_input');
  });
});

describe('list', () => {
  it('filters combine with AND, invitee is case-insensitive, unknown query parameters are ignored, no pagination', async () => {
    const a = await fixture(test);
    const b = await fixture(test);
    const invitee = `${unique('Filter')}@example.com`;
    const inA = (await createInvitation({ invitee, organizationId: a.organizationId, inviterId: a.userId })).json;
    const inB = (await createInvitation({ invitee, organizationId: b.organizationId })).json;
    await createInvitation({ invitee: `${unique('else')}@example.com`, organizationId: a.organizationId });

    const byInvitee = await test.api('GET', `/api/organization-invitations?invitee=${encodeURIComponent(invitee.toLowerCase())}&bogus=1`);
    expect(byInvitee.status).toBe(200);
    expect(byInvitee.json.map((invitation: { id: string }) => invitation.id).sort()).toEqual([inA.id, inB.id].sort());
    expect(byInvitee.headers.get('total-number')).toBeNull();

    const both = await test.api('GET', `/api/organization-invitations?invitee=${encodeURIComponent(invitee)}&organizationId=${a.organizationId}`);
    expect(both.json.map((invitation: { id: string }) => invitation.id)).toEqual([inA.id]);

    const byInviter = await test.api('GET', `/api/organization-invitations?inviterId=${a.userId}`);
    expect(byInviter.json.map((invitation: { id: string }) => invitation.id)).toEqual([inA.id]);

    const none = await test.api('GET', `/api/organization-invitations?organizationId=${a.organizationId}&inviterId=${b.userId}`);
    expect(none.json).toEqual([]);
  });

  it('without filters holds every invitation of the tenant', async () => {
    const { organizationId } = await fixture(test);
    const created = (await createInvitation({ invitee: `${unique('all')}@example.com`, organizationId })).json;
    const all = await test.api('GET', '/api/organization-invitations');
    expect(all.json.length).toBeGreaterThan(1);
    expect(all.json.map((invitation: { id: string }) => invitation.id)).toContain(created.id);
  });
});

describe('cascades', () => {
  it('deleting the organization deletes its invitations', async () => {
    const { organizationId } = await fixture(test);
    const created = (await createInvitation({ invitee: `${unique('casc')}@example.com`, organizationId })).json;
    expect((await test.api('DELETE', `/api/organizations/${organizationId}`)).status).toBe(204);
    expect((await test.api('GET', `/api/organization-invitations/${created.id}`)).status).toBe(404);
  });

  it('deleting the inviter deletes the invitations they sent', async () => {
    const { organizationId, userId } = await fixture(test);
    const created = (await createInvitation({ invitee: `${unique('inv')}@example.com`, organizationId, inviterId: userId })).json;
    expect((await test.api('DELETE', `/api/users/${userId}`)).status).toBe(204);
    expect((await test.api('GET', `/api/organization-invitations/${created.id}`)).status).toBe(404);
  });

  it('deleting the accepting user deletes the invitations they accepted', async () => {
    const { organizationId, email, userId } = await fixture(test);
    const created = (await createInvitation({ invitee: email, organizationId })).json;
    await test.api('PUT', `/api/organization-invitations/${created.id}/status`, { body: { status: 'Accepted', acceptedUserId: userId } });
    expect((await test.api('DELETE', `/api/users/${userId}`)).status).toBe(204);
    expect((await test.api('GET', `/api/organization-invitations/${created.id}`)).status).toBe(404);
  });

  it('deleting a role removes it from invitations', async () => {
    const { organizationId, role } = await fixture(test);
    const created = (await createInvitation({ invitee: `${unique('role')}@example.com`, organizationId, organizationRoleIds: [role.id] })).json;
    expect((await test.api('DELETE', `/api/organization-roles/${role.id}`)).status).toBe(204);
    expect((await test.api('GET', `/api/organization-invitations/${created.id}`)).json.organizationRoles).toEqual([]);
  });
});
