import { createClientCredentialsSource } from '../../../src/auth/client-credentials.js';
import type { TokenSource } from '../../../src/auth/token-source.js';
import { DEFAULTS } from '../../../src/runtime/defaults.js';
import { accessTokenOf, requestToken } from './token-request.js';

export interface AppCredentials {
  /** Server root for `/oidc/token` (never a proxy in front of the API). */
  upstream: string;
  appId: string;
  appSecret: string;
  resource: string;
}

/** The tokens a contract run needs, from the client's own token source. */
export interface AppTokens extends TokenSource {
  /** A token issued without scope `all` (every API call with it is 403); fetched once. */
  noScopeToken(): Promise<string>;
}

const TOKEN_TIMEOUT_MS = 15_000;

/**
 * The client's client-credentials token source (cached, shared in flight, replaced before it
 * expires, dropped on a 401), so a run longer than a token's lifetime keeps working exactly as a
 * user's client does.
 */
export function appTokens(app: AppCredentials, options: { now?: () => number } = {}): AppTokens {
  const source = createClientCredentialsSource({
    endpoint: app.upstream,
    credentials: { appId: app.appId, appSecret: app.appSecret, resource: app.resource, scope: 'all' },
    fetch: (request) => fetch(request, { signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS) }),
    expirySkewMs: DEFAULTS.tokenExpirySkewMs,
    // The client's clock, for when a cached token is replaced; a test that drives the server's clock passes the same one.
    ...(options.now ? { now: options.now } : {}),
  });
  let noScope: Promise<string> | undefined;
  return {
    getToken: () => source.getToken(),
    invalidate: (token) => source.invalidate(token),
    noScopeToken() {
      noScope ??= requestToken({ endpoint: app.upstream, appId: app.appId, appSecret: app.appSecret, resource: app.resource }).then((answer) => {
        const token = accessTokenOf(answer);
        if (!token) throw new Error(`${app.upstream}/oidc/token refused a token without scope (${answer.status})`);
        return token;
      });
      return noScope;
    },
  };
}

const shared = new Map<string, AppTokens>();

/** One token source per app and server in this process, so every test of a worker shares its cached token. */
export function sharedAppTokens(app: AppCredentials): AppTokens {
  const key = `${app.upstream}\n${app.appId}\n${app.resource}`;
  let tokens = shared.get(key);
  if (!tokens) {
    tokens = appTokens(app);
    shared.set(key, tokens);
  }
  return tokens;
}
