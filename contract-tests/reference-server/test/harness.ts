import { fetchAccessToken, startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../index.js';

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  // any: assertions read arbitrary response shapes; a wrong shape fails the assertion, not the compile.
  json: any;
}

export interface RequestOptions {
  body?: unknown;
  /** Raw body sent as-is (for malformed input). */
  rawBody?: string;
  /** `null` sends no Authorization header; undefined uses the harness token. */
  token?: string | null;
  headers?: Record<string, string>;
}

export interface TestServer {
  server: ReferenceServer;
  token: string;
  /** Epoch-ms offset added to the server's clock; move it to expire invitations without sleeping. */
  clock: { offsetMs: number };
  /** The server's clock now (what the server stamps and judges by). */
  now(): number;
  api(method: string, path: string, options?: RequestOptions): Promise<ApiResponse>;
  stop(): Promise<void>;
}

export async function send(url: string, method: string, options: RequestOptions & { token?: string | null } = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export async function startTestServer(options: ReferenceServerOptions = {}): Promise<TestServer> {
  const clock = { offsetMs: 0 };
  const now = options.now ?? (() => Date.now() + clock.offsetMs);
  const server = await startReferenceServer({ ...options, now });
  const token = await fetchAccessToken(server);
  return {
    server,
    token,
    clock,
    now,
    api: (method, path, requestOptions = {}) =>
      send(`${server.url}${path}`, method, { ...requestOptions, token: requestOptions.token === undefined ? token : requestOptions.token }),
    stop: () => server.stop(),
  };
}

let counter = 0;
/** Unique per call, so tests sharing one server never collide. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

export const inOneHour = (): number => Date.now() + 3_600_000;

/** Creates an organization, a member-less invitee user, a role: the usual fixture of an invitation test. */
export async function fixture(test: TestServer) {
  const organization = (await test.api('POST', '/api/organizations', { body: { name: unique('org-') } })).json as { id: string };
  const email = `${unique('invitee')}@example.com`;
  const user = (await test.api('POST', '/api/users', { body: { primaryEmail: email, username: unique('u_') } })).json as { id: string };
  const role = (await test.api('POST', '/api/organization-roles', { body: { name: unique('role-') } })).json as { id: string; name: string };
  return { organizationId: organization.id, email, userId: user.id, role };
}

/** Generous: the first start on an install runs initdb (seconds), and CI machines are shared. */
export const startTimeoutMs = 120_000;
