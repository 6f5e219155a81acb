import { describe, expect } from 'vitest';
import { expectLogtoError, expectRawError } from '../support/expect-answer.js';
import { liveTest as test } from '../support/live-test.js';

describe.concurrent('supporting operations', () => {
  test('organizations: create 201, get 200, members page with Total-Number, delete 204, then 404', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    expect(org).toMatchObject({ name: expect.stringMatching(new RegExp(`^${s.names.prefix}`)), customData: {}, isMfaRequired: false });
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
    expect(new Set([...(page.data ?? []), ...(rest.data ?? [])].map((u) => u.id))).toEqual(new Set(users.map((u) => u.id)));
    expect((await s.api.DELETE('/api/organizations/{id}', { params: { path: { id: org.id } } })).response.status).toBe(204);
    expectLogtoError(await s.api.GET('/api/organizations/{id}', { params: { path: { id: org.id } } }), 404, 'entity.not_found');
    expectLogtoError(await s.api.DELETE('/api/organizations/{id}', { params: { path: { id: org.id } } }), 404, 'entity.not_found');
    expectLogtoError(await s.api.GET('/api/organizations/{id}/users', { params: { path: { id: org.id } } }), 404, 'entity.not_found');
  });

  test('members page parameters outside the spec (page 0, page_size not a number) are 400', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    for (const query of ['page=0', 'page_size=0', 'page_size=abc']) {
      const answer = await s.raw('GET', `/api/organizations/${org.id}/users?${query}`, { invalid: true });
      // Logto's pagination guard has its own code (guard.invalid_pagination); the status is the contract.
      expectRawError(answer, 400);
    }
  });

  test('adding an unknown user to an organization is 422', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const result = await s.api.POST('/api/organizations/{id}/users', { params: { path: { id: org.id } }, body: { userIds: [s.names.missingId()] } });
    expectLogtoError(result, 422);
  });

  test('users: create answers 200 (not 201); an e-mail in use is 422 user.email_already_in_use; get and delete', async ({ live }) => {
    const s = live.main;
    const email = s.names.email();
    const user = await s.user(email);
    expect(user).toMatchObject({ primaryEmail: email, isSuspended: false, customData: {}, identities: {} });
    const duplicate = await s.api.POST('/api/users', { body: { primaryEmail: email } });
    expectLogtoError(duplicate, 422, 'user.email_already_in_use');
    const got = await s.api.GET('/api/users/{userId}', { params: { path: { userId: user.id } } });
    expect(got.data?.id).toBe(user.id);
    const organizations = await s.api.GET('/api/users/{userId}/organizations', { params: { path: { userId: user.id } } });
    expect(organizations.data).toEqual([]);
    expect((await s.api.DELETE('/api/users/{userId}', { params: { path: { userId: user.id } } })).response.status).toBe(204);
    expectLogtoError(await s.api.GET('/api/users/{userId}', { params: { path: { userId: user.id } } }), 404, 'entity.not_found');
    expectLogtoError(await s.api.GET('/api/users/{userId}/organizations', { params: { path: { userId: user.id } } }), 404, 'entity.not_found');
  });

  test('organization roles: a taken name is 422 entity.unique_integrity_violation; delete 204 then 404', async ({ live }) => {
    const s = live.main;
    const role = await s.role();
    expect(role).toMatchObject({ type: 'User', description: 'contract test' });
    const taken = await s.api.POST('/api/organization-roles', { body: { name: role.name } });
    expectLogtoError(taken, 422, 'entity.unique_integrity_violation');
    expect((await s.api.DELETE('/api/organization-roles/{id}', { params: { path: { id: role.id } } })).response.status).toBe(204);
    expectLogtoError(await s.api.DELETE('/api/organization-roles/{id}', { params: { path: { id: role.id } } }), 404, 'entity.not_found');
    // The defaulted arrays (organizationScopeIds, resourceScopeIds) are not required, whatever Logto's own spec says.
    const minimal = await s.raw('POST', '/api/organization-roles', { json: { name: s.names.role() } });
    expect(minimal.status).toBe(201);
    expect(minimal.json).toMatchObject({ type: 'User', description: null });
  });
});
