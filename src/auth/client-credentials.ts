import { LogtoNetworkError, LogtoTimeoutError, LogtoTokenError, safeHost } from '../runtime/errors.js';
import type { FetchLike } from '../runtime/resilient-fetch.js';
import { redact, registerSecret } from '../runtime/redact.js';
import type { TokenSource } from './token-source.js';

export interface ClientCredentials {
  /** ID of a machine-to-machine app that has the Management API role. */
  appId: string;
  /** Its secret. Never logged, never part of an error. */
  appSecret: string;
  /** API resource indicator; Logto OSS `https://default.logto.app/api`, Cloud `https://{tenantId}.logto.app/api`. */
  resource?: string;
  /** Requested scope; the Management API needs `all`. */
  scope?: string;
}

interface ClientCredentialsSourceOptions {
  endpoint: string;
  credentials: Required<ClientCredentials>;
  /** Fetch with timeout already applied (the token POST is never retried). */
  fetch: FetchLike;
  expirySkewMs: number;
  /** Injected so tests can move time. */
  now?: () => number;
}

interface CachedToken {
  token: string;
  /** Time after which the token is not handed out any more (expiry minus skew). */
  refreshAt: number;
}

/**
 * OAuth 2.0 client-credentials grant against `{endpoint}/oidc/token`.
 * The token is cached until `expirySkewMs` before it expires (capped at half its lifetime so a
 * short-lived token is still reused); concurrent callers share one in-flight request; a failed
 * request is not cached, so the next call tries again.
 */
export function createClientCredentialsSource(options: ClientCredentialsSourceOptions): TokenSource {
  const now = options.now ?? Date.now;
  const tokenEndpoint = `${options.endpoint}/oidc/token`;
  const { appId, appSecret, resource, scope } = options.credentials;
  const basic = Buffer.from(`${encodeURIComponent(appId)}:${encodeURIComponent(appSecret)}`).toString('base64');
  registerSecret(appSecret);
  registerSecret(basic);

  let cached: CachedToken | undefined;
  let inFlight: Promise<string> | undefined;

  async function requestToken(): Promise<string> {
    const requestedAt = now();
    const request = new Request(tokenEndpoint, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${basic}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource, scope }).toString(),
    });
    let response: Response;
    try {
      response = await options.fetch(request);
    } catch (error) {
      throw transportError(error);
    }
    const text = await response.text().catch(() => '');
    const body = parseJson(text);
    if (!response.ok) throw rejectionError(response, body, text);
    if (body === undefined || typeof body !== 'object' || body === null) {
      throw new LogtoTokenError({
        code: 'invalid_response',
        status: response.status,
        tokenEndpoint,
        message:
          `The token endpoint ${tokenEndpoint} answered ${response.status} with a body that is not JSON` +
          ` (content-type: ${response.headers.get('content-type') ?? 'none'}). ` +
          `Check that the endpoint option is the Logto server root (e.g. https://your-tenant.logto.app), not a proxy, a web page or a URL ending in /api.`,
      });
    }
    const record = body as Record<string, unknown>;
    const token = record.access_token;
    if (typeof token !== 'string' || token === '') {
      throw new LogtoTokenError({
        code: 'missing_access_token',
        status: response.status,
        tokenEndpoint,
        message:
          `The token endpoint ${tokenEndpoint} answered ${response.status} without an access_token. ` +
          `Check that the endpoint option points at a Logto server and that app ${appId} is a machine-to-machine app.`,
      });
    }
    registerSecret(token);
    const lifetimeMs = typeof record.expires_in === 'number' && record.expires_in > 0 ? record.expires_in * 1000 : 0;
    const skew = Math.min(options.expirySkewMs, lifetimeMs / 2);
    cached = { token, refreshAt: requestedAt + lifetimeMs - skew };
    return token;
  }

  function transportError(error: unknown): LogtoTokenError {
    if (error instanceof LogtoTimeoutError) {
      return new LogtoTokenError(
        {
          code: 'timeout',
          tokenEndpoint,
          message: `The token endpoint ${tokenEndpoint} did not answer within ${error.timeoutMs} ms. Check that the Logto server is healthy, or raise timeoutMs.`,
        },
        { cause: error },
      );
    }
    const reason = error instanceof LogtoNetworkError && error.code ? ` (${error.code})` : '';
    return new LogtoTokenError(
      {
        code: 'unreachable',
        tokenEndpoint,
        message:
          `Could not reach the Logto token endpoint at ${safeHost(tokenEndpoint)}${reason}. ` +
          `Check the endpoint option (e.g. LOGTO_ENDPOINT: scheme, host and port) and that the server is running.`,
      },
      { cause: error },
    );
  }

  function rejectionError(response: Response, body: unknown, text: string): LogtoTokenError {
    const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const oauthError = typeof record.error === 'string' ? record.error : undefined;
    const description =
      typeof record.error_description === 'string'
        ? record.error_description
        : typeof record.message === 'string'
          ? record.message
          : text.slice(0, 200);
    const said = description ? `: ${redact(description)}` : '';
    const base = { status: response.status, tokenEndpoint };
    if (oauthError === 'invalid_client' || (response.status === 401 && oauthError === undefined)) {
      return new LogtoTokenError({
        ...base,
        code: 'invalid_client',
        message:
          `Logto rejected the client credentials of app ${appId} (${response.status} invalid_client${said}). ` +
          `Check LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET (credentials.appId / credentials.appSecret): the app must be a machine-to-machine app of this tenant and the secret must be current.`,
      });
    }
    if (oauthError === 'invalid_target') {
      return new LogtoTokenError({
        ...base,
        code: 'invalid_target',
        message:
          `Logto does not know the API resource "${resource}" (${response.status} invalid_target${said}). ` +
          `Set credentials.resource (e.g. LOGTO_MANAGEMENT_RESOURCE) to the Management API indicator: https://default.logto.app/api on Logto OSS, https://{tenantId}.logto.app/api on Logto Cloud.`,
      });
    }
    if (oauthError === 'invalid_scope') {
      return new LogtoTokenError({
        ...base,
        code: 'invalid_scope',
        message: `Logto refused the scope "${scope}" (${response.status} invalid_scope${said}). Use scope "all" for the Management API.`,
      });
    }
    if (body === undefined) {
      return new LogtoTokenError({
        ...base,
        code: 'invalid_response',
        message:
          `The token endpoint ${tokenEndpoint} answered ${response.status} with a body that is not JSON${said}. ` +
          `Check that the endpoint option is the Logto server root, not a proxy, a web page or a URL ending in /api.`,
      });
    }
    return new LogtoTokenError({
      ...base,
      code: 'token_request_failed',
      message: `The token endpoint ${tokenEndpoint} answered ${response.status}${oauthError ? ` ${oauthError}` : ''}${said}. Check the Logto server logs and the app's configuration.`,
    });
  }

  return {
    cachedToken(): string | undefined {
      return cached && now() < cached.refreshAt ? cached.token : undefined;
    },
    getToken(): Promise<string> {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      if (!inFlight) {
        cached = undefined;
        inFlight = requestToken().finally(() => {
          inFlight = undefined;
        });
      }
      return inFlight;
    },
    invalidate(token: string): void {
      if (cached?.token === token) cached = undefined;
    },
  };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
