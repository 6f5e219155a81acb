import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFakeLogto, type ApiHandler, type FakeLogto } from '../../test/helpers/fake-logto.js';
import { sendJson, sendText, unusedPort, type TestServer } from '../../test/helpers/http-server.js';
import { invitation, ops, testClient } from '../../test/helpers/test-client.js';
import { drivenClock } from '../../test/helpers/driven-clock.js';
import { systemClock } from './clock.js';
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

  // The client's clock is driven (test-client.ts): a retry's wait is noted, not slept.
  it('honours Retry-After in seconds', async () => {
    const logto = await logtoWith(
      failingThen(1, (_req, res) => sendJson(res, 429, { code: 'too_many', message: 'slow down' }, { 'Retry-After': '1' }), ok),
    );
    const clock = drivenClock();
    await ops.get(testClient(logto.url, { retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 5_000 } }, clock), 'a');
    // Back-off alone would wait at most 1 ms; Retry-After asks for a second.
    expect(clock.waits).toEqual([1_000]);
    expect(logto.apiRequests()).toHaveLength(2);
  });

  it('honours Retry-After as an HTTP date, read against the client clock', async () => {
    const clock = drivenClock();
    const logto = await logtoWith(failingThen(1, (_req, res) => sendText(res, 503, 'busy', { 'Retry-After': new Date(clock.now() + 2_000).toUTCString() }), ok));
    await ops.get(testClient(logto.url, { retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 5_000 } }, clock), 'a');
    expect(clock.waits).toEqual([2_000]);
    expect(logto.apiRequests()).toHaveLength(2);
  });

  it('clamps a long Retry-After to retry.maxRetryAfterMs', async () => {
    const logto = await logtoWith(
      failingThen(1, (_req, res) => sendJson(res, 503, { code: 'x', message: 'x' }, { 'Retry-After': '3600' }), ok),
    );
    const clock = drivenClock();
    await ops.get(testClient(logto.url, { retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 300 } }, clock), 'a');
    expect(clock.waits).toEqual([300]);
  });

  it('backs off with full jitter below the doubling ceiling between attempts', async () => {
    const logto = await logtoWith(unavailable);
    const clock = drivenClock();
    await expect(ops.get(testClient(logto.url, { retry: { limit: 3, baseDelayMs: 100, maxDelayMs: 250 } }, clock), 'a')).rejects.toMatchObject({ status: 503 });
    expect(clock.waits).toHaveLength(3);
    clock.waits.forEach((wait, retry) => {
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThanOrEqual(Math.min(250, 100 * 2 ** retry));
    });
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

/** Resolves when called: the moment a server saw a request, or a client started to wait. */
function signal<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

// Per-attempt deadlines are timers (DeadlineQueue): these tests fake them and move time themselves,
// once the event the deadline races (the request reaching the server, the headers reaching the client) has happened.
describe('timeouts', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  const fakeTimers = (): void => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });

  it('raises LogtoTimeoutError when the server does not answer in time, without retrying', async () => {
    const arrived = signal();
    const logto = await logtoWith(() => arrived.resolve());
    fakeTimers();
    const pending = ops.get(testClient(logto.url, { timeoutMs: 150 }), 'a').catch((e: unknown) => e);
    await arrived.promise;
    vi.advanceTimersByTime(149);
    vi.advanceTimersByTime(1);
    const error = await pending;
    expect(error).toBeInstanceOf(LogtoTimeoutError);
    expect(error).toMatchObject({ method: 'GET', timeoutMs: 150 });
    expect((error as Error).message).toContain('150 ms');
    expect((error as Error).message).toContain('/api/organization-invitations/a');
    expect(logto.apiRequests()).toHaveLength(1);
  });

  /**
   * Resolves once the client has started reading an API answer's body (the deadline must cover a
   * read in progress). The platform fetch's answer is handed on with a body that passes its bytes
   * through and notes the first read.
   */
  function bodyReadStarts(): Promise<void> {
    const started = signal();
    const platformFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (...args: Parameters<typeof fetch>) => {
      const response = await platformFetch(...args);
      if (!new URL(response.url).pathname.startsWith('/api/') || !response.body) return response;
      const reader = response.body.getReader();
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          started.resolve();
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
        cancel: (reason) => reader.cancel(reason),
      });
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    });
    return started.promise;
  }

  it('covers a body that stalls after the headers', async () => {
    const logto = await logtoWith((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"id":');
    });
    const reading = bodyReadStarts();
    fakeTimers();
    const pending = ops.get(testClient(logto.url, { timeoutMs: 150 }), 'a').catch((e: unknown) => e);
    await reading;
    vi.advanceTimersByTime(150);
    expect(await pending).toBeInstanceOf(LogtoTimeoutError);
  });

  it('lets a slow body that finishes in time through intact', async () => {
    const text = JSON.stringify(invitation('slow'));
    const rest = signal<() => void>();
    const logto = await logtoWith((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write(text.slice(0, 5));
      rest.resolve(() => res.end(text.slice(5)));
    });
    const reading = bodyReadStarts();
    fakeTimers();
    const pending = ops.get(testClient(logto.url, { timeoutMs: 2_000 }), 'slow');
    await reading;
    vi.advanceTimersByTime(1_999);
    (await rest.promise)();
    await expect(pending).resolves.toEqual(invitation('slow'));
  });

  it("passes the caller's abort through unchanged", async () => {
    const controller = new AbortController();
    // The caller gives up while the server holds the request.
    const logto = await logtoWith(() => controller.abort());
    const client = testClient(logto.url);
    const pending = client.GET('/api/organization-invitations/{id}', { params: { path: { id: 'a' } }, signal: controller.signal });
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(logto.apiRequests()).toHaveLength(1);
  });

  it('stops waiting for a retry when the caller aborts', async () => {
    const logto = await logtoWith((_req, res) => sendJson(res, 503, { code: 'x', message: 'x' }, { 'Retry-After': '30' }));
    const waiting = signal<number>();
    // The real wait (30 s, never reached), with a note when it starts.
    const clock = { now: () => systemClock.now(), sleep: (ms: number, abort?: AbortSignal) => (waiting.resolve(ms), systemClock.sleep(ms, abort)) };
    const client = testClient(logto.url, { retry: { limit: 1, maxRetryAfterMs: 60_000 } }, clock);
    const controller = new AbortController();
    const pending = client.GET('/api/organization-invitations/{id}', { params: { path: { id: 'a' } }, signal: controller.signal });
    expect(await waiting.promise).toBe(30_000);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(logto.apiRequests()).toHaveLength(1);
  });
});

describe('timeouts with a fetch that ignores abort signals', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('still raises LogtoTimeoutError when the response never comes', async () => {
    const called = signal();
    const neverAnswers = (): Promise<Response> => (called.resolve(), new Promise<Response>(() => undefined));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const client = testClient('http://127.0.0.1:9', { credentials: undefined, getToken: async () => 'static-token-123', fetch: neverAnswers, timeoutMs: 100 });
    const pending = ops.get(client, 'a').catch((e: unknown) => e);
    await called.promise;
    vi.advanceTimersByTime(100);
    expect(await pending).toBeInstanceOf(LogtoTimeoutError);
  });

  it('still raises LogtoTimeoutError when the body never ends', async () => {
    const called = signal();
    const stalledBody = async (): Promise<Response> => {
      called.resolve();
      return new Response(new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"id":')) }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const client = testClient('http://127.0.0.1:9', { credentials: undefined, getToken: async () => 'static-token-123', fetch: stalledBody, timeoutMs: 100 });
    const pending = ops.get(client, 'a').catch((e: unknown) => e);
    await called.promise;
    vi.advanceTimersByTime(100);
    expect(await pending).toBeInstanceOf(LogtoTimeoutError);
  });
});
