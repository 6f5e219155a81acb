import { LogtoClientError, LogtoTokenError } from '../runtime/errors.js';
import { registerSecret } from '../runtime/redact.js';
import type { GetToken } from '../runtime/options.js';
import type { TokenSource } from './token-source.js';

/**
 * Wraps a caller's `getToken()`; caching is the caller's business, we only validate and redact.
 * After a 401 the next call carries `{ rejected }`, so a caching caller knows to refresh.
 */
export function createCallbackTokenSource(getToken: GetToken): TokenSource {
  let rejected: string | undefined;
  return {
    async getToken(): Promise<string> {
      let token: unknown;
      const context = rejected === undefined ? undefined : { rejected };
      rejected = undefined;
      try {
        token = context ? await getToken(context) : await getToken();
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
    invalidate(token: string): void {
      // Nothing cached here; the next getToken() call asks the caller again and says why.
      rejected = token;
    },
  };
}
