import type { Client } from 'openapi-fetch';
import { createAuthFetch } from '../auth/auth-fetch.js';
import { createCallbackTokenSource } from '../auth/callback-token-source.js';
import { createClientCredentialsSource } from '../auth/client-credentials.js';
import { publicRequestMatcher, type OperationRoute } from '../auth/public-requests.js';
import type { TokenSource } from '../auth/token-source.js';
import type { Clock } from './clock.js';
import { createPlannedClient } from './planned-requests.js';
import { resolveOptions, type LogtoClientOptions } from './options.js';
import { createResilientFetch } from './resilient-fetch.js';
import { resolveRetryPolicy } from './retry-policy.js';

/**
 * How object query parameters go on the wire: OpenAPI's default for a query parameter (style form,
 * explode true), which is what every object parameter in Logto's spec is (the nine `search_params`
 * of the list operations): `search.name=ada`. openapi-fetch's own default for objects is
 * deepObject (`search_params[search.name]=ada`), which Logto ignores. Arrays keep openapi-fetch's
 * default, which is already form, exploded.
 */
const QUERY_STYLE = { object: { style: 'form', explode: true } } as const;

/**
 * Builds the openapi-fetch client for any `paths` type. Under openapi-fetch sits one fetch: auth
 * (token, 401 replay) over the timeout/retry wrapper; a caller's middleware runs above it, so it
 * never sees the token. A call no middleware sees travels down as a `RequestPlan`, from which each
 * attempt's fetch builds the only Request (see `planned-requests.ts`). `createLogtoClient` binds it
 * to the generated Management API types and operation index; tests bind it to small hand-written
 * ones (every operation then needs a token) and may pass a `clock` of their own (see `Clock`).
 */
export function createLogtoHttpClient<Paths extends {}>(
  options: LogtoClientOptions,
  internals: { operations?: readonly OperationRoute[]; clock?: Clock } = {},
): Client<Paths> {
  const resolved = resolveOptions(options);
  const { clock } = internals;
  const send = createResilientFetch({ fetch: resolved.fetch, timeoutMs: resolved.timeoutMs, retry: resolved.retry, clock });
  const tokenSource: TokenSource =
    resolved.auth.kind === 'credentials'
      ? createClientCredentialsSource({
          endpoint: resolved.endpoint,
          credentials: resolved.auth.credentials,
          // The token POST gets the timeout but no retries: a wrong secret will not fix itself.
          fetch: createResilientFetch({ fetch: resolved.fetch, timeoutMs: resolved.timeoutMs, retry: resolveRetryPolicy(false), clock }),
          expirySkewMs: resolved.tokenExpirySkewMs,
          ...(clock ? { now: () => clock.now() } : {}),
        })
      : createCallbackTokenSource(resolved.auth.getToken);
  const fetch = createAuthFetch(send, tokenSource, publicRequestMatcher(resolved.endpoint, internals.operations ?? []));
  const client = createPlannedClient<Paths>({ baseUrl: resolved.endpoint, fetch: fetch as (input: Request) => Promise<Response>, querySerializer: QUERY_STYLE });
  client.use(...resolved.middleware);
  return client;
}
