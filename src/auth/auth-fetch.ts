import type { Middleware } from 'openapi-fetch';
import type { TokenSource } from './token-source.js';

/**
 * openapi-fetch middleware that adds `Authorization: Bearer <token>` and, on a 401, invalidates
 * the token, fetches a fresh one and re-sends the request exactly once. A second 401 is returned
 * as is (and becomes a `LogtoApiError`), so a revoked app never loops.
 */
export function createAuthMiddleware(
  source: TokenSource,
  options: { isPublic?: (method: string, schemaPath: string) => boolean } = {},
): Middleware {
  // Per-request state keyed by openapi-fetch's request id: the token used, and an unread copy of
  // the request in case the transport consumed the original body.
  const sent = new Map<string, { token: string; replay: Request }>();

  return {
    async onRequest({ request, id, schemaPath }) {
      // Public operations (GetStatus) must work even when the credentials are wrong.
      if (options.isPublic?.(request.method, schemaPath)) return undefined;
      const token = await source.getToken();
      request.headers.set('Authorization', `Bearer ${token}`);
      // Only a body can be consumed by the transport; a bodiless request can be replayed as is.
      sent.set(id, { token, replay: request.body === null ? request : request.clone() });
      return request;
    },
    async onResponse({ response, id, options }) {
      const entry = sent.get(id);
      sent.delete(id);
      if (!entry || response.status !== 401) return undefined;
      source.invalidate(entry.token);
      const fresh = await source.getToken();
      await response.body?.cancel().catch(() => undefined);
      const retry = entry.replay;
      retry.headers.set('Authorization', `Bearer ${fresh}`);
      return options.fetch(retry);
    },
    onError({ id }) {
      sent.delete(id);
      return undefined;
    },
  };
}
