import { describe, expect } from 'vitest';
import { LogtoApiError } from '../../../src/runtime/errors.js';
import { expectLogtoError, expectRawError, mixedCase } from '../support/expect-answer.js';
import { SKIP_KEYS } from '../support/live-plan.js';
import { liveTest as test } from '../support/live-test.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.concurrent('request validation comes first', () => {
  test('wrong types, missing fields and a status other than Accepted/Revoked are 400 guard.invalid_input, even for an id that does not exist', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const invitation = await s.invitation({ organizationId: org.id });
    const valid = { invitee: s.names.email('invitee'), organizationId: org.id, expiresAt: Date.now() + DAY_MS };
    const creates: unknown[] = [
      { ...valid, expiresAt: String(valid.expiresAt) },
      { ...valid, organizationId: 42 },
      { invitee: valid.invitee, expiresAt: valid.expiresAt },
      { ...valid, organizationRoleIds: 'not-an-array' },
      { ...valid, messagePayload: true },
    ];
    for (const json of creates) expectRawError(await s.raw('POST', '/api/organization-invitations', { json, invalid: true }), 400, 'guard.invalid_input');
    for (const id of [invitation.id, s.names.missingId()]) {
      for (const json of [{ status: 'Pending' }, { status: 'Expired' }, { status: 'accepted' }, {}, { status: 'Revoked', acceptedUserId: 5 }]) {
        expectRawError(await s.raw('PUT', `/api/organization-invitations/${id}/status`, { json, invalid: true }), 400, 'guard.invalid_input');
      }
      // On a real invitation a server that skipped validation could send an e-mail: only where that is allowed.
      if (id !== invitation.id || s.target.emailConnector === 'absent' || s.target.maySendEmail) {
        expectRawError(await s.raw('POST', `/api/organization-invitations/${id}/message`, { json: { locale: 5 }, invalid: true }), 400, 'guard.invalid_input');
      }
    }
    expect(await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id })).toEqual([invitation]);
  });

  test('a list filter given twice is 400 guard.invalid_input (the query guard wants one string)', async ({ live }) => {
    const s = live.main;
    const answer = await s.raw('GET', `/api/organization-invitations?organizationId=${s.names.missingId()}&organizationId=${s.names.missingId()}`, { invalid: true });
    const error = expectRawError(answer, 400, 'guard.invalid_input');
    expect(error.data).toMatchObject({ issues: [expect.objectContaining({ path: ['organizationId'], expected: 'string', received: 'array' })] });
  });
});

describe.concurrent('invitation lifecycle', () => {
  test('create returns every field; get, and list by each filter, return the same invitation', async ({ live }) => {
    const s = live.main;
    const [org, role, inviter] = await Promise.all([s.organization(), s.role(), s.user()]);
    // The invitee keeps the case it was created with; filters ignore case.
    const invitee = mixedCase(s.names.email('invitee'));
    const expiresAt = Date.now() + 3 * DAY_MS;
    const created = await s.logto.organizationInvitations.createOrganizationInvitation({
      invitee,
      organizationId: org.id,
      inviterId: inviter.id,
      expiresAt,
      organizationRoleIds: [role.id],
      messagePayload: false,
    });
    expect(created).toMatchObject({
      invitee,
      organizationId: org.id,
      inviterId: inviter.id,
      acceptedUserId: null,
      status: 'Pending',
      expiresAt,
      organizationRoles: [{ id: role.id, name: role.name }],
    });
    // Ids are short lowercase alphanumeric strings: invitations 21 characters, organizations and users 12.
    expect(created.id).toMatch(/^[a-z0-9]{21}$/);
    expect(org.id).toMatch(/^[a-z0-9]{12}$/);
    expect(inviter.id).toMatch(/^[a-z0-9]{12}$/);
    expect(typeof created.tenantId).toBe('string');
    expect(created.updatedAt).toBeGreaterThanOrEqual(created.createdAt);

    const fetched = await s.logto.organizationInvitations.getOrganizationInvitation(created.id);
    expect(fetched).toEqual(created);

    const byOrganization = await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id });
    expect(byOrganization).toEqual([created]);
    const byInviter = await s.logto.organizationInvitations.listOrganizationInvitations({ inviterId: inviter.id });
    expect(byInviter).toEqual([created]);
    for (const variant of [invitee.toLowerCase(), invitee.toUpperCase()]) {
      const byInvitee = await s.logto.organizationInvitations.listOrganizationInvitations({ invitee: variant });
      expect(byInvitee, `invitee filter "${variant}" ignores case`).toEqual([created]);
    }
    const all = await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id, inviterId: inviter.id, invitee: invitee.toLowerCase() });
    expect(all).toEqual([created]);
    // Filters combine with AND: a matching organization and a foreign invitee give nothing.
    const none = await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id, invitee: s.names.email('nobody') });
    expect(none).toEqual([]);
  });

  test('revoke, then every status change is refused, then delete, then 404 everywhere', async ({ live }) => {
    const s = live.main;
    const [org, user] = await Promise.all([s.organization(), s.user()]);
    const created = await s.invitation({ organizationId: org.id });

    const revoked = await s.api.PUT('/api/organization-invitations/{id}/status', { params: { path: { id: created.id } }, body: { status: 'Revoked' } });
    expect(revoked.response.status).toBe(200);
    expect(revoked.data).toMatchObject({ id: created.id, status: 'Revoked', acceptedUserId: null });
    expect(revoked.data?.updatedAt).toBeGreaterThanOrEqual(created.updatedAt);

    const again = await s.api.PUT('/api/organization-invitations/{id}/status', { params: { path: { id: created.id } }, body: { status: 'Revoked' } });
    expectLogtoError(again, 422, 'request.invalid_input');
    const accept = await s.api.PUT('/api/organization-invitations/{id}/status', { params: { path: { id: created.id } }, body: { status: 'Accepted', acceptedUserId: user.id } });
    expectLogtoError(accept, 422, 'request.invalid_input');
    const stillRevoked = await s.logto.organizationInvitations.getOrganizationInvitation(created.id);
    expect(stillRevoked.status).toBe('Revoked');

    const deleted = await s.api.DELETE('/api/organization-invitations/{id}', { params: { path: { id: created.id } } });
    expect(deleted.response.status).toBe(204);

    const error = await s.logto.organizationInvitations.getOrganizationInvitation(created.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoApiError);
    expect(error).toMatchObject({ status: 404, code: 'entity.not_found' });
    expectLogtoError(await s.api.DELETE('/api/organization-invitations/{id}', { params: { path: { id: created.id } } }), 404, 'entity.not_found');
    expectLogtoError(
      await s.api.PUT('/api/organization-invitations/{id}/status', { params: { path: { id: created.id } }, body: { status: 'Revoked' } }),
      404,
      'entity.not_found',
    );
    // The invitation is gone, so this cannot send anything.
    expectLogtoError(await s.api.POST('/api/organization-invitations/{id}/message', { params: { path: { id: created.id } }, body: {} }), 404, 'entity.not_found');
    expect(await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id })).toEqual([]);
  });

  test('an id that never existed is 404 entity.not_found for get, delete, status and message', async ({ live }) => {
    const s = live.main;
    const id = s.names.missingId();
    const path = { params: { path: { id } } };
    expectLogtoError(await s.api.GET('/api/organization-invitations/{id}', path), 404, 'entity.not_found');
    expectLogtoError(await s.api.DELETE('/api/organization-invitations/{id}', path), 404, 'entity.not_found');
    expectLogtoError(await s.api.PUT('/api/organization-invitations/{id}/status', { ...path, body: { status: 'Revoked' } }), 404, 'entity.not_found');
    expectLogtoError(await s.api.POST('/api/organization-invitations/{id}/message', { ...path, body: { locale: 'en' } }), 404, 'entity.not_found');
  });

  test('create without messagePayload (optional, unlike the served spec says) and with unknown fields and query parameters', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const invitee = s.names.email('invitee');
    const created = await s.raw('POST', '/api/organization-invitations', {
      json: { invitee, organizationId: org.id, expiresAt: Date.now() + DAY_MS, inviterId: null, unknownField: 'ignored' },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ invitee, organizationId: org.id, inviterId: null, status: 'Pending', organizationRoles: [] });
    expect(created.json).not.toHaveProperty('unknownField');
    const listed = await s.raw('GET', `/api/organization-invitations?organizationId=${encodeURIComponent(org.id)}&unknownParameter=1`);
    expect(listed.status).toBe(200);
    expect(listed.json).toEqual([created.json]);
  });

  test('without filters the list holds every invitation of the tenant', async ({ live, skip }) => {
    const reason = live.plan.skips[SKIP_KEYS.unfilteredList];
    if (reason) skip(reason);
    const s = live.main;
    const [orgA, orgB] = await Promise.all([s.organization(), s.organization()]);
    const [a, b] = await Promise.all([s.invitation({ organizationId: orgA.id }), s.invitation({ organizationId: orgB.id })]);
    const all = await s.logto.organizationInvitations.listOrganizationInvitations();
    expect(all.map((i) => i.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  test('a missing body or a body that is not JSON is refused with 400', async ({ live }) => {
    const s = live.main;
    const notJson = await s.raw('POST', '/api/organization-invitations', { text: '{"invitee": ', invalid: true });
    expect(notJson.status).toBe(400);
    // Logto's body parser answers before its error handling: a message, no code.
    expect(notJson.json).toMatchObject({ message: expect.any(String) });
    expect(notJson.json).not.toHaveProperty('code');
    const empty = await s.raw('POST', '/api/organization-invitations', { invalid: true });
    expectRawError(empty, 400, 'guard.invalid_input');
  });
});
