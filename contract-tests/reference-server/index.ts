import { randomBytes } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signAccessToken } from './auth/access-tokens.js';
import { createSigningKey, type SigningKey } from './auth/signing-key.js';
import type { ClientCredentials } from './auth/token-endpoint.js';
import { openDatabase, type Database } from './db/database.js';
import { generateId } from './db/ids.js';
import { fileEmailConnector, noEmailConnector } from './email/connector.js';
import { createRequestListener } from './http/app.js';
import { defaultBodyLimitBytes } from './http/body.js';
import { connectorRoutes } from './resources/connectors.js';
import { organizationInvitationRoutes } from './resources/organization-invitations.js';
import { organizationRoleRoutes } from './resources/organization-roles.js';
import { organizationRoutes } from './resources/organizations.js';
import { scopeRoutes } from './resources/scopes.js';
import { servedSpecPath, servedSpecRoutes } from './resources/served-spec.js';
import { statusRoutes } from './resources/status.js';
import { userRoutes } from './resources/users.js';
import type { RouteDefinition } from './http/types.js';

/** Every route the server answers. */
const ROUTES: RouteDefinition[] = [...statusRoutes, ...servedSpecRoutes, ...organizationInvitationRoutes, ...organizationRoutes, ...organizationRoleRoutes, ...scopeRoutes, ...userRoutes, ...connectorRoutes];

/**
 * The requests the server implements, as spec paths (`/api/users/{}`: parameter names are the
 * route's, so compare with `{}` for each): what the suites may send it and expect an answer.
 */
export function implementedRoutes(): Array<{ method: string; path: string }> {
  return ROUTES.flatMap((route) => Object.keys(route.methods).map((method) => ({ method: method.toLowerCase(), path: route.path.replace(/:[^/]+/g, '{}') })));
}

export { DataDirError } from './db/database.js';

export const defaultResource = 'https://default.logto.app/api';
export const defaultTokenTtlSeconds = 3600;

export interface ReferenceServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Persist to this directory (created if missing); in memory when absent. */
  dataDir?: string;
  /** The seeded machine-to-machine app; generated when absent. */
  appId?: string;
  appSecret?: string;
  /** The Management API resource indicator tokens must be issued for. */
  resource?: string;
  /** Lifetime of issued access tokens; short values let tests watch tokens expire. */
  tokenTtlSeconds?: number;
  /** Enables the file e-mail connector: one JSON line per message sent. */
  emailOutbox?: string;
  /** JSON bodies beyond this answer 404 `text/plain` "Not Found", as Logto does (default 1 MiB). */
  bodyLimitBytes?: number;
  /**
   * The server's clock (epoch ms), for everything it times: timestamps, invitation expiry, the send
   * limit's window, and the tokens it issues and checks. Tests move it instead of sleeping.
   */
  now?: () => number;
  /** Where unexpected (5xx) errors are reported; default stderr. */
  onInternalError?: (error: unknown) => void;
}

interface TestTokenOptions {
  scope?: string;
  audience?: string;
  issuer?: string;
  expiresInSeconds?: number;
  /** Epoch seconds. */
  issuedAt?: number;
}

export interface ReferenceServer {
  url: string;
  credentials: ClientCredentials;
  resource: string;
  emailOutbox?: string;
  /** Milliseconds from the call to a listening server. */
  readyInMs: number;
  stop(): Promise<void>;
  /** How many access tokens /oidc/token has issued since the start. */
  tokensIssued(): number;
  /** The same, by what they grant: scope `all`, or no scope. */
  tokensIssuedByScope(): { all: number; none: number };
  /** How many API requests were refused because their token had expired (401, jose's ERR_JWT_EXPIRED). */
  expiredTokenRefusals(): number;
  /** Signs a token with the server's key, bypassing /oidc/token: for expired or wrong-audience cases. */
  signTestToken(options?: TestTokenOptions): Promise<string>;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const startedAt = performance.now();
  const host = options.host ?? '127.0.0.1';
  const resource = options.resource ?? defaultResource;
  const tokenTtlSeconds = options.tokenTtlSeconds ?? defaultTokenTtlSeconds;
  const credentials: ClientCredentials = {
    appId: options.appId ?? generateId(21),
    appSecret: options.appSecret ?? randomBytes(24).toString('base64url'),
  };
  if (options.emailOutbox !== undefined) await appendFile(options.emailOutbox, '');

  // Bind first: a taken port fails in milliseconds instead of after the database has booted.
  // Requests that arrive while the database boots wait for it.
  const issued = { all: 0, none: 0 };
  let expiredTokenRefusals = 0;
  const now = options.now ?? Date.now;
  let listener: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const server = createServer((request, response) => {
    void ready.then(() => listener?.(request, response));
  });
  const address = await listen(server, host, options.port ?? 0);
  const url = `http://${urlHost(host)}:${address.port}`;
  const issuer = `${url}/oidc`;

  let key: SigningKey;
  let db: Database;
  try {
    [key, db] = await Promise.all([createSigningKey(), openDatabase(options.dataDir)]);
  } catch (error) {
    server.close();
    server.closeAllConnections();
    throw error;
  }

  listener = createRequestListener({
    routes: ROUTES,
    publicPaths: new Set(['/api/status', servedSpecPath]),
    services: {
      db,
      email: options.emailOutbox === undefined ? noEmailConnector : fileEmailConnector(options.emailOutbox),
      now,
    },
    token: { issuer, resource, credentials, tokenTtlSeconds, key, now, onIssued: (scope) => void (scope === 'all' ? (issued.all += 1) : (issued.none += 1)) },
    key,
    bodyLimitBytes: options.bodyLimitBytes ?? defaultBodyLimitBytes,
    onInternalError: options.onInternalError ?? ((error) => console.error('reference server: internal error:', error instanceof Error ? error.message : error)),
    onTokenRefused: (refusal) => {
      if (refusal['code'] === 'ERR_JWT_EXPIRED') expiredTokenRefusals += 1;
    },
  });
  markReady();

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // In-flight requests get a moment to finish; then connections are cut.
      const force = setTimeout(() => server.closeAllConnections(), 1000);
      force.unref();
      await closed;
      clearTimeout(force);
      await db.close();
    })();
    return stopping;
  };

  return {
    url,
    credentials,
    resource,
    ...(options.emailOutbox === undefined ? {} : { emailOutbox: options.emailOutbox }),
    readyInMs: Math.round(performance.now() - startedAt),
    stop,
    tokensIssued: () => issued.all + issued.none,
    tokensIssuedByScope: () => ({ ...issued }),
    expiredTokenRefusals: () => expiredTokenRefusals,
    signTestToken: (test = {}) =>
      signAccessToken(key, {
        issuer: test.issuer ?? issuer,
        audience: test.audience ?? resource,
        clientId: credentials.appId,
        ...(test.scope === undefined ? { scope: 'all' } : test.scope === '' ? {} : { scope: test.scope }),
        expiresInSeconds: test.expiresInSeconds ?? tokenTtlSeconds,
        issuedAt: test.issuedAt ?? Math.floor(now() / 1000),
      }),
  };
}

/** Gets a Management API token the way a real client does (client credentials at /oidc/token). */
export async function fetchAccessToken(server: Pick<ReferenceServer, 'url' | 'credentials' | 'resource'>, scope = 'all'): Promise<string> {
  const response = await fetch(`${server.url}/oidc/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${encodeURIComponent(server.credentials.appId)}:${encodeURIComponent(server.credentials.appSecret)}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', resource: server.resource, scope }),
  });
  if (!response.ok) throw new Error(`token request failed with HTTP ${response.status}: check the app id, secret and resource`);
  const body = (await response.json()) as { access_token?: unknown };
  if (typeof body.access_token !== 'string') throw new Error('token response has no access_token');
  return body.access_token;
}
