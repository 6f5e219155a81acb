import createClient, { type Client, type HeadersOptions } from 'openapi-fetch';
import { middlewareRequestClass } from './caller-signal-request.js';
import { QUERY_STYLE, sendCall, unsupportedOption, type CallInit, type HeaderValues } from './direct-call.js';
import type { OutgoingRequest } from './request-plan.js';
import { RequestPlan } from './request-plan.js';

// The client's methods that make a call; each accepts a per-call `Request` class (openapi-fetch's own option).
const CALL_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type PlannedInit = (CallInit & { middleware?: readonly unknown[]; Request?: unknown }) | undefined;
type Call = (url: string, init?: PlannedInit) => Promise<unknown>;

interface PlannedClientOptions {
  /** The server root; a trailing slash is dropped, as openapi-fetch does. */
  baseUrl: string;
  /** What every call is sent through: a plan or, when a middleware saw the call, a Request. */
  fetch: (request: OutgoingRequest) => Promise<Response>;
  /** Headers every call carries (under the call's own). */
  headers?: HeadersOptions;
}

/**
 * An openapi-fetch client whose calls no middleware can see are sent directly (`direct-call.ts`:
 * built straight into a `RequestPlan`, one Request per attempt, built by fetch), and whose other
 * calls openapi-fetch makes, with a real Request (`middlewareRequestClass`) for the middleware:
 * it gets `request` in all three of its hooks and may do anything a Request allows. A call with
 * an option only openapi-fetch implements (a per-call `baseUrl`, `fetch`, `querySerializer`,
 * a RequestInit field) is openapi-fetch's too, on a plan.
 *
 * A middleware can reach a call three ways, and each is covered: the `middleware` option (given
 * to `use` here), `client.use()` later, and a per-call `middleware` list. The client's own
 * `use`/`eject` are wrapped to keep count; each call method passes a per-call `Request` class when
 * a middleware is registered or given, unless the caller passed their own.
 */
export function createPlannedClient<Paths extends {}>(options: PlannedClientOptions): Client<Paths> {
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl.slice(0, -1) : options.baseUrl;
  const client = createClient<Paths>({
    baseUrl,
    fetch: options.fetch as (input: Request) => Promise<Response>,
    headers: options.headers,
    querySerializer: QUERY_STYLE,
    Request: RequestPlan as unknown as typeof Request,
  });
  const registered: unknown[] = [];
  const { use, eject } = client;
  // One at a time, as openapi-fetch does: what it accepted before an invalid one stays registered, here too.
  client.use = (...middleware) => {
    for (const m of middleware) {
      use(m);
      if (m) registered.push(m);
    }
  };
  client.eject = (...middleware) => {
    eject(...middleware);
    for (const m of middleware) {
      const index = registered.indexOf(m);
      if (index !== -1) registered.splice(index, 1);
    }
  };
  const baseHeaders = options.headers as HeaderValues | undefined;
  const direct = (init: PlannedInit): boolean => registered.length === 0 && unsupportedOption(init) === undefined;
  // The call's options as given, or, when a middleware will see the call, with the Request class to build.
  const callInit = (init: PlannedInit): PlannedInit =>
    registered.length > 0 || (init?.middleware?.length ?? 0) > 0 ? { Request: middlewareRequestClass(), ...init } : init;

  const calls = client as unknown as Record<(typeof CALL_METHODS)[number], Call> & {
    request: (method: string, url: string, init?: PlannedInit) => Promise<unknown>;
  };
  for (const name of CALL_METHODS) {
    const call = calls[name];
    calls[name] = (url, init) => (direct(init) ? sendCall(options.fetch, baseUrl, baseHeaders, name, url, init) : call(url, callInit(init)));
  }
  const { request } = calls;
  calls.request = (method, url, init) =>
    direct(init) ? sendCall(options.fetch, baseUrl, baseHeaders, method.toUpperCase(), url, init) : request(method, url, callInit(init));
  return client;
}
