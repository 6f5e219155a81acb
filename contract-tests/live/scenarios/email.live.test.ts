import { describe, expect } from 'vitest';
import { expectLogtoError, mixedCase } from '../support/expect-answer.js';
import { SKIP_KEYS } from '../support/live-plan.js';
import { liveTest as test } from '../support/live-test.js';
import { messagesTo } from '../support/outbox.js';
import { senderTarget } from '../support/skip-plan.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.concurrent('invitation e-mail with an e-mail connector', () => {
  test('create with a messagePayload sends the invitation; resend sends it again', async ({ live, skip }) => {
    const target = senderTarget(live.plan.main, live.plan.mailer);
    if (!target) return skip(live.plan.skips[SKIP_KEYS.withConnector] ?? 'no target may send e-mail');
    const s = await live.on(target);
    const org = await s.organization();
    const invitee = s.names.email('invitee');
    const payload = { link: `https://app.example.com/invite/${s.names.prefix}`, locale: 'en' };
    const created = await s.api.POST('/api/organization-invitations', {
      body: { invitee, organizationId: org.id, expiresAt: Date.now() + DAY_MS, messagePayload: payload },
    });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ invitee, status: 'Pending' });
    const id = created.data?.id as string;

    const resent = await s.api.POST('/api/organization-invitations/{id}/message', {
      params: { path: { id } },
      body: { code: '123456', link: `${payload.link}/again`, uiLocales: 'en fr' },
    });
    expect(resent.response.status).toBe(204);

    if (target.emailOutbox) {
      const messages = await messagesTo(target.emailOutbox, invitee);
      expect(messages).toEqual([
        // Logto adds the organization (id, name, branding) to what the template receives.
        { to: invitee, type: 'OrganizationInvitation', payload: expect.objectContaining({ ...payload, organization: { id: org.id, name: org.name, branding: {} } }) },
        { to: invitee, type: 'OrganizationInvitation', payload: expect.objectContaining({ code: '123456', link: `${payload.link}/again`, uiLocales: 'en fr' }) },
      ]);
    }
  });
});

describe.concurrent('invitation e-mail send limit', () => {
  // Logto's defaultMessageRateLimitPolicy: 10 sends per recipient in any 600 s, then 429.
  const MAX_SENDS = 10;

  test('the 11th e-mail to one recipient within 600 s is 429 request.message_rate_limited, whatever the case of the address', async ({ live, skip }) => {
    const target = senderTarget(live.plan.main, live.plan.mailer);
    if (!target) return skip(live.plan.skips[SKIP_KEYS.withConnector] ?? 'no target may send e-mail');
    const s = await live.on(target);
    const [org, otherOrg] = await Promise.all([s.organization(), s.organization()]);
    const invitee = s.names.email('invitee');
    const invitation = await s.invitation({ organizationId: org.id, invitee });
    for (let send = 1; send <= MAX_SENDS; send += 1) {
      const sent = await s.api.POST('/api/organization-invitations/{id}/message', { params: { path: { id: invitation.id } }, body: { link: `https://app.example.com/${send}` } });
      expect(sent.response.status, `send ${send}`).toBe(204);
    }
    const refused = await s.api.POST('/api/organization-invitations/{id}/message', { params: { path: { id: invitation.id } }, body: { link: 'https://app.example.com/11' } });
    expectLogtoError(refused, 429, 'request.message_rate_limited');
    // The limit is per address without regard to case, and a refused create stores nothing.
    const create = await s.api.POST('/api/organization-invitations', {
      body: { invitee: mixedCase(invitee), organizationId: otherOrg.id, expiresAt: Date.now() + DAY_MS, messagePayload: { link: 'https://app.example.com/x' } },
    });
    expectLogtoError(create, 429, 'request.message_rate_limited');
    expect(await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: otherOrg.id })).toEqual([]);
    if (target.emailOutbox) expect(await messagesTo(target.emailOutbox, invitee)).toHaveLength(MAX_SENDS);
  });
});

describe.concurrent('invitation e-mail without an e-mail connector', () => {
  test('create with a messagePayload is 501 connector.not_found and stores nothing', async ({ live, skip }) => {
    const reason = live.plan.skips[SKIP_KEYS.withoutConnector];
    if (reason) skip(reason);
    const s = await live.direct(live.plan.main);
    const org = await s.organization();
    const invitee = s.names.email('invitee');
    const result = await s.api.POST('/api/organization-invitations', {
      body: { invitee, organizationId: org.id, expiresAt: Date.now() + DAY_MS, messagePayload: { link: 'https://app.example.com/invite', locale: 'en' } },
    });
    expectLogtoError(result, 501, 'connector.not_found');
    expect(await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id })).toEqual([]);
    // The whole create was one transaction: the invitee is still free to invite.
    const later = await s.invitation({ organizationId: org.id, invitee });
    expect(later.status).toBe('Pending');
  });

  test('resend is 501 connector.not_found', async ({ live, skip }) => {
    const reason = live.plan.skips[SKIP_KEYS.withoutConnector];
    if (reason) skip(reason);
    const s = await live.direct(live.plan.main);
    const org = await s.organization();
    const invitation = await s.invitation({ organizationId: org.id });
    const result = await s.api.POST('/api/organization-invitations/{id}/message', { params: { path: { id: invitation.id } }, body: { locale: 'en' } });
    expectLogtoError(result, 501, 'connector.not_found');
  });
});
