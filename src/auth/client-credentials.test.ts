import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogtoTokenError } from '../runtime/errors.js';
import { createResilientFetch } from '../runtime/resilient-fetch.js';
import { resolveRetryPolicy } from '../runtime/retry-policy.js';
import { startFakeLogto, TEST_APP_ID, TEST_APP_SECRET, type FakeLogto } from '../../test/helpers/fake-logto.js';
import { sendJson, sendText, startTestServer, unusedPort, type TestServer } from '../../test/helpers/http-server.js';
import { drivenClock } from '../../test/helpers/driven-clock.js';
import { invitation, ops, testClient } from '../../test/helpers/test-client.js';
import { createClientCredentialsSource } from './client-credentials.js';

const servers: Array<FakeLogto | TestServer> = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fakeLogto(options: Parameters<typeof startFakeLogto>[0] = {}): Promise<FakeLogto> {
  const server = await startFakeLogto({ api: (req, res) => sendJson(res, 200, invitation(req.path.split('/').pop() ?? '')), ...options });
  servers.push(server);
  return server;
}

function source(endpoint: string, now: () => number, expirySkewMs = 60_000) {
  return createClientCredentialsSource({
    endpoint,
    credentials: { appId: TEST_APP_ID, appSecret: TEST_APP_SECRET, resource: 'https://default.logto.app/api', scope: 'all' },
    fetch: createResilientFetch({ fetch: (r) => fetch(r), timeoutMs: 2_000, retry: resolveRetryPolicy(false) }),
    expirySkewMs,
    now,
  });
}

describe('client-credentials token', () => {
  it('asks /oidc/token with Basic auth and a form-encoded client_credentials grant', async () => {
    const logto = await fakeLogto();
    const client = testClient(logto.url);
    await ops.get(client, 'inv1');
    const [tokenRequest] = logto.tokenRequests();
    expect(tokenRequest?.method).toBe('POST');
    expect(tokenRequest?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(tokenRequest?.headers.authorization).toBe(`Basic ${Buffer.from(`${TEST_APP_ID}:${TEST_APP_SECRET}`).toString('base64')}`);
    expect(Object.fromEntries(new URLSearchParams(tokenRequest?.body))).toEqual({
      grant_type: 'client_credentials',
      resource: 'https://default.logto.app/api',
      scope: 'all',
    });
    expect(logto.apiRequests()[0]?.headers.authorization).toBe(`Bearer ${logto.issuedTokens[0]}`);
  });

  it('sends a custom resource and scope', async () => {
    const logto = await fakeLogto({
      tokenHandler: (req, res) => sendJson(res, 200, { access_token: 'tok-custom-123', expires_in: 3600, echo: req.body }),
      skipAuthCheck: true,
    });
    const client = testClient(logto.url, {
      credentials: { appId: TEST_APP_ID, appSecret: TEST_APP_SECRET, resource: 'https://tenant1.logto.app/api', scope: 'all read' },
    });
    await ops.get(client, 'x');
    const form = new URLSearchParams(logto.tokenRequests()[0]?.body);
    expect(form.get('resource')).toBe('https://tenant1.logto.app/api');
    expect(form.get('scope')).toBe('all read');
    expect(logto.apiRequests()[0]?.headers.authorization).toBe('Bearer tok-custom-123');
  });

  it('caches the token across calls', async () => {
    const logto = await fakeLogto();
    const client = testClient(logto.url);
    for (let i = 0; i < 5; i++) await ops.get(client, `inv${i}`);
    expect(logto.tokenRequests()).toHaveLength(1);
    expect(logto.apiRequests()).toHaveLength(5);
  });

  it('makes exactly one token request for 100 concurrent calls on a cold client', async () => {
    // All 100 calls ask for a token before any answer can arrive (an answer is I/O, a later turn of
    // the event loop): they share the first one's request, however fast or slow the machine.
    const logto = await fakeLogto();
    const client = testClient(logto.url);
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => ops.get(client, `inv${i}`)));
    expect(results.map((r) => r.id)).toEqual(Array.from({ length: 100 }, (_, i) => `inv${i}`));
    expect(logto.tokenRequests()).toHaveLength(1);
    expect(logto.apiRequests()).toHaveLength(100);
    expect(new Set(logto.apiRequests().map((r) => r.headers.authorization)).size).toBe(1);
  });

  it('refreshes the token once it is within the skew of its expiry', async () => {
    const logto = await fakeLogto({ expiresIn: 3600 });
    let clock = 1_000_000;
    const tokens = source(logto.url, () => clock, 60_000);
    const first = await tokens.getToken();
    clock += 3_539_000; // 1 s before refreshAt (expiry - 60 s)
    expect(await tokens.getToken()).toBe(first);
    expect(logto.tokenRequests()).toHaveLength(1);
    clock += 2_000; // now 59 s before expiry: inside the skew
    const second = await tokens.getToken();
    expect(second).not.toBe(first);
    expect(logto.tokenRequests()).toHaveLength(2);
  });

  it('caps the skew at half the lifetime so short-lived tokens are still reused', async () => {
    const logto = await fakeLogto({ expiresIn: 30 });
    let clock = 0;
    const tokens = source(logto.url, () => clock, 60_000);
    const first = await tokens.getToken();
    clock += 14_000;
    expect(await tokens.getToken()).toBe(first);
    clock += 2_000;
    expect(await tokens.getToken()).not.toBe(first);
    expect(logto.tokenRequests()).toHaveLength(2);
  });

  it('refreshes before expiry through the client (short-lived token, on the client clock)', async () => {
    // 1 s lifetime: the skew is capped at half of it, so the token is replaced 500 ms after it was asked for.
    const logto = await fakeLogto({ expiresIn: 1 });
    const clock = drivenClock();
    const client = testClient(logto.url, {}, clock);
    await ops.get(client, 'a');
    clock.advance(499);
    await ops.get(client, 'b');
    expect(logto.tokenRequests()).toHaveLength(1);
    clock.advance(1);
    await ops.get(client, 'c');
    expect(logto.tokenRequests()).toHaveLength(2);
    expect(logto.apiRequests()[2]?.headers.authorization).toBe(`Bearer ${logto.issuedTokens[1]}`);
  });

  it('does not cache a failure: the next call asks again', async () => {
    let fail = true;
    const logto = await fakeLogto({
      tokenHandler: (_req, res) =>
        fail ? sendJson(res, 503, { error: 'server_error' }) : sendJson(res, 200, { access_token: 'tok-after-outage', expires_in: 3600 }),
      skipAuthCheck: true,
    });
    const client = testClient(logto.url);
    await expect(ops.get(client, 'a')).rejects.toMatchObject({ name: 'LogtoTokenError', code: 'token_request_failed', status: 503 });
    fail = false;
    await expect(ops.get(client, 'a')).resolves.toMatchObject({ id: 'a' });
    expect(logto.tokenRequests()).toHaveLength(2);
  });
});

describe('token errors', () => {
  async function tokenError(promise: Promise<unknown>): Promise<LogtoTokenError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LogtoTokenError);
    return error as LogtoTokenError;
  }

  it('maps 401 invalid_client to code invalid_client and says which setting to check', async () => {
    const logto = await fakeLogto();
    const client = testClient(logto.url, { credentials: { appId: TEST_APP_ID, appSecret: 'wrong-secret-value' } });
    const error = await tokenError(ops.get(client, 'a'));
    expect(error.code).toBe('invalid_client');
    expect(error.status).toBe(401);
    expect(error.message).toContain('LOGTO_M2M_APP_SECRET');
    expect(error.message).toContain(TEST_APP_ID);
    expect(logto.apiRequests()).toHaveLength(0);
  });

  it('maps 400 invalid_target to code invalid_target and names the resource to use', async () => {
    const logto = await fakeLogto();
    const client = testClient(logto.url, {
      credentials: { appId: TEST_APP_ID, appSecret: TEST_APP_SECRET, resource: 'https://wrong.example/api' },
    });
    const error = await tokenError(ops.get(client, 'a'));
    expect(error.code).toBe('invalid_target');
    expect(error.status).toBe(400);
    expect(error.message).toContain('https://wrong.example/api');
    expect(error.message).toContain('https://default.logto.app/api');
  });

  it('maps an unreachable endpoint to code unreachable naming the host', async () => {
    const port = await unusedPort();
    const client = testClient(`http://127.0.0.1:${port}`);
    const error = await tokenError(ops.get(client, 'a'));
    expect(error.code).toBe('unreachable');
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.message).toMatch(/endpoint option/);
  });

  it('maps a non-JSON 200 to code invalid_response', async () => {
    const server = await startTestServer((_req, res) => sendText(res, 200, '<html>login page</html>', { 'Content-Type': 'text/html' }));
    servers.push(server);
    const error = await tokenError(ops.get(testClient(server.url), 'a'));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain('text/html');
    expect(error.message).toMatch(/server root/);
  });

  it('maps a non-JSON error page to code invalid_response', async () => {
    const server = await startTestServer((_req, res) => sendText(res, 502, 'Bad Gateway'));
    servers.push(server);
    const error = await tokenError(ops.get(testClient(server.url), 'a'));
    expect(error.code).toBe('invalid_response');
    expect(error.status).toBe(502);
  });

  it('maps a 200 without access_token to code missing_access_token', async () => {
    const server = await startTestServer((_req, res) => sendJson(res, 200, { token_type: 'Bearer', expires_in: 3600 }));
    servers.push(server);
    const error = await tokenError(ops.get(testClient(server.url), 'a'));
    expect(error.code).toBe('missing_access_token');
  });

  it('maps a token endpoint that never answers to code timeout', async () => {
    let arrived!: () => void;
    const tokenRequested = new Promise<void>((resolve) => (arrived = resolve));
    const server = await startTestServer(() => arrived());
    servers.push(server);
    // The timeout is a timer: faked, and moved once the request is with the server.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const pending = tokenError(ops.get(testClient(server.url, { timeoutMs: 100 }), 'a'));
    await tokenRequested;
    vi.advanceTimersByTime(100);
    const error = await pending;
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('100 ms');
  });

  it('wraps a throwing getToken() in LogtoTokenError get_token_failed', async () => {
    const server = await startTestServer((_req, res) => sendJson(res, 200, invitation('a')));
    servers.push(server);
    const client = testClient(server.url, {
      credentials: undefined,
      getToken: () => Promise.reject(new Error('vault sealed')),
    });
    const error = await tokenError(ops.get(client, 'a'));
    expect(error.code).toBe('get_token_failed');
    expect(error.message).toContain('vault sealed');
    expect(server.requests).toHaveLength(0);
  });

  it('rejects an empty token from getToken()', async () => {
    const server = await startTestServer((_req, res) => sendJson(res, 200, invitation('a')));
    servers.push(server);
    const client = testClient(server.url, { credentials: undefined, getToken: () => Promise.resolve('') });
    const error = await tokenError(ops.get(client, 'a'));
    expect(error.code).toBe('get_token_failed');
    expect(error.message).toContain('empty string');
  });
});
