import { describe, expect } from 'vitest';
import { liveTest as test } from '../support/live-test.js';

describe.concurrent('cleanup', () => {
  test('every id a create answered is tracked and deleted at cleanup (the fixture runs it after failed tests too)', async ({ live }) => {
    const scratch = await live.on(live.plan.main);
    const [org, role, user] = await Promise.all([scratch.organization(), scratch.role(), scratch.user()]);
    const invitation = await scratch.invitation({ organizationId: org.id, organizationRoleIds: [role.id], inviterId: user.id });
    // Created without the factories: tracked all the same, from the answer.
    const raw = await scratch.raw('POST', '/api/organizations', { json: { name: scratch.names.organization() } });
    expect(raw.status).toBe(201);
    const rawId = (raw.json as { id: string }).id;

    expect(await scratch.cleanup()).toEqual([]);

    const s = live.main;
    expect((await s.raw('GET', `/api/organization-invitations/${invitation.id}`)).status).toBe(404);
    for (const id of [org.id, rawId]) expect((await s.raw('GET', `/api/organizations/${id}`)).status).toBe(404);
    expect((await s.raw('GET', `/api/users/${user.id}`)).status).toBe(404);
    expect((await s.raw('DELETE', `/api/organization-roles/${role.id}`)).status).toBe(404);
    // Nothing left to clean a second time.
    expect(await scratch.cleanup()).toEqual([]);
  });
});
