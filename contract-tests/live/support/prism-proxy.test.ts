import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPrismProxy, type PrismProxy } from './prism-proxy.js';

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
      response.writeHead(204).end();
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
});
