import type { IncomingMessage, ServerResponse } from 'node:http';
import { requireManagementAccess } from '../auth/bearer-auth.js';
import type { SigningKey } from '../auth/signing-key.js';
import { handleTokenRequest, type TokenEndpointConfig } from '../auth/token-endpoint.js';
import { apiErrorFromPg } from '../db/pg-errors.js';
import { ApiError, CodelessHttpError, PlainTextAnswer } from '../errors.js';
import { bodyLimitFor, parseApiBody, readBody } from './body.js';
import { sendEmpty, sendJson, sendText } from './respond.js';
import { Router } from './router.js';
import type { RouteDefinition, Services } from './types.js';

interface AppConfig {
  routes: RouteDefinition[];
  /** Paths served without a token (Logto: the status probe). */
  publicPaths: Set<string>;
  services: Services;
  token: TokenEndpointConfig;
  key: SigningKey;
  bodyLimitBytes: number;
  onInternalError(error: unknown): void;
  /** A bearer token was refused (401 auth.unauthorized): why, as jose put it. */
  onTokenRefused?(refusal: Record<string, unknown>): void;
}

const methodsWithBody = new Set(['POST', 'PUT', 'PATCH']);

export function createRequestListener(config: AppConfig): (request: IncomingMessage, response: ServerResponse) => void {
  const router = new Router(config.routes);
  const expected = { issuer: config.token.issuer, audience: config.token.resource };

  async function handleOidc(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<boolean> {
    if (pathname === '/oidc/token') {
      if (request.method !== 'POST') {
        sendText(response, 405, 'Method Not Allowed', { Allow: 'POST' });
        return true;
      }
      const raw = await readBody(request, config.bodyLimitBytes);
      const result = await handleTokenRequest(config.token, request.headers, raw);
      sendJson(response, result.status, result.body, result.headers);
      return true;
    }
    if (pathname === '/oidc/jwks') {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        sendText(response, 405, 'Method Not Allowed', { Allow: 'HEAD, GET' });
        return true;
      }
      sendJson(response, 200, { keys: [config.key.publicJwk] });
      return true;
    }
    return false;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://reference.invalid');
    if (await handleOidc(request, response, url.pathname)) return;

    // Routing comes first: an unknown path is 404 and a wrong method 405 even without a token,
    // because Logto's router only runs its auth middleware for a matched route.
    const match = router.match(method, url.pathname);
    if (match.kind === 'not-found') return sendText(response, 404, 'Not Found');
    if (match.kind === 'method-not-allowed') return sendText(response, 405, 'Method Not Allowed', { Allow: match.allow });
    if (match.kind === 'options') return sendEmpty(response, 200, { Allow: match.allow, 'Content-Length': '0' });

    // Logto authenticates on the Management API router and parses the body later, inside each
    // route's guard: without a valid token, a broken or oversized body is a 401 like any other.
    if (!config.publicPaths.has(url.pathname)) await requireManagementAccess(request.headers.authorization, config.key, expected, config.services.now(), config.onTokenRefused);
    const contentType = request.headers['content-type'];
    const body = methodsWithBody.has(method) ? parseApiBody(await readBody(request, bodyLimitFor(contentType, config.bodyLimitBytes)), contentType) : {};

    const result = await match.handler({ params: match.params, query: url.searchParams, body, services: config.services });
    if (result.body === undefined) sendEmpty(response, result.status, result.headers);
    else sendJson(response, result.status, result.body, result.headers);
  }

  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const apiError = error instanceof ApiError ? error : apiErrorFromPg(error);
      if (apiError) return sendJson(response, apiError.status, apiError.body);
      if (error instanceof CodelessHttpError) return sendJson(response, error.status, { message: error.message });
      if (error instanceof PlainTextAnswer) return sendText(response, error.status, error.message);
      config.onInternalError(error);
      sendJson(response, 500, { message: 'Internal server error.' });
    });
  };
}
