import type { Client } from 'openapi-fetch';
import { publicRequestMatcher, publicRouteMatcher, type OperationRoute } from '../auth/public-requests.js';
import type { Clock } from './clock.js';
import { createLogtoFetch } from './logto-fetch.js';
import { resolveOptions, type LogtoClientOptions } from './options.js';
import { createPlannedClient } from './planned-requests.js';
import { RequestPlan, type OutgoingRequest } from './request-plan.js';

/**
 * Builds the openapi-fetch client for any `paths` type. Under it sits one fetch: auth (token, 401
 * replay) over the timeout/retry wrapper; a caller's middleware runs above it, so it never sees
 * the token. A call no middleware sees is sent directly, as a `RequestPlan` from which each
 * attempt's fetch builds the only Request (see `planned-requests.ts`). `createLogtoClient` binds
 * it to the generated Management API types and routes; tests bind it to small hand-written ones
 * (every operation then needs a token) and may pass a `clock` of their own (see `Clock`).
 */
export function createLogtoHttpClient<Paths extends {}>(
  options: LogtoClientOptions,
  internals: { operations?: readonly OperationRoute[]; clock?: Clock } = {},
): Client<Paths> {
  const resolved = resolveOptions(options);
  const routes = internals.operations ?? [];
  const publicRoute = publicRouteMatcher(routes);
  const publicRequest = publicRequestMatcher(resolved.endpoint, routes);
  // A direct call knows its route; a Request openapi-fetch built is matched by its URL.
  const isPublic = (request: OutgoingRequest): boolean =>
    request instanceof RequestPlan && request.template !== undefined ? publicRoute(request.method, request.template) : publicRequest(request);
  const client = createPlannedClient<Paths>({ baseUrl: resolved.endpoint, fetch: createLogtoFetch(resolved, isPublic, internals.clock) });
  client.use(...resolved.middleware);
  return client;
}
