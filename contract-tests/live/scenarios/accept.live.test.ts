import { describe, expect } from 'vitest';
import { expectLogtoError, expectRawError, mixedCase } from '../support/expect-answer.js';
import { expectData } from '../support/session.js';
import { liveTest as test } from '../support/live-test.js';

describe.concurrent('accept an invitation', () => {
  test('without acceptedUserId is 422 request.invalid_input; the invitation stays pending', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const invitation = await s.invitation({ organizationId: org.id });
    for (const body of [{ status: 'Accepted' as const }, { status: 'Accepted' as const, acceptedUserId: null }]) {
      const result = await s.api.PUT('/api/organization-invitations/{id}/status', { params: { path: { id: invitation.id } }, body });
      expectLogtoError(result, 422, 'request.invalid_input');
    }
    expect((await s.logto.organizationInvitations.getOrganizationInvitation(invitation.id)).status).toBe('Pending');
  });

  test('by a user that does not exist is 404 entity.not_found', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const invitation = await s.invitation({ organizationId: org.id });
    const result = await s.api.PUT('/api/organization-invitations/{id}/status', {
      params: { path: { id: invitation.id } },
      body: { status: 'Accepted', acceptedUserId: s.names.missingId() },
    });
    expectLogtoError(result, 404, 'entity.not_found');
    expect((await s.logto.organizationInvitations.getOrganizationInvitation(invitation.id)).status).toBe('Pending');
  });

  test('a final status is refused before the user is looked up: accepting a revoked invitation as an unknown user is 422, not 404', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const invitation = await s.invitation({ organizationId: org.id });
    const revoked = await s.api.PUT('/api/organization-invitations/{id}/status', { params: { path: { id: invitation.id } }, body: { status: 'Revoked' } });
    expect(revoked.response.status).toBe(200);
    const result = await s.api.PUT('/api/organization-invitations/{id}/status', {
      params: { path: { id: invitation.id } },
      body: { status: 'Accepted', acceptedUserId: s.names.missingId() },
    });
    expectLogtoError(result, 422, 'request.invalid_input');
    // An unknown invitation is still 404 whoever accepts.
    const unknown = await s.api.PUT('/api/organization-invitations/{id}/status', {
      params: { path: { id: s.names.missingId() } },
      body: { status: 'Accepted', acceptedUserId: s.names.missingId() },
    });
    expectLogtoError(unknown, 404, 'entity.not_found');
  });

  test('an acceptedUserId longer than 21 characters is 400 guard.invalid_input', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const invitation = await s.invitation({ organizationId: org.id });
    const answer = await s.raw('PUT', `/api/organization-invitations/${invitation.id}/status`, { json: { status: 'Accepted', acceptedUserId: 'a'.repeat(22) }, invalid: true });
    expectRawError(answer, 400, 'guard.invalid_input');
    expect((await s.logto.organizationInvitations.getOrganizationInvitation(invitation.id)).status).toBe('Pending');
  });

  test('an invitation granting a MachineToMachine role can be created, but accepting it is 422 entity.db_constraint_violated and changes nothing', async ({ live }) => {
    const s = live.main;
    const [org, role] = await Promise.all([s.organization(), s.role()]);
    const machineRole = expectData(
      await s.api.POST('/api/organization-roles', { body: { name: s.names.role(), type: 'MachineToMachine' } }),
      201,
      'CreateOrganizationRole',
    );
    expect(machineRole.type).toBe('MachineToMachine');
    const email = s.names.email('invitee');
    const user = await s.user(email);
    const invitation = await s.invitation({ organizationId: org.id, invitee: email, organizationRoleIds: [role.id, machineRole.id] });
    expect(invitation.organizationRoles.map((r) => r.id).sort()).toEqual([role.id, machineRole.id].sort());
    const result = await s.api.PUT('/api/organization-invitations/{id}/status', {
      params: { path: { id: invitation.id } },
      body: { status: 'Accepted', acceptedUserId: user.id },
    });
    expectLogtoError(result, 422, 'entity.db_constraint_violated');
    // One transaction: no membership, no role, the invitation still pending.
    expect((await s.logto.organizationInvitations.getOrganizationInvitation(invitation.id)).status).toBe('Pending');
    expect(await s.logto.users.listUserOrganizations(user.id)).toEqual([]);
  });

  test('roles are listed by name, on the invitation and on the membership it grants', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    // Created z first, a second: name order differs from creation order.
    const base = s.names.role();
    const zRole = expectData(await s.api.POST('/api/organization-roles', { body: { name: `${base}-z` } }), 201, 'CreateOrganizationRole');
    const aRole = expectData(await s.api.POST('/api/organization-roles', { body: { name: `${base}-a` } }), 201, 'CreateOrganizationRole');
    const byName = [aRole, zRole].map((r) => ({ id: r.id, name: r.name }));
    const email = s.names.email('invitee');
    const user = await s.user(email);
    const invitation = await s.invitation({ organizationId: org.id, invitee: email, organizationRoleIds: [zRole.id, aRole.id] });
    expect(invitation.organizationRoles).toEqual(byName);
    const accepted = await s.api.PUT('/api/organization-invitations/{id}/status', { params: { path: { id: invitation.id } }, body: { status: 'Accepted', acceptedUserId: user.id } });
    expect(accepted.data?.organizationRoles).toEqual(byName);
    const members = await s.api.GET('/api/organizations/{id}/users', { params: { path: { id: org.id } } });
    expect(members.data?.[0]?.organizationRoles).toEqual(byName);
    expect((await s.logto.users.listUserOrganizations(user.id))[0]?.organizationRoles).toEqual(byName);
  });

  test('by a user whose primary e-mail is another address is 422 request.invalid_input', async ({ live }) => {
    const s = live.main;
    const [org, stranger] = await Promise.all([s.organization(), s.user()]);
    const invitation = await s.invitation({ organizationId: org.id });
    const result = await s.api.PUT('/api/organization-invitations/{id}/status', {
      params: { path: { id: invitation.id } },
      body: { status: 'Accepted', acceptedUserId: stranger.id },
    });
    expectLogtoError(result, 422, 'request.invalid_input');
    const members = await s.api.GET('/api/organizations/{id}/users', { params: { path: { id: org.id } } });
    expect(members.data).toEqual([]);
  });

  test('by the invitee (e-mail compared without case) makes them a member with the invitation roles', async ({ live }) => {
    const s = live.main;
    const [org, roleA, roleB] = await Promise.all([s.organization(), s.role(), s.role()]);
    const email = s.names.email('invitee');
    const user = await s.user(email);
    const invitation = await s.invitation({ organizationId: org.id, invitee: mixedCase(email), organizationRoleIds: [roleA.id, roleB.id] });

    const accepted = await s.api.PUT('/api/organization-invitations/{id}/status', {
      params: { path: { id: invitation.id } },
      body: { status: 'Accepted', acceptedUserId: user.id },
    });
    expect(accepted.response.status).toBe(200);
    expect(accepted.data).toMatchObject({ id: invitation.id, status: 'Accepted', acceptedUserId: user.id, invitee: invitation.invitee });
    // Logto stamps the change with its clock (Date.now()): never before the creation, possibly in the same millisecond.
    expect(accepted.data?.updatedAt).toBeGreaterThanOrEqual(invitation.updatedAt);

    const roles = [roleA, roleB].map((r) => ({ id: r.id, name: r.name })).sort((a, b) => a.id.localeCompare(b.id));
    const organizations = await s.logto.users.listUserOrganizations(user.id);
    expect(organizations.map((o) => ({ id: o.id, roles: [...o.organizationRoles].sort((a, b) => a.id.localeCompare(b.id)) }))).toEqual([{ id: org.id, roles }]);
    const members = await s.api.GET('/api/organizations/{id}/users', { params: { path: { id: org.id }, query: { page: 1, page_size: 20 } } });
    expect(members.response.status).toBe(200);
    expect(members.response.headers.get('total-number')).toBe('1');
    expect(members.data?.map((m) => ({ id: m.id, roles: [...m.organizationRoles].sort((a, b) => a.id.localeCompare(b.id)) }))).toEqual([{ id: user.id, roles }]);

    // Accepted is final.
    const revoke = await s.api.PUT('/api/organization-invitations/{id}/status', { params: { path: { id: invitation.id } }, body: { status: 'Revoked' } });
    expectLogtoError(revoke, 422, 'request.invalid_input');
    // A member cannot be invited again.
    const reinvite = await s.api.POST('/api/organization-invitations', {
      body: { invitee: email, organizationId: org.id, expiresAt: Date.now() + 60_000, messagePayload: false },
    });
    expectLogtoError(reinvite, 422, 'request.invalid_input');
  });
});
