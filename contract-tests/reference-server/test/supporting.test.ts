import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, unique, startTimeoutMs, type TestServer } from './harness.js';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
}, startTimeoutMs);
afterAll(() => test.stop());

const organizationKeys = ['tenantId', 'id', 'name', 'description', 'customData', 'isMfaRequired', 'color', 'branding', 'customCss', 'createdAt'].sort();
// Logto 1.42's user as an organization's member list shows it (userInfoSelectFields), and read on its own (plus hasPassword).
const memberKeys = ['id', 'username', 'primaryEmail', 'primaryPhone', 'name', 'avatar', 'customData', 'identities', 'lastSignInAt', 'createdAt', 'updatedAt', 'profile', 'applicationId', 'cimdClientId', 'isSuspended'].sort();
const userKeys = [...memberKeys, 'hasPassword'].sort();

describe('connectors', () => {
  it('without an e-mail connector the list is empty (Logto: [])', async () => {
    const response = await test.api('GET', '/api/connectors');
    expect(response.status).toBe(200);
    expect(response.json).toEqual([]);
    expect((await test.api('GET', '/api/connectors', { token: null })).status).toBe(401);
  });
});

describe('organizations', () => {
  it('create → 201 with every field; get → 200; delete → 204; then 404', async () => {
    const created = await test.api('POST', '/api/organizations', { body: { name: 'Acme', description: 'd', customData: { tier: 'gold' } } });
    expect(created.status).toBe(201);
    expect(Object.keys(created.json).sort()).toEqual(organizationKeys);
    expect(created.json).toMatchObject({ tenantId: 'default', name: 'Acme', description: 'd', customData: { tier: 'gold' }, isMfaRequired: false, color: {}, branding: {}, customCss: null });
    const fetched = await test.api('GET', `/api/organizations/${created.json.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.json).toEqual(created.json);
    expect((await test.api('DELETE', `/api/organizations/${created.json.id}`)).status).toBe(204);
    // Organizations use Logto's generic look-up: its 404 is entity.not_exists_with_id, naming the id; delete says entity.not_found.
    expect((await test.api('GET', `/api/organizations/${created.json.id}`)).json).toEqual({
      code: 'entity.not_exists_with_id',
      message: `The organizations with ID \`${created.json.id}\` does not exist.`,
    });
    expect((await test.api('DELETE', `/api/organizations/${created.json.id}`)).json.code).toBe('entity.not_found');
  });

  it('description defaults to null; a missing or empty name → 400 guard.invalid_input', async () => {
    expect((await test.api('POST', '/api/organizations', { body: { name: 'n' } })).json.description).toBeNull();
    for (const body of [{}, { name: '' }, { name: 'x'.repeat(129) }, { name: 'ok', color: { primaryColor: 'red' } }]) {
      const response = await test.api('POST', '/api/organizations', { body });
      expect(response.status).toBe(400);
      expect(response.json.code).toBe('guard.invalid_input');
    }
  });
});

describe('users', () => {
  it('create answers 200 (not 201) with every field, nullable where unset', async () => {
    const email = `${unique('u')}@example.com`;
    const created = await test.api('POST', '/api/users', { body: { primaryEmail: email, name: 'Ann', password: 'secret-pass' } });
    expect(created.status).toBe(200);
    expect(Object.keys(created.json).sort()).toEqual(userKeys);
    expect(created.json).toMatchObject({ primaryEmail: email, name: 'Ann', username: null, primaryPhone: null, avatar: null, lastSignInAt: null, applicationId: null, isSuspended: false, hasPassword: true, customData: {}, identities: {}, profile: {} });
    expect(JSON.stringify(created.json)).not.toContain('secret-pass');
    const fetched = await test.api('GET', `/api/users/${created.json.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.json).toEqual(created.json);
  });

  it('an email already in use (any case) → 422 user.email_already_in_use', async () => {
    const email = `${unique('taken')}@example.com`;
    expect((await test.api('POST', '/api/users', { body: { primaryEmail: email } })).status).toBe(200);
    const again = await test.api('POST', '/api/users', { body: { primaryEmail: email.toUpperCase() } });
    expect(again.status).toBe(422);
    expect(again.json.code).toBe('user.email_already_in_use');
  });

  it('a username already in use → 422 user.username_already_in_use; bad formats → 400', async () => {
    const username = unique('name_');
    await test.api('POST', '/api/users', { body: { username } });
    expect((await test.api('POST', '/api/users', { body: { username } })).json.code).toBe('user.username_already_in_use');
    for (const body of [{ primaryEmail: 'nope' }, { username: '1abc' }, { primaryPhone: '+1 555' }, { customData: [] }]) {
      const response = await test.api('POST', '/api/users', { body });
      expect(response.status).toBe(400);
      expect(response.json.code).toBe('guard.invalid_input');
    }
  });

  it('delete → 204, then 404 for get, delete and the organizations list', async () => {
    const user = (await test.api('POST', '/api/users', { body: {} })).json;
    expect((await test.api('DELETE', `/api/users/${user.id}`)).status).toBe(204);
    for (const [method, path] of [['GET', `/api/users/${user.id}`], ['DELETE', `/api/users/${user.id}`], ['GET', `/api/users/${user.id}/organizations`]] as const) {
      const response = await test.api(method, path);
      expect(response.status).toBe(404);
      expect(response.json.code).toBe('entity.not_found');
    }
  });
});

describe('organization roles', () => {
  it('create → 201 {tenantId, id, name, description, type: "User"}; a taken name → 422; delete → 204 then 404', async () => {
    const name = unique('role-');
    const created = await test.api('POST', '/api/organization-roles', { body: { name } });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ tenantId: 'default', id: expect.stringMatching(/^[0-9a-z]{21}$/), name, description: null, type: 'User' });
    const taken = await test.api('POST', '/api/organization-roles', { body: { name, description: 'again' } });
    expect(taken.status).toBe(422);
    expect(taken.json.code).toBe('entity.unique_integrity_violation');
    expect((await test.api('DELETE', `/api/organization-roles/${created.json.id}`)).status).toBe(204);
    expect((await test.api('DELETE', `/api/organization-roles/${created.json.id}`)).status).toBe(404);
  });

  it('scope id arrays default to empty (not required); a missing name → 400', async () => {
    expect((await test.api('POST', '/api/organization-roles', { body: { name: unique('r'), organizationScopeIds: [], resourceScopeIds: [] } })).status).toBe(201);
    expect((await test.api('POST', '/api/organization-roles', { body: { description: 'x' } })).status).toBe(400);
  });

  it('a role grants the organization and resource scopes it is created with; the list shows them until they are deleted', async () => {
    const scope = (await test.api('POST', '/api/organization-scopes', { body: { name: unique('scope-') } })).json;
    const resource = (await test.api('POST', '/api/resources', { body: { name: unique('api-'), indicator: `https://${unique('api-')}.example.com` } })).json;
    const read = (await test.api('POST', `/api/resources/${resource.id}/scopes`, { body: { name: unique('read-') } })).json;
    const name = unique('scoped-');
    const created = await test.api('POST', '/api/organization-roles', { body: { name, organizationScopeIds: [scope.id], resourceScopeIds: [read.id] } });
    expect(created.status).toBe(201);
    const listed = async () => (await test.api('GET', `/api/organization-roles?q=${name}`)).json[0];
    expect(await listed()).toMatchObject({
      id: created.json.id,
      scopes: [{ id: scope.id, name: scope.name }],
      resourceScopes: [{ id: read.id, name: read.name, resource: { id: resource.id, name: resource.name } }],
    });
    expect((await test.api('DELETE', `/api/organization-scopes/${scope.id}`)).status).toBe(204);
    expect(await listed()).toMatchObject({ scopes: [], resourceScopes: [{ id: read.id }] });
    expect((await test.api('DELETE', `/api/resources/${resource.id}`)).status).toBe(204);
    expect(await listed()).toMatchObject({ scopes: [], resourceScopes: [] });
  });

  it('an unknown scope id, beside known ones or not, is 422 entity.relation_foreign_key_not_found and stores nothing', async () => {
    const scope = (await test.api('POST', '/api/organization-scopes', { body: { name: unique('scope-') } })).json;
    const name = unique('refused-');
    for (const body of [{ organizationScopeIds: ['nosuchscope'] }, { resourceScopeIds: ['nosuchscope'] }, { organizationScopeIds: [scope.id, 'nosuchscope'] }]) {
      const refused = await test.api('POST', '/api/organization-roles', { body: { name, ...body } });
      expect(refused.status).toBe(422);
      expect(refused.json.code).toBe('entity.relation_foreign_key_not_found');
    }
    const roles = await test.api('GET', `/api/organization-roles?q=${name}`);
    expect(roles.headers.get('total-number')).toBe('0');
    // The name is still free: the refused creates left no role behind.
    expect((await test.api('POST', '/api/organization-roles', { body: { name, organizationScopeIds: [scope.id] } })).status).toBe(201);
  });
});

describe('organization users', () => {
  it('add → 201 {userIds}; adding again is ignored; unknown user or organization → 422', async () => {
    const organization = (await test.api('POST', '/api/organizations', { body: { name: 'members' } })).json;
    const user = (await test.api('POST', '/api/users', { body: {} })).json;
    const added = await test.api('POST', `/api/organizations/${organization.id}/users`, { body: { userIds: [user.id] } });
    expect(added.status).toBe(201);
    expect(added.json).toEqual({ userIds: [user.id] });
    expect((await test.api('POST', `/api/organizations/${organization.id}/users`, { body: { userIds: [user.id] } })).status).toBe(201);
    const unknownUser = await test.api('POST', `/api/organizations/${organization.id}/users`, { body: { userIds: ['nosuchuser12'] } });
    expect(unknownUser.status).toBe(422);
    expect(unknownUser.json.code).toBe('entity.relation_foreign_key_not_found');
    const unknownOrganization = await test.api('POST', '/api/organizations/nosuchorg123/users', { body: { userIds: [user.id] } });
    expect(unknownOrganization.status).toBe(422);
    expect((await test.api('POST', `/api/organizations/${organization.id}/users`, { body: { userIds: 'x' } })).status).toBe(400);
  });

  it('list is page-based with Total-Number; each user carries organizationRoles', async () => {
    const organization = (await test.api('POST', '/api/organizations', { body: { name: 'paged' } })).json;
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) ids.push((await test.api('POST', '/api/users', { body: { name: `member ${index}` } })).json.id);
    await test.api('POST', `/api/organizations/${organization.id}/users`, { body: { userIds: ids } });

    const first = await test.api('GET', `/api/organizations/${organization.id}/users?page=1&page_size=2`);
    expect(first.status).toBe(200);
    expect(first.headers.get('total-number')).toBe('5');
    expect(first.json).toHaveLength(2);
    expect(Object.keys(first.json[0]).sort()).toEqual([...memberKeys, 'organizationRoles'].sort());
    expect(first.json[0].organizationRoles).toEqual([]);
    // Ordered by user id, as Logto's query does.
    expect(first.json.map((user: { id: string }) => user.id)).toEqual([...ids].sort().slice(0, 2));
    const third = await test.api('GET', `/api/organizations/${organization.id}/users?page=3&page_size=2`);
    expect(third.json).toHaveLength(1);
    const all = await test.api('GET', `/api/organizations/${organization.id}/users`);
    expect(all.json.map((user: { id: string }) => user.id).sort()).toEqual([...ids].sort());
    const beyond = await test.api('GET', `/api/organizations/${organization.id}/users?page=9`);
    expect(beyond.json).toEqual([]);
    expect(beyond.headers.get('total-number')).toBe('5');
  });

  it('bad pagination → 400 guard.invalid_pagination; an unknown organization is an empty page (Logto does not look it up)', async () => {
    const organization = (await test.api('POST', '/api/organizations', { body: { name: 'p' } })).json;
    for (const query of ['page=0', 'page=-1', 'page=abc', 'page_size=0', 'page_size=101', 'page_size=1.5']) {
      const response = await test.api('GET', `/api/organizations/${organization.id}/users?${query}`);
      expect(response.status).toBe(400);
      expect(response.json.code).toBe('guard.invalid_pagination');
    }
    const unknown = await test.api('GET', '/api/organizations/nosuchorg123/users');
    expect(unknown.status).toBe(200);
    expect(unknown.json).toEqual([]);
    expect(unknown.headers.get('total-number')).toBe('0');
  });

  it('adding users: an empty list → 400; an unknown organization or user → 422 FK; repeats and members change nothing and are echoed', async () => {
    const organization = (await test.api('POST', '/api/organizations', { body: { name: 'adds' } })).json;
    const user = (await test.api('POST', '/api/users', { body: {} })).json;
    const empty = await test.api('POST', `/api/organizations/${organization.id}/users`, { body: { userIds: [] } });
    expect(empty.status).toBe(400);
    expect(empty.json.data.issues[0]).toMatchObject({ code: 'too_small', path: ['userIds'] });
    for (const [orgId, userId] of [['nosuchorg123', user.id], [organization.id, 'nosuchuser1']]) {
      const response = await test.api('POST', `/api/organizations/${orgId}/users`, { body: { userIds: [userId] } });
      expect(response.status).toBe(422);
      expect(response.json.code).toBe('entity.relation_foreign_key_not_found');
    }
    const repeated = await test.api('POST', `/api/organizations/${organization.id}/users`, { body: { userIds: [user.id, user.id] } });
    expect(repeated.status).toBe(201);
    expect(repeated.json).toEqual({ userIds: [user.id, user.id] });
    expect((await test.api('POST', `/api/organizations/${organization.id}/users`, { body: { userIds: [user.id] } })).status).toBe(201);
    expect((await test.api('GET', `/api/organizations/${organization.id}/users`)).headers.get('total-number')).toBe('1');
  });

  it("a user's organizations list carries organizationRoles", async () => {
    const organization = (await test.api('POST', '/api/organizations', { body: { name: 'mine' } })).json;
    const user = (await test.api('POST', '/api/users', { body: {} })).json;
    expect((await test.api('GET', `/api/users/${user.id}/organizations`)).json).toEqual([]);
    await test.api('POST', `/api/organizations/${organization.id}/users`, { body: { userIds: [user.id] } });
    const list = await test.api('GET', `/api/users/${user.id}/organizations`);
    expect(list.status).toBe(200);
    expect(list.json).toEqual([{ ...organization, organizationRoles: [] }]);
  });
});

describe('list endpoints a sweep uses (outside the invitation family)', () => {
  it('organizations (q), organization roles (q) and users (search LIKE pattern), paged with Total-Number', async () => {
    const prefix = unique('sweep-');
    for (let index = 0; index < 3; index += 1) {
      await test.api('POST', '/api/organizations', { body: { name: `${prefix}-org-${index}` } });
      await test.api('POST', '/api/organization-roles', { body: { name: `${prefix}-role-${index}` } });
      await test.api('POST', '/api/users', { body: { name: `${prefix}-user-${index}` } });
    }
    await test.api('POST', '/api/organizations', { body: { name: 'unrelated' } });
    const organizations = await test.api('GET', `/api/organizations?q=${prefix}&page=1&page_size=2`);
    expect(organizations.status).toBe(200);
    expect(organizations.headers.get('total-number')).toBe('3');
    expect(organizations.json).toHaveLength(2);
    const roles = await test.api('GET', `/api/organization-roles?q=${prefix}`);
    expect(roles.json.map((role: { name: string }) => role.name)).toEqual([0, 1, 2].map((index) => `${prefix}-role-${index}`));
    expect(roles.json[0]).toMatchObject({ scopes: [], resourceScopes: [] });
    const users = await test.api('GET', `/api/users?search=${encodeURIComponent(`%${prefix}%`)}&page_size=100`);
    expect(users.headers.get('total-number')).toBe('3');
    expect(users.json.every((user: { name: string }) => user.name.startsWith(prefix))).toBe(true);
  });
});
