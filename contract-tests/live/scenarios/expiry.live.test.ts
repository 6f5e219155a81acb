import { describe, expect } from 'vitest';
import { expectLogtoError, waitForAnswer } from '../support/expect-answer.js';
import { liveTest as test } from '../support/live-test.js';
import type { Invitation } from '../support/models.js';

/** The first lifetime tried: short, so the test waits little on a quick server. */
const FIRST_LIFETIME_MS = 1_000;
/** Longer than any create takes on a working server; beyond it, the refusal is a real one. */
const LONGEST_LIFETIME_MS = 64_000;

describe.concurrent('invitation expiry', () => {
  // A ceiling, not a speed: a slow server may need a few doubled lifetimes and their wait.
  test('a pending invitation past its expiresAt reads Expired, refuses changes, and a new one can be created', { timeout: 300_000 }, async ({ live }) => {
    const s = live.main;
    const org = await s.organization();
    const email = s.names.email('invitee');
    const user = await s.user(email);

    // A short lifetime that the create itself must not outlast. Expiry is judged by the server's
    // clock (learnt from a createdAt): when the server says the moment has already passed, this
    // machine was slower than the lifetime, so the next try doubles it. No speed is assumed.
    let invitation: Invitation | undefined;
    for (let lifetime = FIRST_LIFETIME_MS; !invitation; lifetime *= 2) {
      const expiresAt = s.serverNow() + lifetime;
      const created = await s.api.POST('/api/organization-invitations', { body: { invitee: email, organizationId: org.id, expiresAt, messagePayload: false } });
      if (created.response.status === 201) invitation = created.data;
      else if (lifetime < LONGEST_LIFETIME_MS) expectLogtoError(created, 400, 'request.invalid_input');
      else throw new Error(`CreateOrganizationInvitation refused an expiresAt ${lifetime} ms ahead: ${created.response.status} ${JSON.stringify(created.error)}`);
    }
    expect(invitation).toMatchObject({ status: 'Pending' });
    const { id, expiresAt } = invitation as Invitation;

    // Waits for the event itself: the server reading the invitation as Expired.
    const read = await waitForAnswer(
      `invitation ${id} reads Expired once the server's clock passes its expiresAt`,
      () => s.logto.organizationInvitations.getOrganizationInvitation(id),
      (answer) => answer.status !== 'Pending',
      { ceilingMs: Math.max(0, expiresAt - s.serverNow()) + 30_000 },
    );
    expect(read).toMatchObject({ id, status: 'Expired', expiresAt });
    const listed = await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id });
    expect(listed.map((i) => i.status)).toEqual(['Expired']);

    for (const body of [{ status: 'Revoked' as const }, { status: 'Accepted' as const, acceptedUserId: user.id }]) {
      const change = await s.api.PUT('/api/organization-invitations/{id}/status', { params: { path: { id } }, body });
      expectLogtoError(change, 422, 'request.invalid_input');
    }

    // The stale pending row no longer blocks the (organization, invitee) pair.
    const renewed = await s.invitation({ organizationId: org.id, invitee: email });
    expect(renewed).toMatchObject({ status: 'Pending', invitee: email });
    const after = await s.logto.organizationInvitations.listOrganizationInvitations({ organizationId: org.id });
    expect(after.map((i) => [i.id, i.status]).sort()).toEqual(
      [
        [id, 'Expired'],
        [renewed.id, 'Pending'],
      ].sort(),
    );
  });
});
