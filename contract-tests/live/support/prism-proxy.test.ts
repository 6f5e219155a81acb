import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPrismProxy, type PrismProxy } from './prism-proxy.js';
import { prismPassesOn } from './session.js';

/**
 * Prism's proxy in front of an upstream that counts its connections: every request it forwards
 * comes on a connection of its own, so no request can land on a socket the upstream is closing
 * after its keep-alive timeout (see prism-guard.ts).
 */
describe('prism proxy, upstream connections', () => {
  let upstream: Server;
  let proxy: PrismProxy;
  let connections = 0;
  let requests = 0;

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      requests += 1;
      if (request.url?.startsWith('/api/organizations/')) response.writeHead(501, { 'content-type': 'application/json' }).end('{"code":"ct.not_implemented","message":"no"}');
      else if (request.url === '/api/redirect') response.writeHead(302, { location: '/api/status' }).end();
      else response.writeHead(204).end();
    });
    upstream.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    proxy = await startPrismProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
  });

  afterAll(async () => {
    await proxy?.stop();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });

  test('every forwarded request opens a new connection to the upstream (no keep-alive reuse)', async () => {
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${proxy.url}/api/status`);
      expect(response.status).toBe(204);
    }
    // The proxy's readiness probes were forwarded too; each of them counts alike.
    expect(requests).toBeGreaterThanOrEqual(3);
    expect(connections).toBe(requests);
  });

  // Why a step that expects either goes around the proxy (Session.baseFor).
  test('an upstream 501 is answered with a mock of Prism, and a redirect is followed: neither is passed on', async () => {
    const notImplemented = await fetch(`${proxy.url}/api/organizations/o1`, { headers: { authorization: 'Bearer x' } });
    await notImplemented.body?.cancel();
    expect(notImplemented.status).not.toBe(501);
    const redirect = await fetch(`${proxy.url}/api/redirect`, { redirect: 'manual' });
    await redirect.body?.cancel();
    expect(redirect.status).toBe(204);
    expect([501, 302, 303, 307].map(prismPassesOn)).toEqual([false, false, false, false]);
    expect([200, 201, 204, 400, 404, 422, 500].every(prismPassesOn)).toBe(true);
  });
});
