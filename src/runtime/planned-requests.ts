import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import { MiddlewareRequest } from './caller-signal-request.js';
import { RequestPlan } from './request-plan.js';

// The client's methods that make a call; each accepts a per-call `Request` class (openapi-fetch's own option).
const CALL_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type CallInit = { middleware?: readonly unknown[]; Request?: unknown } | undefined;
type Call = (url: unknown, init?: CallInit) => Promise<unknown>;

/**
 * An openapi-fetch client that builds a `RequestPlan` (one Request per attempt, built by fetch)
 * for every call no middleware can see, and a real Request (`MiddlewareRequest`) for the rest:
 * a middleware gets `request` in all three of its hooks and may do anything a Request allows.
 *
 * A middleware can reach a call three ways, and each is covered: the `middleware` option (given
 * to `use` here), `client.use()` later, and a per-call `middleware` list. The client's own
 * `use`/`eject` are wrapped to keep count; each call method passes a per-call `Request` class when
 * a middleware is registered or given, unless the caller passed their own.
 */
export function createPlannedClient<Paths extends {}>(options: Omit<ClientOptions, 'Request'>): Client<Paths> {
  const client = createClient<Paths>({ ...options, Request: RequestPlan as unknown as typeof Request });
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
  // The call's options as given, or, when a middleware will see the call, with the Request class to build.
  const callInit = (init: CallInit): CallInit =>
    registered.length > 0 || (init?.middleware?.length ?? 0) > 0 ? { Request: MiddlewareRequest, ...init } : init;

  const calls = client as unknown as Record<(typeof CALL_METHODS)[number], Call> & {
    request: (method: string, url: unknown, init?: CallInit) => Promise<unknown>;
  };
  for (const name of CALL_METHODS) {
    const call = calls[name];
    calls[name] = (url, init) => call(url, callInit(init));
  }
  const { request } = calls;
  calls.request = (method, url, init) => request(method, url, callInit(init));
  return client;
}
