import { anySignal } from './any-signal.js';
import { LogtoClientError, LogtoNetworkError, LogtoTimeoutError } from './errors.js';
import {
  backoffDelayMs,
  isRetryableMethod,
  isRetryableStatus,
  retryAfterDelayMs,
  type RetryPolicy,
} from './retry-policy.js';

export type FetchLike = (input: Request) => Promise<Response>;

export interface ResilientFetchOptions {
  fetch: FetchLike;
  timeoutMs: number;
  retry: RetryPolicy;
  /** Injected so tests can pin the jitter. */
  random?: () => number;
}

/**
 * Wraps fetch with a per-attempt timeout and retries for idempotent methods (ky-style), and turns
 * transport failures into `LogtoTimeoutError` / `LogtoNetworkError`.
 * The timeout covers the body too: it is released only once the body has been read.
 */
export function createResilientFetch(options: ResilientFetchOptions): FetchLike {
  const { retry } = options;
  return async function resilientFetch(request: Request): Promise<Response> {
    const method = request.method.toUpperCase();
    const retryable = isRetryableMethod(retry, method);
    for (let attempt = 0; ; attempt++) {
      const canRetry = retryable && attempt < retry.limit;
      let response: Response;
      try {
        response = await attemptOnce(request, options);
      } catch (error) {
        if (!(error instanceof LogtoNetworkError)) throw error;
        if (!canRetry) throw attempt === 0 ? error : new LogtoNetworkError(method, request.url, attempt + 1, error.cause);
        await sleep(backoffDelayMs(retry, attempt, options.random), request.signal);
        continue;
      }
      if (!canRetry || !isRetryableStatus(retry, response.status)) return response;
      const delay =
        retryAfterDelayMs(response.headers.get('Retry-After'), retry) ?? backoffDelayMs(retry, attempt, options.random);
      // Free the connection of the answer we are discarding.
      await response.body?.cancel().catch(() => undefined);
      await sleep(delay, request.signal);
    }
  };
}

async function attemptOnce(request: Request, options: ResilientFetchOptions): Promise<Response> {
  const callerSignal = request.signal;
  callerSignal.throwIfAborted();
  const timeout = new AbortController();
  // Built only when it fires: an Error captures a stack trace, which most calls never need.
  const timer = setTimeout(
    () => timeout.abort(new LogtoTimeoutError(request.method.toUpperCase(), request.url, options.timeoutMs)),
    options.timeoutMs,
  );
  // A body nobody reads (discarded retry answers) must not keep the process alive until the timeout.
  timer.unref?.();
  const release = (): void => clearTimeout(timer);
  // The original request is never consumed, so a retry (or the 401 refresh) can send it again.
  // Only a body can be consumed: a bodiless request is re-wrapped without the cost of a clone.
  const signal = anySignal([callerSignal, timeout.signal]);
  const attemptRequest = new Request(request.body === null ? request : request.clone(), { signal });
  let response: Response;
  try {
    // Raced against the signal too, so a custom fetch that ignores signals still times out.
    response = await untilAborted(options.fetch(attemptRequest), signal);
  } catch (error) {
    release();
    if (timeout.signal.aborted) throw timeout.signal.reason;
    if (callerSignal.aborted) throw callerSignal.reason;
    if (error instanceof LogtoClientError) throw error;
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new LogtoNetworkError(request.method.toUpperCase(), request.url, 1, error);
  }
  return guardBody(response, release, signal);
}

function untilAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  // The loser of the race must not surface later as an unhandled rejection.
  pending.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

// Statuses whose Response may not carry a body (fetch spec "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

// The ways a caller (openapi-fetch uses json() and text()) reads a whole body.
const BODY_READERS = ['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'] as const;

/**
 * Keeps the attempt's deadline (and the caller's abort) in force while the body is read, then
 * releases the timer. Each whole-body reader of this very Response is wrapped, rather than the
 * stream being piped through a TransformStream into a new Response: the pipe cost about 0.2 ms a
 * call (`npm run bench`, item 1). Racing the read against the signal also covers fetch
 * implementations that ignore signals. A caller streaming `response.body` itself is still
 * aborted by the signal given to fetch, but the timer then lives on until it fires (unref'd).
 */
function guardBody(response: Response, release: () => void, signal: AbortSignal): Response {
  if (!response.body || NULL_BODY_STATUSES.has(response.status)) {
    release();
    return response;
  }
  const target = response as unknown as Record<string, unknown>;
  for (const name of BODY_READERS) {
    const reader = target[name];
    if (typeof reader !== 'function') continue;
    const read = (reader as () => Promise<unknown>).bind(response);
    Object.defineProperty(response, name, {
      configurable: true,
      value: () => {
        const reading = untilAborted(read(), signal);
        reading.then(release, release);
        return reading;
      },
    });
  }
  return response;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
