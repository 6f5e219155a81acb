import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, inOneHour, startTestServer, startTimeoutMs, unique, type RequestOptions, type TestServer } from './harness.js';
import { SpecConformance } from './spec-conformance.js';

let test: TestServer;
let mailer: TestServer;
const conformance = await SpecConformance.load();
const problems: string[] = [];
const seen = new Set<string>();

const scratch = mkdtempSync(join(tmpdir(), 'reference-conformance-'));

beforeAll(async () => {
  [test, mailer] = await Promise.all([startTestServer(), startTestServer({ emailOutbox: join(scratch, 'outbox.jsonl') })]);
}, startTimeoutMs);
afterAll(async () => {
  await Promise.all([test.stop(), mailer.stop()]);
  rmSync(scratch, { recursive: true, force: true });
});

/** Calls the server and records whether the answer matches the spec for `template`. */
async function call(server: TestServer, method: string, template: string, path: string, options?: RequestOptions) {
  const response = await server.api(method, path, options);
  problems.push(...conformance.check(method, template, response));
  seen.add(`${method} ${template} ${response.status}`);
  return response;
}

describe('the conformance check itself', () => {
  it('flags an undocumented status, a wrong shape and a wrong content type', () => {
    const response = (status: number, body: unknown, contentType = 'application/json') => ({ status, headers: new Headers({ 'content-type': contentType }), text: JSON.stringify(body), json: body });
    expect(conformance.check('GET', '/api/organizations/{id}', response(418, {}))).toHaveLength(1);
    expect(conformance.check('GET', '/api/organizations/{id}', response(200, { id: 'x' })).length).toBeGreaterThan(0);
    expect(conformance.check('GET', '/api/organizations/{id}', response(404, { code: 'entity.not_found', message: 'm' }, 'text/plain'))).toHaveLength(1);
    expect(conformance.check('GET', '/api/organizations/{id}', response(404, { code: 'entity.not_found', message: 'm' }))).toEqual([]);
  });
});

describe('every answer matches openapi/logto-management.yaml', () => {
  it('success answers of all 18 operations', async () => {
    const { organizationId, userId, role } = await fixture(test);
    await call(test, 'GET', '/api/status', '/api/status', { token: null });
    await call(test, 'POST', '/api/organizations', '/api/organizations', { body: { name: unique('o') } });
    await call(test, 'GET', '/api/organizations/{id}', `/api/organizations/${organizationId}`);
    await call(test, 'POST', '/api/users', '/api/users', { body: { primaryEmail: `${unique('c')}@example.com`, username: unique('c_'), name: 'C' } });
    await call(test, 'GET', '/api/users/{userId}', `/api/users/${userId}`);
    await call(test, 'POST', '/api/organization-roles', '/api/organization-roles', { body: { name: unique('r'), description: 'd' } });
    await call(test, 'POST', '/api/organizations/{id}/users', `/api/organizations/${organizationId}/users`, { body: { userIds: [userId] } });
    await call(test, 'GET', '/api/organizations/{id}/users', `/api/organizations/${organizationId}/users?page=1&page_size=5`);
    await call(test, 'GET', '/api/users/{userId}/organizations', `/api/users/${userId}/organizations`);

    const other = (await test.api('POST', '/api/users', { body: { primaryEmail: `${unique('i')}@example.com` } })).json;
    const created = await call(test, 'POST', '/api/organization-invitations', '/api/organization-invitations', {
      body: { invitee: other.primaryEmail, organizationId, inviterId: userId, expiresAt: inOneHour(), organizationRoleIds: [role.id] },
    });
    await call(test, 'GET', '/api/organization-invitations', `/api/organization-invitations?organizationId=${organizationId}`);
    await call(test, 'GET', '/api/organization-invitations/{id}', `/api/organization-invitations/${created.json.id}`);
    await call(test, 'PUT', '/api/organization-invitations/{id}/status', `/api/organization-invitations/${created.json.id}/status`, { body: { status: 'Accepted', acceptedUserId: other.id } });
    await call(test, 'DELETE', '/api/organization-invitations/{id}', `/api/organization-invitations/${created.json.id}`);

    const mail = await fixture(mailer);
    const mailed = await call(mailer, 'POST', '/api/organization-invitations', '/api/organization-invitations', {
      body: { invitee: `${unique('m')}@example.com`, organizationId: mail.organizationId, expiresAt: inOneHour(), messagePayload: { link: 'https://example.com' } },
    });
    await call(mailer, 'POST', '/api/organization-invitations/{id}/message', `/api/organization-invitations/${mailed.json.id}/message`, { body: {} });

    await call(test, 'DELETE', '/api/organization-roles/{id}', `/api/organization-roles/${role.id}`);
    await call(test, 'DELETE', '/api/users/{userId}', `/api/users/${userId}`);
    await call(test, 'DELETE', '/api/organizations/{id}', `/api/organizations/${organizationId}`);
    expect(problems).toEqual([]);
  });

  it('error answers (400, 401, 403, 404, 422, 501)', async () => {
    const { organizationId, email, userId } = await fixture(test);
    const noScope = await test.server.signTestToken({ scope: '' });
    await call(test, 'GET', '/api/organization-invitations', '/api/organization-invitations', { token: null });
    await call(test, 'GET', '/api/organization-invitations', '/api/organization-invitations', { token: 'garbage' });
    await call(test, 'GET', '/api/organization-invitations', '/api/organization-invitations', { token: null, headers: { Authorization: 'Basic eDp5' } });
    await call(test, 'GET', '/api/organization-invitations', '/api/organization-invitations', { token: noScope });
    await call(test, 'POST', '/api/organization-invitations', '/api/organization-invitations', { body: { invitee: 'nope' } });
    await call(test, 'POST', '/api/organization-invitations', '/api/organization-invitations', { rawBody: '{', headers: { 'Content-Type': 'application/json' } });
    await call(test, 'POST', '/api/organization-invitations', '/api/organization-invitations', { body: { invitee: 'a@example.com', organizationId, expiresAt: 1 } });
    await call(test, 'POST', '/api/organization-invitations', '/api/organization-invitations', { body: { invitee: 'a@example.com', organizationId: 'missing', expiresAt: inOneHour() } });
    await call(test, 'POST', '/api/organization-invitations', '/api/organization-invitations', { body: { invitee: 'b@example.com', organizationId, expiresAt: inOneHour(), messagePayload: {} } });
    const invitation = (await test.api('POST', '/api/organization-invitations', { body: { invitee: email, organizationId, expiresAt: inOneHour() } })).json;
    await call(test, 'POST', '/api/organization-invitations/{id}/message', `/api/organization-invitations/${invitation.id}/message`, { body: {} });
    await call(test, 'PUT', '/api/organization-invitations/{id}/status', `/api/organization-invitations/${invitation.id}/status`, { body: { status: 'Accepted' } });
    await call(test, 'PUT', '/api/organization-invitations/{id}/status', '/api/organization-invitations/missing/status', { body: { status: 'Revoked' } });
    await call(test, 'PUT', '/api/organization-invitations/{id}/status', `/api/organization-invitations/${invitation.id}/status`, { body: { status: 'Pending' } });
    await call(test, 'GET', '/api/organization-invitations/{id}', '/api/organization-invitations/missing');
    await call(test, 'DELETE', '/api/organization-invitations/{id}', '/api/organization-invitations/missing');
    await call(test, 'POST', '/api/organization-invitations/{id}/message', '/api/organization-invitations/missing/message', { body: {} });
    await call(test, 'GET', '/api/organizations/{id}', '/api/organizations/missing');
    await call(test, 'GET', '/api/organizations/{id}/users', `/api/organizations/${organizationId}/users?page=0`);
    await call(test, 'POST', '/api/organizations/{id}/users', '/api/organizations/missing/users', { body: { userIds: [userId] } });
    await call(test, 'POST', '/api/users', '/api/users', { body: { primaryEmail: email } });
    await call(test, 'GET', '/api/users/{userId}', '/api/users/missing');
    await call(test, 'GET', '/api/users/{userId}/organizations', '/api/users/missing/organizations');
    const roleName = unique('dup');
    await test.api('POST', '/api/organization-roles', { body: { name: roleName } });
    await call(test, 'POST', '/api/organization-roles', '/api/organization-roles', { body: { name: roleName } });
    await call(test, 'DELETE', '/api/organization-roles/{id}', '/api/organization-roles/missing');
    expect(problems).toEqual([]);
    for (const status of [400, 401, 403, 404, 422, 501]) expect([...seen].some((entry) => entry.endsWith(` ${status}`)), String(status)).toBe(true);
  });
});
