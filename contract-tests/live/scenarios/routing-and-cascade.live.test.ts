import { describe, expect } from 'vitest';
import { expectLogtoError } from '../support/expect-answer.js';
import { liveTest as test } from '../support/live-test.js';

describe.concurrent('routing', () => {
  test('a path the API does not have is 404 text/plain, even without a token', async ({ live }) => {
    const s = live.main;
    for (const authorization of [null, undefined]) {
      const answer = await s.raw('GET', `/api/${s.names.missingId()}`, { authorization, invalid: true });
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(answer.text).toBe('Not Found');
    }
  });

  test('a method a known path does not support is 405 text/plain with an Allow header', async ({ live }) => {
    const s = live.main;
    const answer = await s.raw('PATCH', '/api/organization-invitations', { json: {}, invalid: true });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
    const allow = (answer.headers.get('allow') ?? '').split(',').map((m) => m.trim().toUpperCase());
    expect(allow).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(allow).not.toContain('PATCH');
  });
});

describe.concurrent('foreign keys cascade', () => {
  test('deleting an organization deletes its invitations', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const [a, b] = await Promise.all([s.invitation({ organizationId: org.id }), s.invitation({ organizationId: org.id })]);
    expect((await s.api.DELETE('/api/organizations/{id}', { params: { path: { id: org.id } } })).response.status).toBe(204);
    for (const id of [a.id, b.id]) {
      expectLogtoError(await s.api.GET('/api/organization-invitations/{id}', { params: { path: { id } } }), 404, 'entity.not_found');
    }
    // Organizations use Logto's generic look-up by id, whose 404 code differs from the others'.
    expectLogtoError(await s.api.GET('/api/organizations/{id}', { params: { path: { id: org.id } } }), 404, 'entity.not_exists_with_id');
  });

  test('deleting a user deletes the invitations the user sent or accepted', async ({ live }) => {
    const s = live.main;
    const [org, inviter] = await Promise.all([s.organization(), s.user()]);
    const email = s.names.email('invitee');
    const acceptor = await s.user(email);
    const sent = await s.invitation({ organizationId: org.id, inviterId: inviter.id });
    const accepted = await s.invitation({ organizationId: org.id, invitee: email });
    const acceptance = await s.api.PUT('/api/organization-invitations/{id}/status', {
      params: { path: { id: accepted.id } },
      body: { status: 'Accepted', acceptedUserId: acceptor.id },
    });
    expect(acceptance.response.status).toBe(200);
    const untouched = await s.invitation({ organizationId: org.id });

    for (const user of [inviter, acceptor]) {
      expect((await s.api.DELETE('/api/users/{userId}', { params: { path: { userId: user.id } } })).response.status).toBe(204);
    }
    for (const id of [sent.id, accepted.id]) {
      expectLogtoError(await s.api.GET('/api/organization-invitations/{id}', { params: { path: { id } } }), 404, 'entity.not_found');
    }
    expect((await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id })).map((i) => i.id)).toEqual([untouched.id]);
    expectLogtoError(await s.api.GET('/api/users/{userId}', { params: { path: { userId: inviter.id } } }), 404, 'entity.not_found');
  });
});
