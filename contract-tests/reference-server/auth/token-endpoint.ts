import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { signAccessToken } from './access-tokens.js';
import { managementScope } from './bearer-auth.js';
import type { SigningKey } from './signing-key.js';
import { isForm } from '../http/body.js';

export interface ClientCredentials {
  appId: string;
  appSecret: string;
}

export interface TokenEndpointConfig {
  issuer: string;
  resource: string;
  credentials: ClientCredentials;
  tokenTtlSeconds: number;
  key: SigningKey;
  /** The server's clock (epoch ms): tokens are issued at, and expire by, it. */
  now: () => number;
  /** Called once per token issued, with its scope (tests count grants to see a client refresh). */
  onIssued?: (scope: string | undefined) => void;
}

interface TokenResponse {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

/** OAuth error bodies as Logto's oidc-provider sends them, plus Logto's `code`/`message` pair. */
function oauthError(status: number, error: string, description: string, extraHeaders: Record<string, string> = {}): TokenResponse {
  return { status, body: { error, error_description: description, code: `oidc.${error}`, message: description }, headers: { ...noStore, ...extraHeaders } };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function decodeFormComponent(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** HTTP Basic per RFC 6749 §2.3.1: id and secret are form-encoded before base64. */
function basicCredentials(authorization: string | undefined): { id: string; secret: string } | 'malformed' | undefined {
  if (!authorization) return undefined;
  const match = /^Basic\s+(\S+)$/i.exec(authorization);
  if (!match) return 'malformed';
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'malformed';
  return { id: decodeFormComponent(decoded.slice(0, colon)), secret: decodeFormComponent(decoded.slice(colon + 1)) };
}

/** `POST /oidc/token`, client credentials grant only. */
export async function handleTokenRequest(config: TokenEndpointConfig, headers: IncomingHttpHeaders, rawBody: Buffer): Promise<TokenResponse> {
  if (!isForm(headers['content-type'])) {
    return oauthError(400, 'invalid_request', 'only application/x-www-form-urlencoded content-type bodies are supported on POST /token');
  }
  const form = new URLSearchParams(rawBody.toString('utf8'));
  const grantType = form.get('grant_type');
  if (!grantType) return oauthError(400, 'invalid_request', "missing required parameter 'grant_type'");
  if (grantType !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', `unsupported grant_type requested (${grantType})`);

  const basic = basicCredentials(headers.authorization);
  const formId = form.get('client_id');
  const formSecret = form.get('client_secret');
  if (basic === 'malformed') return oauthError(400, 'invalid_request', 'invalid authorization header value format');
  if (basic && formSecret !== null) return oauthError(400, 'invalid_request', 'client authentication must only be provided using one mechanism');
  const clientId = basic?.id ?? formId;
  const clientSecret = basic?.secret ?? formSecret;
  if (!clientId) return oauthError(400, 'invalid_request', 'no client authentication mechanism provided');
  if (clientId !== config.credentials.appId || clientSecret === null || !sameSecret(clientSecret, config.credentials.appSecret)) {
    return oauthError(401, 'invalid_client', 'client authentication failed', basic ? { 'WWW-Authenticate': 'Basic realm="oidc"' } : {});
  }

  const resource = form.get('resource');
  // Logto knows one API resource here; anything else (or none, for client credentials) is a bad target.
  if (resource !== config.resource) return oauthError(400, 'invalid_target', 'resource indicator is missing, or unknown');

  // Only `all` exists on the Management API; a token asked without it carries no scope at all.
  const granted = (form.get('scope') ?? '').split(' ').includes(managementScope) ? managementScope : undefined;
  const accessToken = await signAccessToken(config.key, {
    issuer: config.issuer,
    audience: config.resource,
    clientId,
    ...(granted ? { scope: granted } : {}),
    expiresInSeconds: config.tokenTtlSeconds,
    issuedAt: Math.floor(config.now() / 1000),
  });
  const body: Record<string, unknown> = { access_token: accessToken, expires_in: config.tokenTtlSeconds, token_type: 'Bearer' };
  if (granted) body['scope'] = granted;
  config.onIssued?.(granted);
  return { status: 200, body, headers: noStore };
}
