import { afterEach, describe, expect, it } from 'vitest';
import { LogtoApiError } from '../runtime/errors.js';
import { startFakeLogto, type FakeLogto } from '../../test/helpers/fake-logto.js';
import { sendJson, startTestServer, type TestServer } from '../../test/helpers/http-server.js';
import { invitation, ops, testClient } from '../../test/helpers/test-client.js';

const servers: Array<FakeLogto | TestServer> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('401 handling', () => {
  it('invalidates the token, refreshes once and retries once', async () => {
    const logto = await startFakeLogto({ api: (req, res) => sendJson(res, 200, invitation(req.path.split('/').pop() ?? '')) });
    servers.push(logto);
    const client = testClient(logto.url);
    await ops.get(client, 'a');
    logto.revokeAll(); // the cached token is now rejected, as after a key rotation
    await expect(ops.get(client, 'b')).resolves.toMatchObject({ id: 'b' });
    expect(logto.tokenRequests()).toHaveLength(2);
    const api = logto.apiRequests();
    expect(api.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${logto.issuedTokens[0]}`,
      `Bearer ${logto.issuedTokens[0]}`,
      `Bearer ${logto.issuedTokens[1]}`,
    ]);
  });

  it('replays the body of a POST after a 401 (POST still gets its one auth retry)', async () => {
    const logto = await startFakeLogto({ api: (req, res) => sendJson(res, 201, { ...invitation('new'), invitee: JSON.parse(req.body).invitee }) });
    servers.push(logto);
    const client = testClient(logto.url);
    await ops.list(client).catch(() => undefined);
    logto.revokeAll();
    const created = await ops.create(client, { invitee: 'x@example.com', organizationId: 'org1', expiresAt: 1 });
    expect(created.invitee).toBe('x@example.com');
    const posts = logto.apiRequests().filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]?.body).toBe(posts[0]?.body);
    expect(JSON.parse(posts[1]?.body ?? '')).toEqual({ invitee: 'x@example.com', organizationId: 'org1', expiresAt: 1 });
  });

  it('surfaces a second 401 as LogtoApiError without looping', async () => {
    const logto = await startFakeLogto({
      skipAuthCheck: true,
      api: (_req, res) => sendJson(res, 401, { code: 'auth.unauthorized', message: 'Unauthorized.' }),
    });
    servers.push(logto);
    const client = testClient(logto.url);
    const error = await ops.get(client, 'a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoApiError);
    expect(error).toMatchObject({ status: 401, code: 'auth.unauthorized', operationId: 'GetOrganizationInvitation' });
    expect(logto.apiRequests()).toHaveLength(2);
    expect(logto.tokenRequests()).toHaveLength(2);
  });

  it('shares one refresh between concurrent 401s', async () => {
    const logto = await startFakeLogto({ api: (req, res) => sendJson(res, 200, invitation(req.path.split('/').pop() ?? '')) });
    servers.push(logto);
    const client = testClient(logto.url);
    await ops.get(client, 'warm');
    logto.revokeAll();
    await Promise.all(Array.from({ length: 20 }, (_, i) => ops.get(client, `c${i}`)));
    expect(logto.tokenRequests()).toHaveLength(2);
  });

  it('asks getToken() again on a 401 and retries once', async () => {
    const tokens = ['stale-token-value', 'fresh-token-value'];
    let calls = 0;
    const server = await startTestServer((req, res) =>
      req.headers.authorization === 'Bearer fresh-token-value'
        ? sendJson(res, 200, invitation('a'))
        : sendJson(res, 401, { code: 'auth.unauthorized', message: 'Unauthorized.' }),
    );
    servers.push(server);
    const client = testClient(server.url, { credentials: undefined, getToken: async () => tokens[Math.min(calls++, 1)] ?? '' });
    await expect(ops.get(client, 'a')).resolves.toMatchObject({ id: 'a' });
    expect(calls).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('tells a caching getToken() which token was rejected, so it can refresh', async () => {
    const server = await startTestServer((req, res) =>
      req.headers.authorization === 'Bearer fresh-token-value'
        ? sendJson(res, 200, invitation('a'))
        : sendJson(res, 401, { code: 'auth.unauthorized', message: 'Unauthorized.' }),
    );
    servers.push(server);
    const contexts: unknown[] = [];
    let cached = 'stale-token-value';
    const getToken = async (context?: { rejected?: string }): Promise<string> => {
      contexts.push(context);
      if (context?.rejected === cached) cached = 'fresh-token-value';
      return cached;
    };
    const client = testClient(server.url, { credentials: undefined, getToken });
    await expect(ops.get(client, 'a')).resolves.toMatchObject({ id: 'a' });
    await expect(ops.get(client, 'a')).resolves.toMatchObject({ id: 'a' });
    // First call: no context. After the 401: the stale token. After success: no context again.
    expect(contexts).toEqual([undefined, { rejected: 'stale-token-value' }, undefined]);
    expect(server.requests).toHaveLength(3);
  });

  it('does not let user middleware see the bearer token', async () => {
    const logto = await startFakeLogto({ api: (_req, res) => sendJson(res, 200, invitation('a')) });
    servers.push(logto);
    const seen: Array<string | null> = [];
    const client = testClient(logto.url, {
      middleware: [{ onRequest: ({ request }) => void seen.push(request.headers.get('authorization')) }],
    });
    await ops.get(client, 'a');
    expect(seen).toEqual([null]);
    expect(logto.apiRequests()[0]?.headers.authorization).toMatch(/^Bearer /);
  });
});
