import type { Middleware } from 'openapi-fetch';
import type { ClientCredentials } from '../auth/client-credentials.js';
import { DEFAULTS } from './defaults.js';
import { LogtoConfigError } from './errors.js';
import type { FetchLike } from './resilient-fetch.js';
import { resolveRetryPolicy, type RetryOptions, type RetryPolicy } from './retry-policy.js';

interface LogtoClientCommonOptions {
  /** Logto server root, e.g. `https://your-tenant.logto.app` or `http://localhost:3001` (no `/api`). */
  endpoint: string;
  /** Underlying fetch (default: global fetch). Timeout and retries wrap it. */
  fetch?: FetchLike;
  /** Per-attempt timeout in ms (default `DEFAULTS.timeoutMs`). */
  timeoutMs?: number;
  /** Retry tuning (defaults in `DEFAULTS.retry`); `false` disables retries. */
  retry?: Partial<RetryOptions> | false;
  /** Replace the cached token this long before it expires (default `DEFAULTS.tokenExpirySkewMs`). */
  tokenExpirySkewMs?: number;
  /** Extra openapi-fetch middleware; runs before auth on the way out (it never sees the token). */
  middleware?: Middleware[];
}

/** What the client tells a `getToken` option when it asks again. */
export interface GetTokenContext {
  /**
   * The token the API just answered 401 to. A `getToken` that caches should drop it and return a
   * fresh one: the client re-sends the request once with what it returns.
   */
  rejected?: string;
}

/** Supplies a bearer token; called before each request, and again after a 401 with `{ rejected }`. */
export type GetToken = (context?: GetTokenContext) => Promise<string>;

export type LogtoClientOptions = LogtoClientCommonOptions &
  (
    | { /** Machine-to-machine app credentials; the client fetches and caches tokens. */ credentials: ClientCredentials; getToken?: undefined }
    | { /** Supplies a bearer token per request; you own caching (a 401 calls it again with `{ rejected }`). */ getToken: GetToken; credentials?: undefined }
  );

export interface ResolvedOptions {
  endpoint: string;
  /** The caller's fetch; undefined means the platform's global fetch. */
  fetch: FetchLike | undefined;
  timeoutMs: number;
  retry: RetryPolicy;
  tokenExpirySkewMs: number;
  middleware: Middleware[];
  auth: { kind: 'credentials'; credentials: Required<ClientCredentials> } | { kind: 'getToken'; getToken: GetToken };
}

const fail = (option: string, message: string): never => {
  throw new LogtoConfigError(option, message);
};

/**
 * Validates what a caller passed, naming the option and the fix; returns options with defaults
 * applied. `factory` is the function the caller called (`createLogtoClient`, `createLogtoCore`):
 * every message starts with it.
 */
export function resolveOptions(input: unknown, factory = 'createLogtoClient'): ResolvedOptions {
  try {
    return validate(input, factory);
  } catch (error) {
    if (error instanceof LogtoConfigError) throw new LogtoConfigError(error.option, `${factory}: ${error.message}`);
    throw error;
  }
}

function validate(input: unknown, factory: string): ResolvedOptions {
  if (input === null || typeof input !== 'object') {
    fail('options', `expected an options object, e.g. ${factory}({ endpoint, credentials: { appId, appSecret } }).`);
  }
  const options = input as Record<string, unknown>;
  const endpoint = resolveEndpoint(options.endpoint);
  const auth = resolveAuth(options);
  const fetchOption = options.fetch;
  if (fetchOption !== undefined && typeof fetchOption !== 'function') {
    fail('fetch', `options.fetch must be a function (input: Request) => Promise<Response>; got ${describe(fetchOption)}.`);
  }
  const timeoutMs = positiveNumber('timeoutMs', options.timeoutMs, DEFAULTS.timeoutMs);
  const tokenExpirySkewMs = nonNegativeNumber('tokenExpirySkewMs', options.tokenExpirySkewMs, DEFAULTS.tokenExpirySkewMs);
  const retry = resolveRetry(options.retry);
  const middleware = options.middleware ?? [];
  if (!Array.isArray(middleware) || middleware.some((m) => m === null || typeof m !== 'object')) {
    fail('middleware', 'options.middleware must be an array of openapi-fetch middleware objects ({ onRequest?, onResponse?, onError? }).');
  }
  return {
    endpoint,
    fetch: fetchOption as FetchLike | undefined,
    timeoutMs,
    retry,
    tokenExpirySkewMs,
    middleware: middleware as Middleware[],
    auth,
  };
}

function resolveEndpoint(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    fail('endpoint', 'options.endpoint is required: pass your Logto URL, e.g. "https://your-tenant.logto.app" or "http://localhost:3001".');
  }
  if (typeof value !== 'string') return fail('endpoint', `options.endpoint must be a URL string; got ${describe(value)}.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('endpoint', `options.endpoint "${value}" is not a valid URL: include the scheme, e.g. "https://your-tenant.logto.app".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    fail('endpoint', `options.endpoint must use http: or https:, got "${url.protocol}".`);
  }
  // URLs end up in error messages; credentials inside one would leak with them.
  if (url.username || url.password) {
    fail('endpoint', 'options.endpoint must not contain a user name or password; pass the app credentials as options.credentials.');
  }
  if (url.search || url.hash) fail('endpoint', `options.endpoint must not carry a query or fragment; pass the server root, e.g. "${url.origin}".`);
  const path = url.pathname.replace(/\/+$/, '');
  if (/\/api$/.test(path)) {
    fail('endpoint', `options.endpoint must be the Logto server root, without "/api" (the operations add it): use "${url.origin}${path.slice(0, -4)}".`);
  }
  return `${url.origin}${path}`;
}

function resolveAuth(options: Record<string, unknown>): ResolvedOptions['auth'] {
  const { credentials, getToken } = options;
  const hasCredentials = credentials !== undefined && credentials !== null;
  const hasGetToken = getToken !== undefined && getToken !== null;
  if (hasCredentials && hasGetToken) {
    fail('credentials', 'pass either options.credentials ({ appId, appSecret }) or options.getToken, not both.');
  }
  if (!hasCredentials && !hasGetToken) {
    fail(
      'credentials',
      'no authentication configured: pass options.credentials = { appId, appSecret } of a machine-to-machine app (e.g. from LOGTO_M2M_APP_ID / LOGTO_M2M_APP_SECRET), or options.getToken = async () => accessToken.',
    );
  }
  if (hasGetToken) {
    if (typeof getToken !== 'function') fail('getToken', `options.getToken must be a function returning Promise<string>; got ${describe(getToken)}.`);
    return { kind: 'getToken', getToken: getToken as GetToken };
  }
  if (typeof credentials !== 'object') return fail('credentials', `options.credentials must be an object { appId, appSecret }; got ${describe(credentials)}.`);
  const c = credentials as Record<string, unknown>;
  const appId = requiredString('credentials.appId', c.appId, 'the ID of a machine-to-machine app (e.g. LOGTO_M2M_APP_ID)');
  const appSecret = requiredString('credentials.appSecret', c.appSecret, 'that app\'s secret (e.g. LOGTO_M2M_APP_SECRET)');
  const resource = optionalString('credentials.resource', c.resource) ?? DEFAULTS.resource;
  const scope = optionalString('credentials.scope', c.scope) ?? DEFAULTS.scope;
  return { kind: 'credentials', credentials: { appId, appSecret, resource, scope } };
}

function resolveRetry(value: unknown): RetryPolicy {
  if (value === undefined || value === false) return resolveRetryPolicy(value);
  if (value === null || typeof value !== 'object') {
    return fail('retry', `options.retry must be an object { limit?, baseDelayMs?, maxDelayMs?, maxRetryAfterMs? } or false; got ${describe(value)}.`);
  }
  const r = value as Record<string, unknown>;
  const limit = r.limit;
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) {
    fail('retry.limit', `options.retry.limit must be a non-negative integer (retries after the first attempt); got ${describe(limit)}.`);
  }
  return resolveRetryPolicy({
    limit: limit as number | undefined,
    baseDelayMs: nonNegativeNumber('retry.baseDelayMs', r.baseDelayMs, DEFAULTS.retry.baseDelayMs),
    maxDelayMs: nonNegativeNumber('retry.maxDelayMs', r.maxDelayMs, DEFAULTS.retry.maxDelayMs),
    maxRetryAfterMs: nonNegativeNumber('retry.maxRetryAfterMs', r.maxRetryAfterMs, DEFAULTS.retry.maxRetryAfterMs),
  });
}

function positiveNumber(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(option, `options.${option} must be a positive number of milliseconds (default ${fallback}); got ${describe(value)}.`);
  }
  return value as number;
}

function nonNegativeNumber(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(option, `options.${option} must be a non-negative number of milliseconds (default ${fallback}); got ${describe(value)}.`);
  }
  return value as number;
}

function requiredString(option: string, value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(option, `options.${option} is required: pass ${what}${value === undefined ? '' : `; got ${describe(value)}`}.`);
  }
  return value as string;
}

function optionalString(option: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') fail(option, `options.${option} must be a non-empty string when given; got ${describe(value)}.`);
  return value as string;
}

// Never echoes string values: a misplaced secret must not end up in the error.
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string of length ${value.length}`;
  if (typeof value === 'number') return String(value);
  return typeof value;
}
