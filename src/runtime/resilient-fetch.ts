import { discardResponse, guardBody, type BodyDeadline } from './body-guard.js';
import { callerSignalOf } from './caller-signal-request.js';
import { systemClock, type Clock } from './clock.js';
import { DeadlineEntry, DeadlineQueue } from './deadline-queue.js';
import { LogtoClientError, LogtoNetworkError, LogtoTimeoutError } from './errors.js';
import {
  backoffDelayMs,
  isRetryableMethod,
  isRetryableStatus,
  retryAfterDelayMs,
  type RetryPolicy,
} from './retry-policy.js';
import { bodyIsConsumed, readBody, RequestPlan, type OutgoingRequest } from './request-plan.js';
import { untilAborted } from './until-aborted.js';

export type FetchLike = (input: Request) => Promise<Response>;

/**
 * How the client's layers send a request. `body` is the request's body read into memory by a
 * layer that may send it more than once (sending a Request consumes its body); when given, it is
 * sent instead of `request.body`. `answered`, when given, is applied to the final answer (after any
 * retries) in the sender's own callback: the same as `.then(answered)`, without the extra promise.
 */
export type SendRequest = (
  request: OutgoingRequest,
  body?: ArrayBuffer,
  answered?: (response: Response) => Response | Promise<Response>,
) => Promise<Response>;

interface ResilientFetchOptions {
  /** A caller's fetch; left out, the platform's global fetch (looked up per call). */
  fetch?: FetchLike;
  timeoutMs: number;
  retry: RetryPolicy;
  /** Injected so tests can pin the jitter. */
  random?: () => number;
  /** How a retry waits, and the time an HTTP-date `Retry-After` is read against; tests drive it (see `Clock`). */
  clock?: Clock;
}

/**
 * Wraps fetch with a per-attempt timeout and retries for idempotent methods (ky-style), and turns
 * transport failures into `LogtoTimeoutError` / `LogtoNetworkError`.
 * The timeout covers the body too: it is released only once the body has been read.
 *
 * A call that succeeds first time pays for one attempt and nothing else: the retry loop, and
 * reading a body into memory so it can be re-sent, start only when a retry can happen.
 */
export function createResilientFetch(options: ResilientFetchOptions): SendRequest {
  const { retry, timeoutMs, fetch: customFetch } = options;
  const clock = options.clock ?? systemClock;
  const deadlines = new DeadlineQueue(timeoutMs);

  /**
   * One attempt (see `Attempt`). The platform fetch gets the attempt's signal in its `init`, with
   * a plan's URL and parts (see `RequestPlan`) or with a Request a middleware saw; it builds its
   * own Request from either, so we build none. A caller's fetch, whose contract is a single
   * Request, gets a Request carrying that signal, and is raced against it. With
   * `mayRetry`, a retryable answer or network error hands over to the retry loop from the same
   * callback, so a first attempt that succeeds costs one promise.
   */
  function attempt(
    request: OutgoingRequest,
    body: ArrayBuffer | undefined,
    mayRetry: boolean,
    answered?: (response: Response) => Response | Promise<Response>,
  ): Promise<Response> {
    const callerSignal = callerSignalOf(request);
    if (callerSignal?.aborted) return Promise.reject(callerSignal.reason);
    const current = new Attempt(request, callerSignal, deadlines, timeoutMs, customFetch !== undefined);
    const { signal } = current;
    const planned = request instanceof RequestPlan;
    const input = planned ? request.url : request;
    const init: RequestInit = planned ? request.initFor(signal, body) : body === undefined ? { signal } : { signal, body };
    const pending = customFetch ? untilAborted(customFetch(new Request(input, init)), signal) : globalThis.fetch(input, init);
    return pending.then(
      (response) => {
        const guarded = guardBody(response, current);
        if (mayRetry && isRetryableStatus(retry, response.status)) {
          const final = retrying(request, body, guarded);
          return answered ? final.then(answered) : final;
        }
        return answered ? answered(guarded) : guarded;
      },
      (error: unknown) => {
        current.release();
        const failure = attemptFailure(error, signal, request);
        if (!mayRetry || !(failure instanceof LogtoNetworkError)) throw failure;
        const final = retrying(request, body, failure);
        return answered ? final.then(answered) : final;
      },
    );
  }

  /** After a first attempt that may be retried failed: back off, try again, up to `retry.limit` times. */
  async function retrying(request: OutgoingRequest, body: ArrayBuffer | undefined, first: Response | LogtoNetworkError): Promise<Response> {
    let outcome = first;
    for (let retryIndex = 0; ; retryIndex++) {
      if (outcome instanceof LogtoNetworkError) {
        if (retryIndex >= retry.limit) {
          throw retryIndex === 0 ? outcome : new LogtoNetworkError(request.method.toUpperCase(), request.url, retryIndex + 1, outcome.cause);
        }
        await clock.sleep(backoffDelayMs(retry, retryIndex, options.random), callerSignalOf(request));
      } else {
        if (retryIndex >= retry.limit || !isRetryableStatus(retry, outcome.status)) return outcome;
        const delay =
          retryAfterDelayMs(outcome.headers.get('Retry-After'), retry, clock.now()) ?? backoffDelayMs(retry, retryIndex, options.random);
        // Free the connection (and the deadline) of the answer we are discarding.
        await discardResponse(outcome);
        await clock.sleep(delay, callerSignalOf(request));
      }
      try {
        outcome = await attempt(request, body, false);
      } catch (error) {
        if (!(error instanceof LogtoNetworkError)) throw error;
        outcome = error;
      }
    }
  }

  return function resilientFetch(request, body, answered) {
    const mayRetry = retry.limit > 0 && isRetryableMethod(retry, request.method);
    // A retry re-sends the body, and sending may consume it (see `bodyIsConsumed`): read it once, before the first attempt.
    if (mayRetry && body === undefined && bodyIsConsumed(request)) {
      return readBody(request).then((bytes) => attempt(request, bytes, true, answered));
    }
    return attempt(request, body, mayRetry, answered);
  };
}

/**
 * One attempt's abort wiring: an AbortController for the fetch, aborted when the attempt's
 * deadline passes (see `DeadlineQueue`) or by the caller's signal (listened to only when there is
 * one, see `CallerSignalRequest`), and released (deadline dropped, listener removed) once the
 * body has been read. A class rather than closures: it is built on every call.
 */
class Attempt extends DeadlineEntry implements BodyDeadline {
  readonly signal: AbortSignal;
  readonly raceSignal: AbortSignal | undefined;
  readonly #controller = new AbortController();
  readonly #request: OutgoingRequest;
  readonly #callerSignal: AbortSignal | undefined;
  readonly #deadlines: DeadlineQueue;
  readonly #timeoutMs: number;

  constructor(request: OutgoingRequest, callerSignal: AbortSignal | undefined, deadlines: DeadlineQueue, timeoutMs: number, raceReads: boolean) {
    super();
    this.#request = request;
    this.#callerSignal = callerSignal;
    this.#deadlines = deadlines;
    this.#timeoutMs = timeoutMs;
    this.signal = this.#controller.signal;
    this.raceSignal = raceReads ? this.signal : undefined;
    callerSignal?.addEventListener('abort', this);
    deadlines.add(this);
  }

  /** The caller's signal aborted (EventTarget listener object). */
  handleEvent(): void {
    this.#controller.abort(this.#callerSignal?.reason);
  }

  expire(): void {
    // Built only now: an Error captures a stack trace, which most calls never need.
    this.#controller.abort(new LogtoTimeoutError(this.#request.method.toUpperCase(), this.#request.url, this.#timeoutMs));
  }

  release(): void {
    this.#deadlines.remove(this);
    this.#callerSignal?.removeEventListener('abort', this);
  }
}

/** What a failed attempt throws: our timeout or the caller's abort as they are, anything else as a network error. */
function attemptFailure(error: unknown, signal: AbortSignal, request: OutgoingRequest): unknown {
  // Our timeout, or the caller's abort, whatever the fetch made of it.
  if (signal.aborted) return signal.reason;
  if (error instanceof LogtoClientError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  // A URL fetch cannot parse is the caller's mistake, not the network's: not retried, thrown as is.
  if (request instanceof RequestPlan && error instanceof TypeError && !URL.canParse(request.url)) return error;
  return new LogtoNetworkError(request.method.toUpperCase(), request.url, 1, error);
}
