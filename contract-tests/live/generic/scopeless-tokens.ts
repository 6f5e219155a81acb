import { createClientCredentialsSource } from '../../../src/auth/client-credentials.js';
import type { TokenSource } from '../../../src/auth/token-source.js';
import { DEFAULTS } from '../../../src/runtime/defaults.js';
import type { AppCredentials } from '../support/app-tokens.js';

const TOKEN_TIMEOUT_MS = 15_000;
const shared = new Map<string, TokenSource>();

/**
 * Tokens issued without scope `all` (an empty scope), from the client's own client-credentials
 * source: cached, replaced before they expire, so a long run on a server with short-lived tokens
 * does not mistake an expired token's 401 for the 403 under test. One source per app per worker.
 */
export function scopelessTokens(app: AppCredentials): TokenSource {
  const key = `${app.upstream}\n${app.appId}\n${app.resource}`;
  let source = shared.get(key);
  if (!source) {
    source = createClientCredentialsSource({
      endpoint: app.upstream,
      credentials: { appId: app.appId, appSecret: app.appSecret, resource: app.resource, scope: '' },
      fetch: (request) => fetch(request, { signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS) }),
      expirySkewMs: DEFAULTS.tokenExpirySkewMs,
    });
    shared.set(key, source);
  }
  return source;
}
