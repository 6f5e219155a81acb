import { RequestPlan, type OutgoingRequest } from './request-plan.js';

/**
 * The Request classes a call gets when a middleware sees it, built on first use: Node loads its
 * fetch implementation (undici) the first time anything touches `Request`, about 18 ms of CPU, so
 * a module that extended `Request` as it loaded made every import pay for it, before any call
 * (`npm run bench`, item 8: cold start). A call no middleware sees never needs them.
 */
interface MiddlewareClasses {
  /**
   * A plain Request that also remembers the signal the caller passed (`options.signal`), if any. A
   * Request's own `signal` always exists, so without this an attempt could not tell "no caller
   * signal" from "a caller signal that has not fired" and would have to listen for an abort on
   * every call; with it, only calls that pass a signal pay for the listener. A Request that a
   * middleware built itself is not one of these, and is listened to through its own `signal`.
   */
  CallerSignalRequest: new (input: RequestInfo | URL, init?: RequestInit) => Request & { readonly callerSignal: AbortSignal | undefined };
  /**
   * The class openapi-fetch is given when a middleware sees the call. openapi-fetch builds its
   * Request with it and also checks a middleware's returned value with `instanceof` it; so `new`
   * makes a `CallerSignalRequest`, while `instanceof` holds for any Request, and a middleware may
   * return a plain `new Request(...)`.
   */
  MiddlewareRequest: typeof Request;
}

let classes: MiddlewareClasses | undefined;

function defineClasses(): MiddlewareClasses {
  class CallerSignalRequest extends Request {
    readonly callerSignal: AbortSignal | undefined;

    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(input, init);
      this.callerSignal = init?.signal ?? undefined;
    }
  }
  const MiddlewareRequest = function MiddlewareRequest(input: RequestInfo | URL, init?: RequestInit): Request {
    return new CallerSignalRequest(input, init);
  } as unknown as typeof Request;
  MiddlewareRequest.prototype = Request.prototype;
  return { CallerSignalRequest, MiddlewareRequest };
}

/** The Request class to give openapi-fetch for a call a middleware will see (see `MiddlewareClasses`). */
export function middlewareRequestClass(): typeof Request {
  classes ??= defineClasses();
  return classes.MiddlewareRequest;
}

/** The signal whose abort must abort an attempt of `request`, if any. */
export function callerSignalOf(request: OutgoingRequest): AbortSignal | undefined {
  if (request instanceof RequestPlan) return request.signal;
  return classes !== undefined && request instanceof classes.CallerSignalRequest ? request.callerSignal : request.signal;
}
