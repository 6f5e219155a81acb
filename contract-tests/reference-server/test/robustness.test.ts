import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, inOneHour, startTestServer, unique, startTimeoutMs, type TestServer } from './harness.js';

let test: TestServer;
const internalErrors: unknown[] = [];
beforeAll(async () => {
  test = await startTestServer({ onInternalError: (error) => internalErrors.push(error) });
}, startTimeoutMs);
afterAll(async () => {
  await test.stop();
  // Nothing a client sent may have reached the 5xx path.
  expect(internalErrors).toEqual([]);
});

describe('malformed requests get a 4xx, never a 5xx', () => {
  it('malformed JSON → 400 with a code-less body', async () => {
    for (const rawBody of ['{"invitee":', 'not json', '{"a":1}}']) {
      const response = await test.api('POST', '/api/organization-invitations', { rawBody, headers: { 'Content-Type': 'application/json' } });
      expect(response.status).toBe(400);
      expect(response.json).toEqual({ message: expect.any(String) });
    }
  });

  it('a JSON scalar body (not an object) → 400', async () => {
    for (const rawBody of ['"text"', '42', 'null']) {
      const response = await test.api('POST', '/api/organizations', { rawBody, headers: { 'Content-Type': 'application/json' } });
      expect(response.status).toBe(400);
    }
  });

  it('a JSON array body fails the guard → 400 guard.invalid_input', async () => {
    const response = await test.api('POST', '/api/organizations', { body: [{ name: 'x' }] });
    expect(response.status).toBe(400);
    expect(response.json.code).toBe('guard.invalid_input');
  });

  it('a text/plain body reaches the guard as a string (koa-body parses text/*) → 400 guard.invalid_input at the root', async () => {
    const response = await test.api('POST', '/api/organization-invitations', {
      rawBody: JSON.stringify({ invitee: 'a@example.com', organizationId: 'x', expiresAt: inOneHour() }),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ code: 'guard.invalid_input', data: { issues: [{ code: 'invalid_type', expected: 'object', received: 'string', path: [] }] } });
  });

  it('a content type koa-body does not parse leaves the body empty → the guard reports what is missing', async () => {
    const response = await test.api('POST', '/api/organization-invitations', {
      rawBody: JSON.stringify({ invitee: 'a@example.com', organizationId: 'x', expiresAt: inOneHour() }),
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect(response.status).toBe(400);
    expect(response.json.data.issues.map((issue: { path: string[] }) => issue.path[0]).sort()).toEqual(['expiresAt', 'invitee', 'organizationId']);
  });

  it('a JSON body over 1 MiB → 404 text/plain "Not Found" (Logto drops its parser\'s 413); exactly 1 MiB is parsed; without a token → 401', async () => {
    const response = await test.api('POST', '/api/organizations', { body: { name: 'big', description: 'x'.repeat(1024 * 1024 + 10) } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.text).toBe('Not Found');
    const exact = JSON.stringify({ name: 'edge', pad: '' });
    const edge = await test.api('POST', '/api/organization-roles', { rawBody: JSON.stringify({ name: 'edge', pad: 'x'.repeat(1024 * 1024 - exact.length) }), headers: { 'Content-Type': 'application/json' } });
    expect(edge.status).toBe(201);
    const anonymous = await test.api('POST', '/api/organizations', { body: { name: 'big', description: 'x'.repeat(1024 * 1024 + 10) }, token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.code).toBe('auth.authorization_header_missing');
    // The server keeps serving afterwards.
    expect((await test.api('GET', '/api/status')).status).toBe(204);
  });

  it('garbage ids → 404 entity.not_found', async () => {
    for (const id of ['%00', '%E0%A4%A', "' or 1=1 --", 'x'.repeat(5000), '...', '%2F', '😀', 'NULL']) {
      const response = await test.api('GET', `/api/organization-invitations/${id}`);
      expect(response.status, id).toBe(404);
      expect(response.json?.code, id).toBe('entity.not_found');
    }
  });

  it('values the database cannot store → 400, not 500', async () => {
    const { organizationId } = await fixture(test);
    const cases = [
      { path: '/api/organizations', body: { name: 'nul\u0000char' } },
      { path: '/api/organization-invitations', body: { invitee: `${'a'.repeat(250)}@example.com`, organizationId, expiresAt: inOneHour() } },
      { path: '/api/organization-invitations', body: { invitee: 'a@example.com', organizationId, expiresAt: 1e300 } },
      { path: '/api/organization-invitations', body: { invitee: 'a@example.com', organizationId: 'nul\u0000', expiresAt: inOneHour() } },
    ];
    for (const { path, body } of cases) {
      const response = await test.api('POST', path, { body });
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(typeof response.json.code).toBe('string');
    }
  });

  it('a repeated query filter fails the guard → 400 guard.invalid_input', async () => {
    const response = await test.api('GET', '/api/organization-invitations?organizationId=a&organizationId=b');
    expect(response.status).toBe(400);
    expect(response.json.code).toBe('guard.invalid_input');
  });

  it('HEAD and OPTIONS follow the router', async () => {
    const head = await test.api('HEAD', '/api/status', { token: null });
    expect(head.status).toBe(204);
    const options = await test.api('OPTIONS', '/api/organization-invitations/abc', { token: null });
    expect(options.status).toBe(200);
    expect(options.headers.get('allow')).toBe('HEAD, GET, DELETE');
  });
});

describe('concurrency', () => {
  it('8 concurrent identical creates give exactly one 201; the others 422 entity.unique_integrity_violation', async () => {
    const { organizationId } = await fixture(test);
    const body = { invitee: `${unique('race')}@example.com`, organizationId, expiresAt: inOneHour() };
    const responses = await Promise.all(Array.from({ length: 8 }, () => test.api('POST', '/api/organization-invitations', { body })));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 422, 422, 422, 422, 422, 422, 422]);
    for (const response of responses.filter((candidate) => candidate.status === 422)) expect(response.json.code).toBe('entity.unique_integrity_violation');
    const list = await test.api('GET', `/api/organization-invitations?organizationId=${organizationId}`);
    expect(list.json).toHaveLength(1);
  });

  it('concurrent accepts and revokes of one invitation: exactly one wins', async () => {
    const { organizationId, email, userId } = await fixture(test);
    const invitation = (await test.api('POST', '/api/organization-invitations', { body: { invitee: email, organizationId, expiresAt: inOneHour() } })).json;
    const bodies = [{ status: 'Accepted', acceptedUserId: userId }, { status: 'Revoked' }, { status: 'Accepted', acceptedUserId: userId }, { status: 'Revoked' }];
    const responses = await Promise.all(bodies.map((body) => test.api('PUT', `/api/organization-invitations/${invitation.id}/status`, { body })));
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 422)).toHaveLength(3);
  });
});

describe('deeply nested JSON', () => {
  it('is refused with 400 instead of overflowing the stack', async () => {
    const depth = 10_000;
    const rawBody = `{"name":"x","customData":{"a":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const response = await test.api('POST', '/api/organizations', { rawBody, headers: { 'Content-Type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ message: expect.any(String) });
  });

  it('moderate nesting, and brackets inside strings, are fine', async () => {
    const response = await test.api('POST', '/api/organizations', { body: { name: '[[[[{{{{', customData: { a: [[[[{ b: '"]]]' }]]]] } } });
    expect(response.status).toBe(201);
    expect(response.json.customData).toEqual({ a: [[[[{ b: '"]]]' }]]]] });
  });
});
