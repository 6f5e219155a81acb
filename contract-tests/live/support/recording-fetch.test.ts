import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConformance } from './conformance.js';
import { INTENT_HEADER, type LedgerEntry, type Observation } from './observation.js';
import { createRecordingFetch } from './recording-fetch.js';
import { Tracker } from './tracker.js';
import { TransientFault } from '../../lib/run/transient-faults.js';
import type { VersionGap } from './version-gap.js';

// An older Logto as its served spec describes it, reduced to what these answers touch.
const fieldAdded = (operationId: string, field: string): VersionGap['changes'][string][number] => ({
  class: 'non-breaking',
  kind: 'field-added',
  operationId,
  location: '#',
  message: `new response 200 body field \`${field}\``,
  subject: { base: 'response 200 body', field },
  direction: 'response',
});

// A fake server whose answers are wrong in known ways, to prove the recorder catches each.
const ANSWERS: Record<string, { status: number; type?: string; body?: string; headers?: Record<string, string> }> = {
  'GET /api/organization-invitations/bad-body': { status: 200, type: 'application/json', body: JSON.stringify({ id: 5 }) },
  'GET /api/organization-invitations/crash': { status: 500, type: 'application/json', body: JSON.stringify({ code: 'unknown', message: 'boom' }) },
  'GET /api/organization-invitations/teapot': { status: 418, type: 'text/plain', body: 'teapot' },
  'DELETE /api/organization-invitations/html': { status: 404, type: 'text/html', body: '<h1>nope</h1>' },
  'POST /api/organizations': {
    status: 201,
    type: 'application/json',
    body: JSON.stringify({ tenantId: 'default', id: 'org1', name: 'ct-x', description: null, customData: {}, isMfaRequired: false, color: {}, branding: {}, customCss: null, createdAt: 1 }),
  },
  'GET /api/organization-invitations/reset-once': { status: 404, type: 'application/json', body: JSON.stringify({ code: 'entity.not_found', message: 'gone' }) },
  'POST /api/organizations?reset=always': { status: 201, type: 'application/json', body: JSON.stringify({ id: 'never' }) },
  'GET /api/status': {
    status: 204,
    headers: { 'sl-violations': JSON.stringify([{ location: ['response', 'body'], severity: 'Error', message: 'should be empty' }]) },
  },
};

describe('recording fetch', () => {
  let server: Server;
  let base: string;
  const seenHeaders: IncomingHttpHeaders[] = [];
  let resetDone = false;
  beforeAll(async () => {
    server = createServer((req, res) => {
      seenHeaders.push(req.headers);
      // The first request here has its connection reset under it, as a stalled server's idle timer does.
      if ((req.url === '/api/organization-invitations/reset-once' && !resetDone) || req.url === '/api/organizations?reset=always') {
        resetDone = true;
        req.socket.resetAndDestroy();
        return;
      }
      const answer = ANSWERS[`${req.method} ${req.url}`] ?? { status: 404, type: 'text/plain', body: 'Not Found' };
      res.writeHead(answer.status, { ...(answer.type ? { 'content-type': answer.type } : {}), ...answer.headers });
      res.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function record(method: string, path: string, headers: Record<string, string> = {}, versionGap?: VersionGap): Promise<{ observation: Observation; tracker: Tracker; persisted: Array<Observation | LedgerEntry> }> {
    const observations: Observation[] = [];
    const persisted: Array<Observation | LedgerEntry> = [];
    const tracker = new Tracker('ct-unit-');
    const recordingFetch = createRecordingFetch({ conformance: await loadConformance(), tracker, targetName: 'fake', testName: () => 'unit', observations, persist: (r) => persisted.push(r), ...(versionGap ? { versionGap } : {}) });
    const response = await recordingFetch(new Request(`${base}${path}`, { method, headers, ...(method === 'POST' ? { body: '{}' } : {}) }));
    await response.text();
    return { observation: observations[0] as Observation, tracker, persisted };
  }

  it.each([
    ['GET', '/api/organization-invitations/bad-body', 'response_schema_conformance'],
    ['GET', '/api/organization-invitations/crash', 'not_a_server_error'],
    ['GET', '/api/organization-invitations/teapot', 'status_code_conformance'],
    ['DELETE', '/api/organization-invitations/html', 'content_type_conformance'],
    ['GET', '/api/status', 'response_schema_conformance'],
  ])('%s %s breaks %s', async (method, path, check) => {
    const { observation } = await record(method, path);
    expect(observation.violations.map((v) => v.check)).toContain(check);
  });

  it('a conforming create answer passes, and its id is tracked for cleanup and written to the run ledger at once', async () => {
    const { observation, tracker, persisted } = await record('POST', '/api/organizations', { 'content-type': 'application/json' });
    expect(observation).toMatchObject({ operationId: 'CreateOrganization', path: '/api/organizations', status: 201, violations: [] });
    expect(tracker.drain()).toEqual([{ kind: 'organization', key: 'org1', deletePath: '/api/organizations/org1' }]);
    expect(persisted[0]).toEqual({ ledger: 'created', kind: 'organization', key: 'org1', deletePath: '/api/organizations/org1', target: 'fake' });
    // Without a violation, the run's files keep no command (it is only shown for failures).
    expect(persisted[1]).not.toHaveProperty('curl');
  });

  it('a delete answered 404 marks the entity gone in the ledger', async () => {
    const { persisted } = await record('DELETE', '/api/organization-invitations/html');
    expect(persisted[0]).toEqual({ ledger: 'gone', kind: 'organization-invitation', deletePath: '/api/organization-invitations/html', target: 'fake' });
  });

  it('a violation carries its JSON pointer, expected and actual value, and a curl command with the token as $LOGTO_TOKEN', async () => {
    const { observation, persisted } = await record('GET', '/api/organization-invitations/bad-body', { Authorization: 'Bearer secret-token-value' });
    const schema = observation.violations.find((v) => v.check === 'response_schema_conformance');
    expect(schema?.details?.[0]).toEqual({ pointer: '/tenantId', message: 'missing required property "tenantId"', expected: 'a value (the property is required)', value: undefined });
    expect(observation.curl).toBe(`curl -X GET '${base}/api/organization-invitations/bad-body' -H "Authorization: Bearer $LOGTO_TOKEN"`);
    expect(persisted[0]).toMatchObject({ curl: observation.curl });
    expect(JSON.stringify(persisted)).not.toContain('secret-token-value');
  });

  it('a GET whose connection is reset before any answer is sent again, and the fault recorded as flakiness', async () => {
    const before = seenHeaders.length;
    const { observation } = await record('GET', '/api/organization-invitations/reset-once');
    expect(seenHeaders.length - before).toBe(2);
    expect(observation).toMatchObject({ operationId: 'GetOrganizationInvitation', status: 404, transientFaults: ['ECONNRESET'], violations: [] });
  });

  it('a create whose connection is reset is never sent again: the fault is thrown, named as such', async () => {
    const before = seenHeaders.length;
    const failure = await record('POST', '/api/organizations?reset=always').catch((error: unknown) => error);
    expect(seenHeaders.length - before).toBe(1);
    expect(failure).toBeInstanceOf(TransientFault);
    expect((failure as TransientFault).message).toMatch(/POST \/api\/organizations: no answer \(ECONNRESET\); not sent again/);
  });

  it('a path outside the spec is recorded without checks; the intent header never reaches the server', async () => {
    const { observation } = await record('GET', '/api/unknown', { [INTENT_HEADER]: 'invalid', Authorization: 'Bearer secret-token-value' });
    expect(observation).toMatchObject({ operationId: null, status: 404, deliberatelyInvalid: true, violations: [] });
    expect(seenHeaders.at(-1)?.[INTENT_HEADER]).toBeUndefined();
    expect(JSON.stringify(observation)).not.toContain('secret-token-value');
  });

  describe('against a Logto that serves another spec', () => {
    it('an answer of an operation the target does not serve is no failure: recorded as not served', async () => {
      const gap: VersionGap = { logto: '1.40.0', compared: 'unit', notServed: ['GetOrganizationInvitation'], changes: {} };
      const { observation } = await record('GET', '/api/organization-invitations/teapot', {}, gap);
      expect(observation).toMatchObject({ violations: [], notServed: true });
      expect(observation.versionDifferences?.[0]).toMatchObject({ check: 'status_code_conformance', because: ['GetOrganizationInvitation is not served by this Logto (1.40.0)'] });
    });

    it('missing fields the target\'s spec does not have are version differences', async () => {
      const required = ['tenantId', 'inviterId', 'invitee', 'acceptedUserId', 'organizationId', 'status', 'createdAt', 'updatedAt', 'expiresAt', 'organizationRoles'];
      const gap: VersionGap = { logto: '1.40.0', compared: 'unit', notServed: [], changes: { GetOrganizationInvitation: [...required.map((f) => fieldAdded('GetOrganizationInvitation', f)), { ...fieldAdded('GetOrganizationInvitation', 'id'), kind: 'type-changed', message: 'type changed' }] } };
      const { observation } = await record('GET', '/api/organization-invitations/bad-body', {}, gap);
      expect(observation.violations).toEqual([]);
      expect(observation.versionDifferences?.map((d) => d.check)).toEqual(['response_schema_conformance']);
    });

    it('real breakage on a served operation still fails: a field both specs require, and a server error', async () => {
      const gap: VersionGap = { logto: '1.40.0', compared: 'unit', notServed: [], changes: { GetOrganizationInvitation: [fieldAdded('GetOrganizationInvitation', 'tenantId')] } };
      const { observation } = await record('GET', '/api/organization-invitations/bad-body', {}, gap);
      expect(observation.violations.map((v) => v.check)).toEqual(['response_schema_conformance']);
      expect(observation.versionDifferences).toBeUndefined();
      const crash = await record('GET', '/api/organization-invitations/crash', {}, gap);
      expect(crash.observation.violations.map((v) => v.check)).toContain('not_a_server_error');
    });
  });
});
