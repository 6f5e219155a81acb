import { inspect } from 'node:util';
import { redact, redactValue } from './redact.js';

/**
 * Base of every error this client throws. Messages and fields are redacted at construction, so
 * `.message`, `.stack`, `toJSON()`, `JSON.stringify` and `util.inspect` never carry a credential.
 */
export class LogtoClientError extends Error {
  override name = 'LogtoClientError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(redact(message), options?.cause === undefined ? undefined : { cause: sanitizeCause(options.cause) });
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== 'name' && key !== 'cause') out[key] = redactValue(value);
    }
    if (this.cause instanceof Error) out.cause = { name: this.cause.name, message: this.cause.message };
    return out;
  }

  [inspect.custom](): string {
    return `${this.stack ?? `${this.name}: ${this.message}`}\n${inspect(this.toJSON(), { depth: 6 })}`;
  }
}

// A cause from fetch/undici can hold arbitrary text; keep only a redacted name, message and code.
function sanitizeCause(cause: unknown): Error {
  if (cause instanceof LogtoClientError) return cause;
  const source = cause instanceof Error ? cause : new Error(String(cause));
  const nested = source.cause instanceof Error ? source.cause : undefined;
  const detail = nested ? ` (${nested.message})` : '';
  const copy = new Error(redact(`${source.message}${detail}`));
  copy.name = source.name;
  const code = errorCode(source) ?? (nested ? errorCode(nested) : undefined);
  if (code) (copy as Error & { code?: string }).code = code;
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}

function errorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** Invalid options passed to `createLogtoClient`; fix the call, retrying will not help. */
export class LogtoConfigError extends LogtoClientError {
  override name = 'LogtoConfigError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}

export type LogtoTokenErrorCode =
  | 'invalid_client'
  | 'invalid_target'
  | 'invalid_scope'
  | 'unreachable'
  | 'timeout'
  | 'invalid_response'
  | 'missing_access_token'
  | 'token_request_failed'
  | 'get_token_failed';

/** Getting an access token failed (client-credentials grant or the user's `getToken`). */
export class LogtoTokenError extends LogtoClientError {
  override name = 'LogtoTokenError';
  readonly code: LogtoTokenErrorCode;
  readonly status: number | undefined;
  readonly tokenEndpoint: string | undefined;

  constructor(
    init: { code: LogtoTokenErrorCode; message: string; status?: number; tokenEndpoint?: string },
    options?: { cause?: unknown },
  ) {
    super(init.message, options);
    this.code = init.code;
    this.status = init.status;
    this.tokenEndpoint = init.tokenEndpoint;
  }
}

/** No complete answer within `timeoutMs`. */
export class LogtoTimeoutError extends LogtoClientError {
  override name = 'LogtoTimeoutError';
  constructor(
    readonly method: string,
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(
      `${method} ${url} did not complete within ${timeoutMs} ms. ` +
        `Check that the Logto endpoint is reachable and healthy, or raise the client's timeoutMs option.`,
    );
  }
}

/** The server could not be reached (DNS, refused connection, TLS, reset), after any retries. */
export class LogtoNetworkError extends LogtoClientError {
  override name = 'LogtoNetworkError';
  readonly code: string | undefined;
  constructor(
    readonly method: string,
    readonly url: string,
    readonly attempts: number,
    cause: unknown,
  ) {
    const host = safeHost(url);
    const code = errorCode(cause) ?? (cause instanceof Error ? errorCode(cause.cause) : undefined);
    super(
      `Could not reach Logto at ${host} (${method} ${url}${code ? `, ${code}` : ''}` +
        `${attempts > 1 ? `, ${attempts} attempts` : ''}). ` +
        `Check the endpoint option (scheme, host, port) and that the server is running and reachable from here.`,
      { cause },
    );
    this.code = code;
  }
}

export function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export interface LogtoApiErrorInit {
  status: number;
  statusText?: string;
  code?: string;
  message: string;
  data?: unknown;
  details?: string;
  body?: unknown;
  operationId: string;
  method: string;
  path: string;
  urlPath?: string;
}

/** The Management API answered with a non-2xx status. */
export class LogtoApiError extends LogtoClientError {
  override name = 'LogtoApiError';
  /** HTTP status. */
  readonly status: number;
  /** Logto's machine-readable code (`entity.not_found`, ...); undefined when the body had none. */
  readonly code: string | undefined;
  /** Logto's human message, or the text body, or the status text. */
  readonly apiMessage: string;
  readonly data: unknown;
  readonly details: string | undefined;
  /** The raw body when it was not a Logto error object (text, code-less JSON); undefined otherwise. */
  readonly body: unknown;
  readonly operationId: string;
  readonly method: string;
  /** Path template from the spec, e.g. `/api/organization-invitations/{id}`. */
  readonly path: string;
  /** The path actually requested, e.g. `/api/organization-invitations/abc`. */
  readonly urlPath: string | undefined;

  constructor(init: LogtoApiErrorInit) {
    const where = `${init.method} ${init.urlPath ?? init.path}`;
    const what = init.code ? `${init.code}: ${init.message}` : init.message;
    super(`${init.operationId} failed with ${init.status}${init.statusText ? ` ${init.statusText}` : ''} (${where}): ${what}${init.details ? ` — ${init.details}` : ''}`);
    this.status = init.status;
    this.code = init.code;
    this.apiMessage = redact(init.message);
    this.data = redactValue(init.data);
    this.details = init.details === undefined ? undefined : redact(init.details);
    this.body = redactValue(init.body);
    this.operationId = init.operationId;
    this.method = init.method;
    this.path = init.path;
    this.urlPath = init.urlPath;
  }
}
