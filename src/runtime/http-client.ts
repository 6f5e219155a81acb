import createClient, { type Client } from 'openapi-fetch';
import { createAuthMiddleware } from '../auth/middleware.js';
import { createCallbackTokenSource } from '../auth/callback-token-source.js';
import { createClientCredentialsSource } from '../auth/client-credentials.js';
import type { TokenSource } from '../auth/token-source.js';
import { resolveOptions, type LogtoClientOptions } from './options.js';
import { createResilientFetch } from './resilient-fetch.js';
import { resolveRetryPolicy } from './retry-policy.js';

/**
 * Builds the openapi-fetch client for any `paths` type: the fetch wrapper (timeout, retry) sits
 * under openapi-fetch, the auth middleware on top. `createLogtoClient` binds it to the generated
 * Management API types; tests bind it to small hand-written ones.
 */
export function createLogtoHttpClient<Paths extends {}>(
  options: LogtoClientOptions,
  auth: { isPublic?: (method: string, schemaPath: string) => boolean } = {},
): Client<Paths> {
  const resolved = resolveOptions(options);
  const apiFetch = createResilientFetch({ fetch: resolved.fetch, timeoutMs: resolved.timeoutMs, retry: resolved.retry });
  const tokenSource: TokenSource =
    resolved.auth.kind === 'credentials'
      ? createClientCredentialsSource({
          endpoint: resolved.endpoint,
          credentials: resolved.auth.credentials,
          // The token POST gets the timeout but no retries: a wrong secret will not fix itself.
          fetch: createResilientFetch({ fetch: resolved.fetch, timeoutMs: resolved.timeoutMs, retry: resolveRetryPolicy(false) }),
          expirySkewMs: resolved.tokenExpirySkewMs,
        })
      : createCallbackTokenSource(resolved.auth.getToken);
  const client = createClient<Paths>({ baseUrl: resolved.endpoint, fetch: apiFetch });
  client.use(...resolved.middleware, createAuthMiddleware(tokenSource, auth));
  return client;
}
