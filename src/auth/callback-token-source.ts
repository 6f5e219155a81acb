import { LogtoClientError, LogtoTokenError } from '../runtime/errors.js';
import { registerSecret } from '../runtime/redact.js';
import type { TokenSource } from './token-source.js';

/** Wraps a caller's `getToken()`; caching is the caller's business, we only validate and redact. */
export function createCallbackTokenSource(getToken: () => Promise<string>): TokenSource {
  return {
    async getToken(): Promise<string> {
      let token: unknown;
      try {
        token = await getToken();
      } catch (error) {
        if (error instanceof LogtoClientError) throw error;
        throw new LogtoTokenError(
          {
            code: 'get_token_failed',
            message: `The getToken() option threw (${error instanceof Error ? error.message : String(error)}). Fix the function passed as getToken, or pass credentials instead.`,
          },
          { cause: error },
        );
      }
      if (typeof token !== 'string' || token.trim() === '') {
        throw new LogtoTokenError({
          code: 'get_token_failed',
          message: `The getToken() option resolved to ${token === '' ? 'an empty string' : typeof token}; it must resolve to a non-empty access token string.`,
        });
      }
      registerSecret(token);
      return token;
    },
    invalidate(): void {
      // Nothing cached here; the next getToken() call asks the caller again.
    },
  };
}
