import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFakeLogto, type FakeLogto } from '../../test/helpers/fake-logto.js';
import { sendJson } from '../../test/helpers/http-server.js';
import { invitation, ops, testClient } from '../../test/helpers/test-client.js';
import { LogtoApiError } from './errors.js';

const servers: FakeLogto[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fakeLogto(): Promise<FakeLogto> {
  const logto = await startFakeLogto({
    api: (req, res) => sendJson(res, req.method === 'POST' ? 201 : 200, { ...invitation('x'), echoed: req.body || undefined }),
  });
  servers.push(logto);
  return logto;
}

/** What the platform fetch was handed for each API call (the token POST is a Request of its own). */
function apiFetchInputs(spy: { mock: { calls: unknown[][] } }): unknown[] {
  return spy.mock.calls.map(([input]) => input).filter((input) => !String(input instanceof Request ? input.url : input).endsWith('/oidc/token'));
}

/** A middleware that records what kind of object each of its hooks was given as `request`. */
function recordingMiddleware(kinds: string[]): Middleware {
  const kind = (request: unknown): string => (request instanceof Request ? 'Request' : 'not a Request');
  return {
    onRequest: ({ request }) => void kinds.push(`onRequest: ${kind(request)}`),
    onResponse: ({ request }) => void kinds.push(`onResponse: ${kind(request)}`),
  };
}

describe('calls no middleware sees', () => {
  it('reach the platform fetch as a URL and an init, so fetch builds the only Request', async () => {
    const logto = await fakeLogto();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await ops.get(testClient(logto.url), 'x');
    const [input] = apiFetchInputs(fetchSpy);
    expect(input).toBe(`${logto.url}/api/organization-invitations/x`);
    const init = fetchSpy.mock.calls.find(([called]) => called === input)?.[1];
    expect(init?.method).toBe('GET');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(logto.apiRequests()[0]?.headers.authorization).toMatch(/^Bearer /);
  });

  it("give a caller's fetch a Request with the call's method, URL, headers and body", async () => {
    const logto = await fakeLogto();
    const seen: Request[] = [];
    const client = testClient(logto.url, {
      fetch: (request) => {
        seen.push(request.clone());
        return fetch(request);
      },
    });
    await ops.create(client, { invitee: 'a@example.com', organizationId: 'org1', expiresAt: 1 });
    const post = seen.find((request) => request.url.endsWith('/api/organization-invitations'));
    expect(post).toBeInstanceOf(Request);
    expect(post?.method).toBe('POST');
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(post?.headers.get('authorization')).toMatch(/^Bearer /);
    expect(await post?.json()).toEqual({ invitee: 'a@example.com', organizationId: 'org1', expiresAt: 1 });
  });

  it('refuse a URL fetch cannot parse at once, as the caller’s mistake: not retried, not a network error', async () => {
    const logto = await fakeLogto();
    const client = testClient(logto.url);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const error = await client
      .GET('/api/organization-invitations/{id}', { baseUrl: 'http://[not-a-host', params: { path: { id: 'x' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(apiFetchInputs(fetchSpy)).toHaveLength(1);
  });

  it('refuse a GET with a body at once, as a Request would', async () => {
    const logto = await fakeLogto();
    const client = testClient(logto.url);
    const call = client.request('get', '/api/organization-invitations', { body: { q: 1 } } as never);
    await expect(call).rejects.toThrow(/GET method cannot have body/);
    expect(logto.apiRequests()).toHaveLength(0);
  });
});

describe('calls a middleware sees get a real Request', () => {
  it('from the middleware option, in every hook', async () => {
    const logto = await fakeLogto();
    const kinds: string[] = [];
    await ops.get(testClient(logto.url, { middleware: [recordingMiddleware(kinds)] }), 'x');
    expect(kinds).toEqual(['onRequest: Request', 'onResponse: Request']);
  });

  it('from client.use() after creation, and plans again once it is ejected', async () => {
    const logto = await fakeLogto();
    const client = testClient(logto.url);
    const kinds: string[] = [];
    const middleware = recordingMiddleware(kinds);
    client.use(middleware);
    await ops.get(client, 'x');
    client.eject(middleware);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await ops.get(client, 'x');
    expect(kinds).toEqual(['onRequest: Request', 'onResponse: Request']);
    expect(typeof apiFetchInputs(fetchSpy)[0]).toBe('string');
  });

  it('from a per-call middleware list', async () => {
    const logto = await fakeLogto();
    const kinds: string[] = [];
    const { response } = await testClient(logto.url).GET('/api/organization-invitations/{id}', {
      params: { path: { id: 'x' } },
      middleware: [recordingMiddleware(kinds)],
    });
    expect(response.status).toBe(200);
    expect(kinds).toEqual(['onRequest: Request', 'onResponse: Request']);
  });

  it('that the middleware may clone and replace, with the token still added under it', async () => {
    const logto = await fakeLogto();
    const client = testClient(logto.url, {
      middleware: [{ onRequest: ({ request }) => new Request(request.clone(), { headers: { 'X-Trace': 't-1' } }) }],
    });
    await ops.get(client, 'x');
    expect(logto.apiRequests()[0]?.headers['x-trace']).toBe('t-1');
    expect(logto.apiRequests()[0]?.headers.authorization).toMatch(/^Bearer /);
  });

  it("unless the caller passes a Request class of their own, which wins", async () => {
    const logto = await fakeLogto();
    class TaggedRequest extends Request {}
    const kinds: string[] = [];
    await testClient(logto.url).GET('/api/organization-invitations/{id}', {
      params: { path: { id: 'x' } },
      Request: TaggedRequest,
      middleware: [{ onRequest: ({ request }) => void kinds.push(request.constructor.name) }],
    });
    expect(kinds).toEqual(['TaggedRequest']);
  });
});

describe('a 401 replay and retries of a planned call', () => {
  it('re-send its body as it was, without reading it first', async () => {
    const logto = await fakeLogto();
    const client = testClient(logto.url);
    await ops.list(client);
    logto.revokeAll();
    const created = (await ops.create(client, { invitee: 'b@example.com', organizationId: 'org1', expiresAt: 2 })) as unknown as { echoed?: string };
    const posts = logto.apiRequests().filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]?.body).toBe(posts[0]?.body);
    expect(JSON.parse(created.echoed ?? '')).toEqual({ invitee: 'b@example.com', organizationId: 'org1', expiresAt: 2 });
  });

  it('still map a final error answer to LogtoApiError', async () => {
    const logto = await startFakeLogto({ api: (_req, res) => sendJson(res, 404, { code: 'entity.not_found', message: 'Not found.' }) });
    servers.push(logto);
    await expect(ops.get(testClient(logto.url), 'x')).rejects.toBeInstanceOf(LogtoApiError);
  });
});
