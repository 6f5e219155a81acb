import { describe, expect } from 'vitest';
import { expectLogtoError, mixedCase } from '../support/expect-answer.js';
import { liveTest as test } from '../support/live-test.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.concurrent('create invitation: refusals', () => {
  test('an invitee that is not an e-mail address is 400 guard.invalid_input, with issues', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    for (const invitee of ['not-an-email', `${s.names.prefix}x@`, '']) {
      const result = await s.api.POST('/api/organization-invitations', {
        body: { invitee, organizationId: org.id, expiresAt: Date.now() + DAY_MS, messagePayload: false },
        headers: { 'x-contract-intent': 'invalid' },
      });
      const error = expectLogtoError(result, 400, 'guard.invalid_input');
      expect(error.data).toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: ['invitee'], message: expect.any(String) })]) });
      expect(typeof error.details).toBe('string');
    }
    expect(await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id })).toEqual([]);
  });

  test('an expiry that is not in the future is 400 request.invalid_input', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    for (const expiresAt of [s.serverNow() - DAY_MS, s.serverNow() - 1_000]) {
      const result = await s.api.POST('/api/organization-invitations', {
        body: { invitee: s.names.email('invitee'), organizationId: org.id, expiresAt, messagePayload: false },
      });
      const error = expectLogtoError(result, 400, 'request.invalid_input');
      // The reason is in the message; Logto's body has `details` only for a malformed body.
      expect(error.message).toContain('expiresAt');
      expect(error).not.toHaveProperty('details');
    }
    expect(await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id })).toEqual([]);
  });

  test('an unknown organization, role or inviter is 422 entity.relation_foreign_key_not_found and nothing is written', async ({ live }) => {
    const s = live.main;
    const [org, role, inviter] = await Promise.all([s.organization(), s.role(), s.user()]);
    const valid = { organizationId: org.id, inviterId: inviter.id, organizationRoleIds: [role.id], expiresAt: Date.now() + DAY_MS, messagePayload: false as const };
    const invitee = s.names.email('invitee');
    const cases = [
      { ...valid, organizationId: s.names.missingId() },
      { ...valid, organizationRoleIds: [role.id, s.names.missingId()] },
      { ...valid, inviterId: s.names.missingId() },
    ];
    for (const body of cases) {
      const result = await s.api.POST('/api/organization-invitations', { body: { ...body, invitee } });
      expectLogtoError(result, 422, 'entity.relation_foreign_key_not_found');
    }
    expect(await s.logto.organizationInvitations.listOrganizationInvitations({ invitee })).toEqual([]);
    // The same invitation with only existing references is accepted: the refusals were about the references.
    const ok = await s.invitation({ ...valid, invitee });
    expect(ok.organizationRoles).toEqual([{ id: role.id, name: role.name }]);
  });

  test('a second pending invitation for the same organization and invitee is 422 entity.unique_integrity_violation', async ({ live }) => {
    const s = live.main;
    const [org, otherOrg] = await Promise.all([s.organization(), s.organization()]);
    const invitee = s.names.email('invitee');
    const first = await s.invitation({ organizationId: org.id, invitee });
    const second = await s.api.POST('/api/organization-invitations', {
      body: { invitee, organizationId: org.id, expiresAt: Date.now() + DAY_MS, messagePayload: false },
    });
    expectLogtoError(second, 422, 'entity.unique_integrity_violation');
    // The same invitee may be invited to another organization.
    const elsewhere = await s.invitation({ organizationId: otherOrg.id, invitee });
    expect(elsewhere.organizationId).toBe(otherOrg.id);
    expect((await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id })).map((i) => i.id)).toEqual([first.id]);
  });

  test('one pending invitation per organization and invitee is case-sensitive: the same address in another case is a second pending invitation (201)', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const invitee = s.names.email('invitee');
    const first = await s.invitation({ organizationId: org.id, invitee });
    const recased = await s.invitation({ organizationId: org.id, invitee: mixedCase(invitee) });
    expect(recased).toMatchObject({ invitee: mixedCase(invitee), status: 'Pending' });
    // The invitee filter ignores case, so it finds both; newest first.
    const listed = await s.logto.organizationInvitations.listOrganizationInvitations({ invitee });
    expect(listed.map((i) => i.id)).toEqual([recased.id, first.id]);
  });

  test('concurrent creates for one invitee: exactly one wins, the others are 422', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const invitee = s.names.email('invitee');
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        s.api.POST('/api/organization-invitations', { body: { invitee, organizationId: org.id, expiresAt: Date.now() + DAY_MS, messagePayload: false } }),
      ),
    );
    const statuses = results.map((r) => r.response.status).sort();
    expect(statuses).toEqual([201, 422, 422, 422, 422, 422]);
    for (const r of results.filter((x) => x.response.status === 422)) expectLogtoError(r, 422, 'entity.unique_integrity_violation');
    expect(await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id })).toHaveLength(1);
  });

  test('an invitee who is already a member (by primary e-mail) is 422 request.invalid_input', async ({ live }) => {
    const s = live.main;
    const [org, member] = await Promise.all([s.organization(), s.user()]);
    await s.addMember(org.id, member.id);
    const result = await s.api.POST('/api/organization-invitations', {
      body: { invitee: member.primaryEmail as string, organizationId: org.id, expiresAt: Date.now() + DAY_MS, messagePayload: false },
    });
    expectLogtoError(result, 422, 'request.invalid_input');
    expect(await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id })).toEqual([]);
  });

  test('membership is matched on the exact primary e-mail: a member invited in another case gets an invitation, and may accept it', async ({ live }) => {
    const s = live.main;
    const [org, member] = await Promise.all([s.organization(), s.user()]);
    await s.addMember(org.id, member.id);
    const invitation = await s.invitation({ organizationId: org.id, invitee: mixedCase(member.primaryEmail as string) });
    expect(invitation.status).toBe('Pending');
    // Acceptance compares the e-mails without case; the membership is already there and stays single.
    const accepted = await s.api.PUT('/api/organization-invitations/{id}/status', {
      params: { path: { id: invitation.id } },
      body: { status: 'Accepted', acceptedUserId: member.id },
    });
    expect(accepted.response.status).toBe(200);
    const members = await s.api.GET('/api/organizations/{id}/users', { params: { path: { id: org.id } } });
    expect(members.response.headers.get('total-number')).toBe('1');
  });

  test('an invitee longer than the 256 characters Logto stores is 422 entity.value_too_long and nothing is written', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    // A valid address (the guard checks only the format) one character over the column.
    const local = `${s.names.prefix}${'a'.repeat(256)}`;
    const invitee = `${local.slice(0, 257 - '@example.com'.length)}@example.com`;
    expect(invitee).toHaveLength(257);
    const result = await s.api.POST('/api/organization-invitations', { body: { invitee, organizationId: org.id, expiresAt: Date.now() + DAY_MS } });
    const error = expectLogtoError(result, 422, 'entity.value_too_long');
    expect(error.data).toMatchObject({ message: expect.stringContaining('256') });
    expect(await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id })).toEqual([]);
    // 256 characters fit.
    const fits = await s.invitation({ organizationId: org.id, invitee: invitee.slice(1) });
    expect(fits.invitee).toHaveLength(256);
  });

  test('organizationId and inviterId longer than 21 characters are 400 guard.invalid_input; a shorter unknown inviter is 422', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const tooLong = 'a'.repeat(22);
    for (const body of [{ organizationId: tooLong }, { organizationId: org.id, inviterId: tooLong }]) {
      const result = await s.api.POST('/api/organization-invitations', {
        body: { invitee: s.names.email('invitee'), expiresAt: Date.now() + DAY_MS, ...body },
        headers: { 'x-contract-intent': 'invalid' },
      });
      const error = expectLogtoError(result, 400, 'guard.invalid_input');
      expect(error.data).toMatchObject({ issues: [expect.objectContaining({ code: 'too_big', maximum: 21 })] });
    }
    // 15 characters: longer than a user id (12) but within the column (21), so it reaches the foreign key.
    const unknownInviter = await s.api.POST('/api/organization-invitations', {
      body: { invitee: s.names.email('invitee'), organizationId: org.id, inviterId: 'a'.repeat(15), expiresAt: Date.now() + DAY_MS },
    });
    expectLogtoError(unknownInviter, 422, 'entity.relation_foreign_key_not_found');
  });

  test('thirty invitations to one organization are listed in full: the list has no pagination', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const created = await Promise.all(Array.from({ length: 30 }, () => s.invitation({ organizationId: org.id })));
    const listed = await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id });
    expect(listed).toHaveLength(30);
    expect(new Set(listed.map((i) => i.id))).toEqual(new Set(created.map((i) => i.id)));
    // Newest first.
    const times = listed.map((i) => i.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
