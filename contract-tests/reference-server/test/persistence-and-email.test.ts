import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirError, startReferenceServer } from '../index.js';
import { fixture, inOneHour, startTestServer, unique } from './harness.js';

const scratch = mkdtempSync(join(tmpdir(), 'reference-server-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('--data-dir', () => {
  it('data survives a restart with the same directory', async () => {
    const dataDir = join(scratch, 'data');
    const first = await startTestServer({ dataDir });
    let organizationId: string;
    let invitationId: string;
    try {
      ({ organizationId } = await fixture(first));
      invitationId = (await first.api('POST', '/api/organization-invitations', { body: { invitee: `${unique('keep')}@example.com`, organizationId, expiresAt: inOneHour() } })).json.id;
    } finally {
      await first.stop();
    }
    const second = await startTestServer({ dataDir });
    try {
      expect((await second.api('GET', `/api/organizations/${organizationId}`)).status).toBe(200);
      const invitation = await second.api('GET', `/api/organization-invitations/${invitationId}`);
      expect(invitation.status).toBe(200);
      expect(invitation.json.status).toBe('Pending');
      // The constraints came back too.
      const duplicate = await second.api('POST', '/api/organization-invitations', { body: { invitee: invitation.json.invitee, organizationId, expiresAt: inOneHour() } });
      expect(duplicate.json.code).toBe('entity.unique_integrity_violation');
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('a directory in use by a running server is refused; so is a non-empty directory that is not a cluster', async () => {
    const dataDir = join(scratch, 'shared');
    const first = await startReferenceServer({ dataDir });
    try {
      await expect(startReferenceServer({ dataDir })).rejects.toThrow(DataDirError);
    } finally {
      await first.stop();
    }
    const foreign = join(scratch, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    await expect(startReferenceServer({ dataDir: foreign })).rejects.toThrow(/neither empty nor a PGlite data directory/);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('mine');
  }, 120_000);

  it('without a data directory nothing survives', async () => {
    const first = await startTestServer();
    const organizationId = (await first.api('POST', '/api/organizations', { body: { name: 'ephemeral' } })).json.id;
    await first.stop();
    const second = await startTestServer();
    try {
      expect((await second.api('GET', `/api/organizations/${organizationId}`)).status).toBe(404);
    } finally {
      await second.stop();
    }
  }, 120_000);
});

describe('file e-mail connector', () => {
  it('create with messagePayload and resend each record {to, type, payload} as a JSON line', async () => {
    const emailOutbox = join(scratch, 'outbox.jsonl');
    const test = await startTestServer({ emailOutbox });
    try {
      expect(test.server.emailOutbox).toBe(emailOutbox);
      expect(readFileSync(emailOutbox, 'utf8')).toBe('');
      // Listed as Logto lists an e-mail connector, so the live suite can detect it.
      const connectors = await test.api('GET', '/api/connectors');
      expect(connectors.status).toBe(200);
      expect(connectors.json).toEqual([expect.objectContaining({ type: 'Email' })]);
      const { organizationId } = await fixture(test);
      const invitee = `${unique('Mail')}@example.com`;
      const created = await test.api('POST', '/api/organization-invitations', {
        body: { invitee, organizationId, expiresAt: inOneHour(), messagePayload: { link: 'https://example.com/accept', code: 'c1' } },
      });
      expect(created.status).toBe(201);
      const resent = await test.api('POST', `/api/organization-invitations/${created.json.id}/message`, { body: { locale: 'en' } });
      expect(resent.status).toBe(204);
      const quiet = await test.api('POST', '/api/organization-invitations', { body: { invitee: `${unique('quiet')}@example.com`, organizationId, expiresAt: inOneHour(), messagePayload: false } });
      expect(quiet.status).toBe(201);
      const messages = readFileSync(emailOutbox, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown);
      // Logto adds the organization (id, name, branding) to the template payload.
      const organization = { id: organizationId, name: expect.any(String), branding: {} };
      expect(messages).toEqual([
        { to: invitee, type: 'OrganizationInvitation', payload: { organization, link: 'https://example.com/accept', code: 'c1' } },
        { to: invitee, type: 'OrganizationInvitation', payload: { organization, locale: 'en' } },
      ]);
    } finally {
      await test.stop();
    }
  }, 60_000);

  it('10 sends to one recipient (any case) in 600 s are allowed, the 11th is 429 request.message_rate_limited; the window rolls', async () => {
    const emailOutbox = join(scratch, 'outbox-limit.jsonl');
    let now = Date.now();
    const test = await startTestServer({ emailOutbox, now: () => now });
    try {
      const { organizationId } = await fixture(test);
      const invitee = `${unique('limit')}@example.com`;
      const created = await test.api('POST', '/api/organization-invitations', { body: { invitee, organizationId, expiresAt: now + 3_600_000, messagePayload: { link: 'x' } } });
      expect(created.status).toBe(201);
      for (let send = 2; send <= 10; send += 1) {
        now += 1_000;
        expect((await test.api('POST', `/api/organization-invitations/${created.json.id}/message`, { body: { extra: send } })).status).toBe(204);
      }
      const refused = await test.api('POST', `/api/organization-invitations/${created.json.id}/message`, { body: {} });
      expect(refused.status).toBe(429);
      expect(refused.json.code).toBe('request.message_rate_limited');
      // The same address in another case shares the limit: a create with a message is refused and stores nothing.
      const other = await fixture(test);
      const again = await test.api('POST', '/api/organization-invitations', { body: { invitee: invitee.toUpperCase(), organizationId: other.organizationId, expiresAt: now + 3_600_000, messagePayload: {} } });
      expect(again.status).toBe(429);
      expect((await test.api('GET', `/api/organization-invitations?organizationId=${other.organizationId}`)).json).toEqual([]);
      // 600 s after the first send, one slot is free again.
      now += 600_000 - 9_000;
      expect((await test.api('POST', `/api/organization-invitations/${created.json.id}/message`, { body: {} })).status).toBe(204);
      expect((await test.api('POST', `/api/organization-invitations/${created.json.id}/message`, { body: {} })).status).toBe(429);
      // Unknown payload fields reach the template as they are.
      const lines = readFileSync(emailOutbox, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { payload: Record<string, unknown> });
      expect(lines[1]?.payload).toMatchObject({ extra: 2 });
    } finally {
      await test.stop();
    }
  }, 60_000);
});
