import { describe, expect } from 'vitest';
import { expectLogtoError, sleep } from '../support/expect-answer.js';
import { liveTest as test } from '../support/live-test.js';

// Long enough for a slow staging server to store the invitation before it expires.
const SHORT_LIFETIME_MS = 2_500;

describe.concurrent('invitation expiry', () => {
  test('a pending invitation past its expiresAt reads Expired, refuses changes, and a new one can be created', async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const email = s.names.email('invitee');
    const user = await s.user(email);
    const expiresAt = s.serverNow() + SHORT_LIFETIME_MS;
    const invitation = await s.invitation({ organizationId: org.id, invitee: email, expiresAt });
    expect(invitation.status).toBe('Pending');

    // Expiry is judged by the server's clock, which the session learnt from a createdAt.
    await sleep(Math.max(0, expiresAt - s.serverNow()) + 300);

    const read = await s.logto.organizationInvitations.getOrganizationInvitation(invitation.id);
    expect(read).toMatchObject({ id: invitation.id, status: 'Expired', expiresAt });
    const listed = await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id });
    expect(listed.map((i) => i.status)).toEqual(['Expired']);

    for (const body of [{ status: 'Revoked' as const }, { status: 'Accepted' as const, acceptedUserId: user.id }]) {
      const change = await s.api.PUT('/api/organization-invitations/{id}/status', { params: { path: { id: invitation.id } }, body });
      expectLogtoError(change, 422, 'request.invalid_input');
    }

    // The stale pending row no longer blocks the (organization, invitee) pair.
    const renewed = await s.invitation({ organizationId: org.id, invitee: email });
    expect(renewed).toMatchObject({ status: 'Pending', invitee: email });
    const after = await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id });
    expect(after.map((i) => [i.id, i.status]).sort()).toEqual(
      [
        [invitation.id, 'Expired'],
        [renewed.id, 'Pending'],
      ].sort(),
    );
  });
});
