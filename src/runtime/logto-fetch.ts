import { createAuthFetch } from '../auth/auth-fetch.js';
import { createCallbackTokenSource } from '../auth/callback-token-source.js';
import { createClientCredentialsSource } from '../auth/client-credentials.js';
import type { TokenSource } from '../auth/token-source.js';
import type { Clock } from './clock.js';
import type { ResolvedOptions } from './options.js';
import type { OutgoingRequest } from './request-plan.js';
import { createResilientFetch } from './resilient-fetch.js';
import { resolveRetryPolicy } from './retry-policy.js';

/**
 * The fetch every call of a client goes through: auth (token, 401 replay) over the timeout/retry
 * wrapper. `isPublic` tells the calls the spec lets anyone make: they go without a token. `clock`
 * is the system's unless a test drives time (see `Clock`).
 */
export function createLogtoFetch(resolved: ResolvedOptions, isPublic: (request: OutgoingRequest) => boolean, clock?: Clock): (request: OutgoingRequest) => Promise<Response> {
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
  return createAuthFetch(send, tokenSource, isPublic);
}
