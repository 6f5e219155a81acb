import { discardResponse } from '../runtime/body-guard.js';
import { bodyIsConsumed, readBody, type OutgoingRequest } from '../runtime/request-plan.js';
import type { SendRequest } from '../runtime/resilient-fetch.js';
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
export function createAuthFetch(send: SendRequest, source: TokenSource, isPublic: (request: OutgoingRequest) => boolean): (request: OutgoingRequest) => Promise<Response> {
  function authorized(request: OutgoingRequest, token: string, body: ArrayBuffer | undefined): Promise<Response> {
    request.headers.set('Authorization', `Bearer ${token}`);
    return send(request, body, (response) => (response.status === 401 ? replay(request, token, body, response) : response));
  }

  async function replay(request: OutgoingRequest, rejected: string, body: ArrayBuffer | undefined, response: Response): Promise<Response> {
    source.invalidate(rejected);
    const fresh = await source.getToken();
    await discardResponse(response);
    request.headers.set('Authorization', `Bearer ${fresh}`);
    return send(request, body);
  }

  async function whenReady(request: OutgoingRequest): Promise<Response> {
    const token = await source.getToken();
    // The 401 replay re-sends the body, and sending may consume it: read it once, only then.
    const body = bodyIsConsumed(request) ? await readBody(request) : undefined;
    return authorized(request, token, body);
  }

  return function authFetch(request: OutgoingRequest): Promise<Response> {
    // Public operations (GetStatus) must work even when the credentials are wrong.
    if (isPublic(request)) return send(request);
    // A call with a cached token and nothing to read first (the common case) goes out at once, without waiting a turn.
    const token = bodyIsConsumed(request) ? undefined : source.cachedToken?.();
    return token === undefined ? whenReady(request) : authorized(request, token, undefined);
  };
}
