import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the bench's stand-in answers for GET /api/organization-invitations/{id}: fixed, schema-shaped. */
const FIXED_INVITATION = {
  tenantId: 'default',
  id: 'inv_bench_0001',
  inviterId: null,
  invitee: 'ada@example.com',
  acceptedUserId: null,
  organizationId: 'org_bench_0001',
  status: 'Pending',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  expiresAt: 1_900_000_000_000,
  organizationRoles: [],
} as const;

export const INVITATION_ID = FIXED_INVITATION.id;

// Not a secret: a made-up token the stand-in hands out; nothing checks it.
const TOKEN_BODY = JSON.stringify({ access_token: 'bench-token', token_type: 'Bearer', expires_in: 3600, scope: 'all' });
const INVITATION_BODY = JSON.stringify(FIXED_INVITATION);
const LIST_BODY = JSON.stringify([FIXED_INVITATION]);
const NOT_FOUND_BODY = JSON.stringify({ code: 'entity.not_exists_with_id', message: 'Not found.' });

export interface FakeLogtoServer {
  /** `http://127.0.0.1:<port>`, the Logto server root. */
  endpoint: string;
  /** POSTs to /oidc/token since start or the last `resetCounts()`. */
  tokenRequests(): number;
  /** API (non-token) requests since start or the last `resetCounts()`. */
  apiRequests(): number;
  resetCounts(): void;
  /** Delay before the token endpoint answers; a real server spends time signing the JWT. */
  setTokenDelayMs(ms: number): void;
  close(): Promise<void>;
}

/**
 * A node:http stand-in for Logto's /oidc/token and invitation endpoints, answering precomputed
 * JSON so the server's own cost is as small and as constant as possible for every contender.
 */
export async function startFakeLogtoServer(): Promise<FakeLogtoServer> {
  let tokenCount = 0;
  let apiCount = 0;
  let tokenDelayMs = 0;

  const reply = (res: ServerResponse, status: number, body?: string): void => {
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const method = req.method ?? 'GET';
    if (path === '/oidc/token' && method === 'POST') {
      tokenCount += 1;
      if (tokenDelayMs > 0) setTimeout(() => reply(res, 200, TOKEN_BODY), tokenDelayMs);
      else reply(res, 200, TOKEN_BODY);
      return;
    }
    apiCount += 1;
    if (path === '/api/organization-invitations') {
      if (method === 'GET') return reply(res, 200, LIST_BODY);
      if (method === 'POST') return reply(res, 201, INVITATION_BODY);
    }
    const match = /^\/api\/organization-invitations\/([^/]+)(\/status|\/message)?$/.exec(path);
    if (match) {
      const [, , sub] = match;
      if (sub === undefined && method === 'GET') return reply(res, 200, INVITATION_BODY);
      if (sub === undefined && method === 'DELETE') return reply(res, 204);
      if (sub === '/status' && method === 'PUT') return reply(res, 200, INVITATION_BODY);
      if (sub === '/message' && method === 'POST') return reply(res, 204);
    }
    reply(res, 404, NOT_FOUND_BODY);
  };

  const server = createServer((req, res) => {
    // Drain the request body (token form, JSON bodies) before answering, as a real server does.
    req.on('data', () => undefined);
    req.on('end', () => handle(req, res));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    tokenRequests: () => tokenCount,
    apiRequests: () => apiCount,
    resetCounts: () => {
      tokenCount = 0;
      apiCount = 0;
    },
    setTokenDelayMs: (ms) => {
      tokenDelayMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
