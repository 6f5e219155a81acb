import { discardResponse } from '../runtime/body-guard.js';
import type { FetchLike, SendRequest } from '../runtime/resilient-fetch.js';
import type { TokenSource } from './token-source.js';

/**
 * The fetch openapi-fetch is given: adds `Authorization: Bearer <token>` and, on a 401,
 * invalidates the token, fetches a fresh one and re-sends the request exactly once (any method).
 * A second 401 is returned as is (and becomes a `LogtoApiError`), so a revoked app never loops.
 *
 * It sits under openapi-fetch rather than being a middleware: every middleware has run before it,
 * so none sees the token, and a client without user middleware skips openapi-fetch's middleware
 * machinery altogether (`npm run bench`, item 1).
 */
export function createAuthFetch(send: SendRequest, source: TokenSource, isPublic: (request: Request) => boolean): FetchLike {
  return async function authFetch(request: Request): Promise<Response> {
    // Public operations (GetStatus) must work even when the credentials are wrong.
    if (isPublic(request)) return send(request);
    const token = await source.getToken();
    // The 401 replay re-sends the body, and sending consumes it: read it once, only if there is one.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    request.headers.set('Authorization', `Bearer ${token}`);
    const response = await send(request, body);
    if (response.status !== 401) return response;
    source.invalidate(token);
    const fresh = await source.getToken();
    await discardResponse(response);
    request.headers.set('Authorization', `Bearer ${fresh}`);
    return send(request, body);
  };
}
