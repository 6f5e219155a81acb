import { afterEach, describe, expect, it } from 'vitest';
import { startFakeLogto, type ApiHandler, type FakeLogto } from '../../test/helpers/fake-logto.js';
import { sendJson, sendText, startTestServer, unusedPort, type TestServer } from '../../test/helpers/http-server.js';
import { invitation, ops, testClient } from '../../test/helpers/test-client.js';
import { LogtoApiError, LogtoNetworkError, LogtoTimeoutError } from './errors.js';

const servers: Array<FakeLogto | TestServer> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function logtoWith(api: ApiHandler): Promise<FakeLogto> {
  const logto = await startFakeLogto({ api });
  servers.push(logto);
  return logto;
}

/** Answers `failures` with `fail`, then with `ok`, counting per method+path. */
function failingThen(failures: number, fail: ApiHandler, ok: ApiHandler): ApiHandler {
  const seen = new Map<string, number>();
  return (req, res) => {
    const key = `${req.method} ${req.path}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n < failures ? fail(req, res) : ok(req, res);
  };
}

const unavailable: ApiHandler = (_req, res) => sendJson(res, 503, { code: 'unavailable', message: 'Service Unavailable' });
const ok: ApiHandler = (req, res) => {
  if (req.method === 'DELETE') {
    res.writeHead(204).end();
    return;
  }
  sendJson(res, 200, invitation(req.path.split('/')[3] ?? 'list'));
};
// Closes the TCP connection without an answer: fetch sees a network error (socket hang up).
const dropConnection: ApiHandler = (_req, res) => void res.socket?.destroy();

describe('retries', () => {
  it.each([
    ['GET', (c: ReturnType<typeof testClient>) => ops.get(c, 'a')],
    ['PUT', (c: ReturnType<typeof testClient>) => ops.setStatus(c, 'a', 'Revoked')],
    ['DELETE', (c: ReturnType<typeof testClient>) => ops.delete(c, 'a')],
  ])('retries %s after 503 and returns the eventual success', async (method, call) => {
    const logto = await logtoWith(failingThen(2, unavailable, ok));
    await call(testClient(logto.url));
    const attempts = logto.apiRequests().filter((r) => r.method === method);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((r) => r.body)).size).toBe(1);
  });

  it('replays the PUT body on every attempt', async () => {
    const logto = await logtoWith(failingThen(1, unavailable, ok));
    await ops.setStatus(testClient(logto.url), 'a', 'Revoked');
    expect(logto.apiRequests().map((r) => JSON.parse(r.body))).toEqual([{ status: 'Revoked' }, { status: 'Revoked' }]);
  });

  it('retries 429, 408, 502 and 504 too', async () => {
    for (const status of [429, 408, 502, 504]) {
      const logto = await logtoWith(failingThen(1, (_req, res) => sendJson(res, status, { code: 'x', message: 'x' }), ok));
      await expect(ops.get(testClient(logto.url), 'a')).resolves.toMatchObject({ id: 'a' });
      expect(logto.apiRequests()).toHaveLength(2);
    }
  });

  it('does not retry 500 or 4xx other than 408/429', async () => {
    for (const status of [500, 400, 404, 409, 422]) {
      const logto = await logtoWith((_req, res) => sendJson(res, status, { code: 'x', message: 'x' }));
      await expect(ops.get(testClient(logto.url), 'a')).rejects.toMatchObject({ status });
      expect(logto.apiRequests()).toHaveLength(1);
    }
  });

  it('never retries POST, not even on 503', async () => {
    const logto = await logtoWith(failingThen(1, unavailable, ok));
    const error = await ops.create(testClient(logto.url), { invitee: 'a@example.com', organizationId: 'o', expiresAt: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoApiError);
    expect(error).toMatchObject({ status: 503, method: 'POST' });
    expect(logto.apiRequests()).toHaveLength(1);
  });

  it('never retries POST on a network error', async () => {
    const logto = await logtoWith(failingThen(1, dropConnection, ok));
    const error = await ops.create(testClient(logto.url), { invitee: 'a@example.com', organizationId: 'o', expiresAt: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoNetworkError);
    expect(logto.apiRequests()).toHaveLength(1);
  });

  it('retries GET, PUT and DELETE after a dropped connection', async () => {
    const logto = await logtoWith(failingThen(1, dropConnection, ok));
    const client = testClient(logto.url);
    await ops.get(client, 'a');
    await ops.setStatus(client, 'a', 'Revoked');
    await ops.delete(client, 'a');
    expect(logto.apiRequests().map((r) => r.method)).toEqual(['GET', 'GET', 'PUT', 'PUT', 'DELETE', 'DELETE']);
  });

  it('gives up after retry.limit retries and surfaces the last answer', async () => {
    const logto = await logtoWith(unavailable);
    const error = await ops.get(testClient(logto.url, { retry: { limit: 3, baseDelayMs: 1, maxDelayMs: 5 } }), 'a').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LogtoApiError', status: 503, code: 'unavailable' });
    expect(logto.apiRequests()).toHaveLength(4);
  });

  it('does not retry when retry is false', async () => {
    const logto = await logtoWith(unavailable);
    await expect(ops.get(testClient(logto.url, { retry: false }), 'a')).rejects.toMatchObject({ status: 503 });
    expect(logto.apiRequests()).toHaveLength(1);
  });

  it('honours Retry-After in seconds', async () => {
    const logto = await logtoWith(
      failingThen(1, (_req, res) => sendJson(res, 429, { code: 'too_many', message: 'slow down' }, { 'Retry-After': '1' }), ok),
    );
    await ops.get(testClient(logto.url, { retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 5_000 } }), 'a');
    const [first, second] = logto.apiRequests();
    // Back-off alone would wait at most 1 ms; only Retry-After explains a gap near a second.
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const logto = await logtoWith(
      failingThen(
        1,
        (_req, res) => sendText(res, 503, 'busy', { 'Retry-After': new Date(Date.now() + 2_000).toUTCString() }),
        ok,
      ),
    );
    await ops.get(testClient(logto.url, { retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 5_000 } }), 'a');
    const [first, second] = logto.apiRequests();
    // HTTP dates have 1 s resolution, so the wait is between 1 and 2 s.
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('clamps a long Retry-After to retry.maxRetryAfterMs', async () => {
    const logto = await logtoWith(
      failingThen(1, (_req, res) => sendJson(res, 503, { code: 'x', message: 'x' }, { 'Retry-After': '3600' }), ok),
    );
    await ops.get(testClient(logto.url, { retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 300 } }), 'a');
    const [first, second] = logto.apiRequests();
    const gap = (second?.receivedAt ?? 0) - (first?.receivedAt ?? 0);
    expect(gap).toBeGreaterThanOrEqual(250);
    expect(gap).toBeLessThan(10_000);
  });

  it('raises LogtoNetworkError naming the host after retrying an unreachable API', async () => {
    const port = await unusedPort();
    const client = testClient(`http://127.0.0.1:${port}`, { credentials: undefined, getToken: async () => 'static-token-123' });
    const error = await ops.get(client, 'a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoNetworkError);
    const network = error as LogtoNetworkError;
    expect(network.message).toContain(`127.0.0.1:${port}`);
    expect(network.message).toContain('ECONNREFUSED');
    expect(network.message).toContain('3 attempts');
    expect(network.message).toMatch(/Check the endpoint option/);
    expect(network.attempts).toBe(3);
  });
});

describe('timeouts', () => {
  it('raises LogtoTimeoutError when the server does not answer in time, without retrying', async () => {
    const logto = await logtoWith(() => undefined);
    const error = await ops.get(testClient(logto.url, { timeoutMs: 150 }), 'a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoTimeoutError);
    expect(error).toMatchObject({ method: 'GET', timeoutMs: 150 });
    expect((error as Error).message).toContain('150 ms');
    expect((error as Error).message).toContain('/api/organization-invitations/a');
    expect(logto.apiRequests()).toHaveLength(1);
  });

  it('covers a body that stalls after the headers', async () => {
    const logto = await logtoWith((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"id":');
    });
    const error = await ops.get(testClient(logto.url, { timeoutMs: 150 }), 'a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoTimeoutError);
  });

  it('lets a slow body that finishes in time through intact', async () => {
    const logto = await logtoWith((_req, res) => {
      const text = JSON.stringify(invitation('slow'));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write(text.slice(0, 5));
      setTimeout(() => res.end(text.slice(5)), 100);
    });
    await expect(ops.get(testClient(logto.url, { timeoutMs: 2_000 }), 'slow')).resolves.toEqual(invitation('slow'));
  });

  it("passes the caller's abort through unchanged", async () => {
    const logto = await logtoWith(() => undefined);
    const client = testClient(logto.url);
    const controller = new AbortController();
    const pending = client.GET('/api/organization-invitations/{id}', { params: { path: { id: 'a' } }, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('stops waiting for a retry when the caller aborts', async () => {
    const logto = await logtoWith((_req, res) => sendJson(res, 503, { code: 'x', message: 'x' }, { 'Retry-After': '30' }));
    const client = testClient(logto.url, { retry: { limit: 1, maxRetryAfterMs: 60_000 } });
    const controller = new AbortController();
    const pending = client.GET('/api/organization-invitations/{id}', { params: { path: { id: 'a' } }, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(logto.apiRequests()).toHaveLength(1);
  });
});

describe('timeouts with a fetch that ignores abort signals', () => {
  it('still raises LogtoTimeoutError when the response never comes', async () => {
    const neverAnswers = (): Promise<Response> => new Promise<Response>(() => undefined);
    const client = testClient('http://127.0.0.1:9', { credentials: undefined, getToken: async () => 'static-token-123', fetch: neverAnswers, timeoutMs: 100 });
    await expect(ops.get(client, 'a')).rejects.toBeInstanceOf(LogtoTimeoutError);
  });

  it('still raises LogtoTimeoutError when the body never ends', async () => {
    const stalledBody = async (): Promise<Response> =>
      new Response(new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"id":')) }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    const client = testClient('http://127.0.0.1:9', { credentials: undefined, getToken: async () => 'static-token-123', fetch: stalledBody, timeoutMs: 100 });
    await expect(ops.get(client, 'a')).rejects.toBeInstanceOf(LogtoTimeoutError);
  });
});
