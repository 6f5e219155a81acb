import type { ServerResponse } from 'node:http';
import { sendJson, startTestServer, type RecordedRequest, type TestServer } from './http-server.js';

export const TEST_APP_ID = 'm2m-app-id';
export const TEST_APP_SECRET = 'sup3r-s3cret-app-secret-value';

export type ApiHandler = (request: RecordedRequest, res: ServerResponse) => void | Promise<void>;

export interface FakeLogto extends TestServer {
  /** Requests to /oidc/token only. */
  tokenRequests(): RecordedRequest[];
  /** Requests to /api/** only. */
  apiRequests(): RecordedRequest[];
  /** Tokens issued so far, in order (JWT-shaped so pattern redaction is exercised too). */
  issuedTokens: string[];
  /** Whether a bearer token is one the server issued and has not revoked. */
  isValid(token: string | undefined): boolean;
  /** Make the server reject every token issued so far (next API call answers 401). */
  revokeAll(): void;
}

interface FakeLogtoOptions {
  /** `expires_in` of issued tokens, in seconds. */
  expiresIn?: number;
  /** Replaces the token endpoint entirely (error scenarios). */
  tokenHandler?: ApiHandler;
  /** Handles /api/** after the bearer check passed. */
  api?: ApiHandler;
  /** Skip the bearer check (the handler decides). */
  skipAuthCheck?: boolean;
}

/**
 * Just enough of Logto for client tests: the client-credentials token endpoint (Basic auth,
 * form body, Logto's error shapes) and a bearer check in front of caller-supplied API handlers.
 */
export async function startFakeLogto(options: FakeLogtoOptions = {}): Promise<FakeLogto> {
  const issuedTokens: string[] = [];
  const revoked = new Set<string>();
  const isValid = (token: string | undefined): boolean => token !== undefined && issuedTokens.includes(token) && !revoked.has(token);

  const server = await startTestServer(async (request, res) => {
    if (request.path === '/oidc/token') {
      if (options.tokenHandler) return options.tokenHandler(request, res);
      return issueToken(request, res);
    }
    // Like Logto, /api/status needs no token.
    if (!options.skipAuthCheck && request.path !== '/api/status') {
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!isValid(bearer)) {
        return sendJson(res, 401, { code: 'auth.unauthorized', message: 'Unauthorized.' });
      }
    }
    if (options.api) return options.api(request, res);
    return sendJson(res, 404, { code: 'entity.not_found', message: 'Not found.' });
  });

  function issueToken(request: RecordedRequest, res: ServerResponse): void {
    const expected = `Basic ${Buffer.from(`${TEST_APP_ID}:${TEST_APP_SECRET}`).toString('base64')}`;
    if (request.headers.authorization !== expected) {
      return sendJson(res, 401, {
        error: 'invalid_client',
        error_description: 'client authentication failed',
        code: 'oidc.invalid_client',
        message: 'client authentication failed',
      });
    }
    const form = new URLSearchParams(request.body);
    if (form.get('grant_type') !== 'client_credentials') {
      return sendJson(res, 400, { error: 'unsupported_grant_type', error_description: 'unsupported grant_type requested' });
    }
    if (form.get('resource') !== 'https://default.logto.app/api') {
      return sendJson(res, 400, {
        error: 'invalid_target',
        error_description: 'resource indicator is missing, or unknown',
        code: 'oidc.invalid_target',
        message: 'resource indicator is missing, or unknown',
      });
    }
    const n = issuedTokens.length + 1;
    const payload = Buffer.from(JSON.stringify({ sub: TEST_APP_ID, n })).toString('base64url');
    const token = `eyJhbGciOiJFUzM4NCJ9.${payload}.c2lnbmF0dXJlLSR7bn0tZmFrZQ${n}`;
    issuedTokens.push(token);
    sendJson(res, 200, { access_token: token, expires_in: options.expiresIn ?? 3600, token_type: 'Bearer', scope: form.get('scope') });
  }

  return {
    ...server,
    issuedTokens,
    isValid,
    revokeAll: () => issuedTokens.forEach((t) => revoked.add(t)),
    tokenRequests: () => server.requests.filter((r) => r.path === '/oidc/token'),
    apiRequests: () => server.requests.filter((r) => r.path.startsWith('/api/')),
  };
}
