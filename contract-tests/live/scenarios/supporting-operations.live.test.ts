import { describe, expect } from 'vitest';
import { expectLogtoError, expectRawError } from '../support/expect-answer.js';
import { expectData } from '../support/session.js';
import { liveTest as test } from '../support/live-test.js';

describe.concurrent('supporting operations', () => {
  test('organizations: create 201, get 200, members page with Total-Number, delete 204, then 404', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    expect(org).toMatchObject({ name: expect.stringMatching(new RegExp(`^${s.names.prefix}`)), customData: {}, isMfaRequired: false });
    // Every field Logto 1.42 returns for an organization is there (one a later Logto adds is a finding, not a failure).
    expect(Object.keys(org)).toEqual(expect.arrayContaining(['branding', 'color', 'createdAt', 'customCss', 'customData', 'description', 'id', 'isMfaRequired', 'name', 'tenantId']));
    const got = await s.api.GET('/api/organizations/{id}', { params: { path: { id: org.id } } });
    expect(got.data).toEqual(org);
    const users = await Promise.all([s.user(), s.user(), s.user()]);
    const added = await s.api.POST('/api/organizations/{id}/users', { params: { path: { id: org.id } }, body: { userIds: users.map((u) => u.id) } });
    expect(added.response.status).toBe(201);
    expect(added.data).toEqual({ userIds: users.map((u) => u.id) });
    const page = await s.api.GET('/api/organizations/{id}/users', { params: { path: { id: org.id }, query: { page: 1, page_size: 2 } } });
    expect(page.response.headers.get('total-number')).toBe('3');
    expect(page.data).toHaveLength(2);
    const rest = await s.api.GET('/api/organizations/{id}/users', { params: { path: { id: org.id }, query: { page: 2, page_size: 2 } } });
    expect(rest.data).toHaveLength(1);
    // Members come ordered by user id, so pages are stable.
    expect([...(page.data ?? []), ...(rest.data ?? [])].map((u) => u.id)).toEqual(users.map((u) => u.id).sort());
    // A member is the user without hasPassword.
    const member = page.data?.[0];
    const { hasPassword: _hasPassword, ...asUser } = users.find((u) => u.id === member?.id) ?? {};
    expect(member).toEqual({ ...asUser, organizationRoles: [] });
    expect(member).not.toHaveProperty('hasPassword');
    expect((await s.api.DELETE('/api/organizations/{id}', { params: { path: { id: org.id } } })).response.status).toBe(204);
    const gone = expectLogtoError(await s.api.GET('/api/organizations/{id}', { params: { path: { id: org.id } } }), 404, 'entity.not_exists_with_id');
    expect(gone.message).toContain(org.id);
    expectLogtoError(await s.api.DELETE('/api/organizations/{id}', { params: { path: { id: org.id } } }), 404, 'entity.not_found');
    // The member list does not look the organization up: an empty page, not a 404.
    const afterDelete = await s.api.GET('/api/organizations/{id}/users', { params: { path: { id: org.id } } });
    expect(afterDelete.response.status).toBe(200);
    expect(afterDelete.data).toEqual([]);
    expect(afterDelete.response.headers.get('total-number')).toBe('0');
  });

  test('adding users: an empty list is 400; an unknown organization is 422 entity.relation_foreign_key_not_found; repeats and existing members change nothing and are echoed', async ({ live }) => {
    const s = live.main;
    const [org, user] = await Promise.all([s.organization(), s.user()]);
    const empty = await s.raw('POST', `/api/organizations/${org.id}/users`, { json: { userIds: [] }, invalid: true });
    expectRawError(empty, 400, 'guard.invalid_input');
    const unknownOrg = await s.api.POST('/api/organizations/{id}/users', { params: { path: { id: s.names.missingId() } }, body: { userIds: [user.id] } });
    expectLogtoError(unknownOrg, 422, 'entity.relation_foreign_key_not_found');
    const repeated = await s.api.POST('/api/organizations/{id}/users', { params: { path: { id: org.id } }, body: { userIds: [user.id, user.id, user.id] } });
    expect(repeated.response.status).toBe(201);
    expect(repeated.data).toEqual({ userIds: [user.id, user.id, user.id] });
    const again = await s.api.POST('/api/organizations/{id}/users', { params: { path: { id: org.id } }, body: { userIds: [user.id] } });
    expect(again.response.status).toBe(201);
    const members = await s.api.GET('/api/organizations/{id}/users', { params: { path: { id: org.id } } });
    expect(members.response.headers.get('total-number')).toBe('1');
    expect(members.data?.map((m) => m.id)).toEqual([user.id]);
  });

  test('organizations: custom data round-trips, description defaults to null; a name over 128 characters or custom data that is not an object is 400', async ({ live }) => {
    const s = live.main;
    const created = expectData(await s.api.POST('/api/organizations', { body: { name: s.names.organization(), customData: { foo: 'bar' } } }), 201, 'CreateOrganization');
    expect(created).toMatchObject({ customData: { foo: 'bar' }, description: null });
    expect((await s.api.GET('/api/organizations/{id}', { params: { path: { id: created.id } } })).data).toEqual(created);
    for (const json of [{ name: `${s.names.organization()}${'n'.repeat(128)}` }, { name: s.names.organization(), customData: 'b' }, { name: s.names.organization(), description: 'd'.repeat(257) }]) {
      expectRawError(await s.raw('POST', '/api/organizations', { json, invalid: true }), 400, 'guard.invalid_input');
    }
  });

  test('members page parameters outside the spec (page 0, page_size 0, not a number or over 100) are 400', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    for (const query of ['page=0', 'page_size=0', 'page_size=abc', 'page_size=101']) {
      const answer = await s.raw('GET', `/api/organizations/${org.id}/users?${query}`, { invalid: true });
      // Logto's pagination guard (koa-pagination) has its own code, not guard.invalid_input.
      expectRawError(answer, 400, 'guard.invalid_pagination');
    }
  });

  test('adding an unknown user to an organization is 422', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const result = await s.api.POST('/api/organizations/{id}/users', { params: { path: { id: org.id } }, body: { userIds: [s.names.missingId()] } });
    // The membership row's foreign key refuses it (organizations/add-missing-user in the traces).
    expectLogtoError(result, 422, 'entity.relation_foreign_key_not_found');
  });

  test('users: create answers 200 (not 201); an e-mail in use is 422 user.email_already_in_use; get and delete', async ({ live }) => {
    const s = live.main;
    const email = s.names.email();
    const user = await s.user(email);
    expect(user).toMatchObject({ primaryEmail: email, isSuspended: false, customData: {}, identities: {}, cimdClientId: null, hasPassword: false });
    // Every field Logto 1.42 returns for a user is there (a field a later Logto adds is a finding of the run, not a failure).
    expect(Object.keys(user)).toEqual(
      expect.arrayContaining(['applicationId', 'avatar', 'cimdClientId', 'createdAt', 'customData', 'hasPassword', 'id', 'identities', 'isSuspended', 'lastSignInAt', 'name', 'primaryEmail', 'primaryPhone', 'profile', 'updatedAt', 'username']),
    );
    // In use without regard to case.
    const duplicate = await s.api.POST('/api/users', { body: { primaryEmail: email.toUpperCase() } });
    expectLogtoError(duplicate, 422, 'user.email_already_in_use');
    const got = await s.api.GET('/api/users/{userId}', { params: { path: { userId: user.id } } });
    expect(got.data?.id).toBe(user.id);
    const organizations = await s.api.GET('/api/users/{userId}/organizations', { params: { path: { userId: user.id } } });
    expect(organizations.data).toEqual([]);
    expect((await s.api.DELETE('/api/users/{userId}', { params: { path: { userId: user.id } } })).response.status).toBe(204);
    expectLogtoError(await s.api.GET('/api/users/{userId}', { params: { path: { userId: user.id } } }), 404, 'entity.not_found');
    expectLogtoError(await s.api.GET('/api/users/{userId}/organizations', { params: { path: { userId: user.id } } }), 404, 'entity.not_found');
  });

  test('users: a username in use is 422 user.username_already_in_use', async ({ live }) => {
    const s = live.main;
    // Usernames cannot hold the hyphens of the run prefix; the e-mail keeps the user sweepable.
    const username = s.names.role().replace(/-/g, '_');
    expectData(await s.api.POST('/api/users', { body: { username, primaryEmail: s.names.email() } }), 200, 'CreateUser');
    expectLogtoError(await s.api.POST('/api/users', { body: { username, primaryEmail: s.names.email() } }), 422, 'user.username_already_in_use');
  });

  test('users: values longer than Logto stores are 422 entity.value_too_long (name, e-mail and username 128, avatar 2048) and nothing is created', async ({ live }) => {
    const s = live.main;
    const long = (n: number): string => `${s.names.prefix}${'x'.repeat(n)}`.slice(0, n);
    const cases = [
      { name: long(129) },
      { primaryEmail: `${long(129 - '@example.com'.length)}@example.com` },
      { username: long(129).replace(/-/g, '_') },
      { avatar: `https://example.com/${'a'.repeat(2049 - 'https://example.com/'.length)}` },
    ];
    for (const body of cases) {
      const error = expectLogtoError(await s.api.POST('/api/users', { body }), 422, 'entity.value_too_long');
      expect(error.data, JSON.stringify(Object.keys(body))).toMatchObject({ message: expect.stringMatching(/character varying\((128|2048)\)/) });
    }
    // At the limit they fit.
    const fits = await s.api.POST('/api/users', { body: { name: long(128), primaryEmail: `${long(128 - '@example.com'.length)}@example.com` } });
    expect(fits.response.status).toBe(200);
  });

  test('organization roles: a taken name is 422 entity.unique_integrity_violation; delete 204 then 404', async ({ live }) => {
    const s = live.main;
    const role = await s.role();
    expect(role).toMatchObject({ type: 'User', description: 'contract test' });
    expect(Object.keys(role)).toEqual(expect.arrayContaining(['description', 'id', 'name', 'tenantId', 'type']));
    const taken = await s.api.POST('/api/organization-roles', { body: { name: role.name } });
    expectLogtoError(taken, 422, 'entity.unique_integrity_violation');
    expect((await s.api.DELETE('/api/organization-roles/{id}', { params: { path: { id: role.id } } })).response.status).toBe(204);
    expectLogtoError(await s.api.DELETE('/api/organization-roles/{id}', { params: { path: { id: role.id } } }), 404, 'entity.not_found');
    // The defaulted arrays (organizationScopeIds, resourceScopeIds) are not required, whatever Logto's own spec says.
    const minimal = await s.raw('POST', '/api/organization-roles', { json: { name: s.names.role() } });
    expect(minimal.status).toBe(201);
    expect(minimal.json).toMatchObject({ type: 'User', description: null });
  });

  test('organization roles: an unknown organization or resource scope id is 422 entity.relation_foreign_key_not_found and no role is created', async ({ live }) => {
    const s = live.main;
    const name = s.names.role();
    for (const json of [{ name, organizationScopeIds: [s.names.missingId()] }, { name, resourceScopeIds: [s.names.missingId()] }]) {
      expectRawError(await s.raw('POST', '/api/organization-roles', { json }), 422, 'entity.relation_foreign_key_not_found');
    }
    // The name is still free: nothing was created.
    const role = expectData(await s.api.POST('/api/organization-roles', { body: { name } }), 201, 'CreateOrganizationRole');
    expect(role.name).toBe(name);
  });
});
