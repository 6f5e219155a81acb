import { randomBytes } from 'node:crypto';
import { describe, expect } from 'vitest';
import { expectData } from '../support/session.js';
import { liveTest as test } from '../support/live-test.js';
import { httpSweepApi } from '../sweep/http-sweep-api.js';
import { executeSweep, planSweep } from '../sweep/sweep-plan.js';

describe.concurrent('contract:sweep', () => {
  test('finds exactly what carries its prefix (for every kind the server can list), deletes it, and leaves the rest', async ({ live }) => {
    const s = live.main;
    // A prefix of this test alone, so concurrent tests and runs are not swept.
    const prefix = `${live.plan.prefix}sweep${randomBytes(3).toString('hex')}-`;
    const org = expectData(await s.api.POST('/api/organizations', { body: { name: `${prefix}org` } }), 201, 'CreateOrganization');
    const role = expectData(
      await s.api.POST('/api/organization-roles', { body: { name: `${prefix}role` } }),
      201,
      'CreateOrganizationRole',
    );
    const user = expectData(await s.api.POST('/api/users', { body: { primaryEmail: `${prefix}user@example.com` } }), 200, 'CreateUser');
    const invitation = await s.invitation({ organizationId: org.id, invitee: `${prefix}invitee@example.com` });
    // Carries the run id but does not start with the prefix: the sweep must not touch it.
    const decoy = expectData(await s.api.POST('/api/organizations', { body: { name: `keep-${prefix}org` } }), 201, 'CreateOrganization');

    const api = httpSweepApi(s.target.upstream, await s.token());
    const plan = await planSweep(api, prefix);
    const expected = [
      { kind: 'organization-invitation', key: invitation.id },
      { kind: 'organization', key: org.id },
      { kind: 'organization-role', key: role.id },
      { kind: 'user', key: user.id },
    ].filter((e) => !plan.unlisted.some((u) => u.kind === e.kind));
    expect(plan.items.map(({ kind, key }) => ({ kind, key }))).toEqual(expected);
    expect(plan.items.some((i) => i.key === decoy.id)).toBe(false);

    const outcome = await executeSweep(api, plan);
    expect(outcome.failed).toEqual([]);
    for (const item of expected) {
      const path = plan.items.find((i) => i.key === item.key)?.deletePath as string;
      // A second DELETE answering 404 proves it is gone (the reference server has no GET for some kinds).
      const answer = await s.raw('DELETE', path);
      expect(answer.status, `${item.kind} ${item.key} is gone`).toBe(404);
    }
    const kept = await s.api.GET('/api/organizations/{id}', { params: { path: { id: decoy.id } } });
    expect(kept.response.status).toBe(200);
  });
});
