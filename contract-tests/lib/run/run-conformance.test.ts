import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSpecText } from '../../../common/spec/index.js';
import { createContractContext } from '../context.js';
import { listOperations } from '../spec/operations.js';
import { planMockConformance, runMockConformance } from './run-conformance.js';

// Two resources, each with a documented success and error, and a body the invalid requests can break.
const SPEC = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'split', version: '1' },
  paths: Object.fromEntries(
    ['/api/users', '/api/roles'].map((path) => [
      path,
      {
        post: {
          operationId: `Create${path.slice(5)}`,
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } } },
          responses: { '201': { description: 'made', content: { 'application/json': { schema: { type: 'object' } } } }, '400': { description: 'bad' } },
        },
      },
    ]),
  ),
});

/** A server that answers 201 {} and remembers the paths it was asked for. */
async function recordingServer(): Promise<{ server: Server; url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    req.resume().on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('runMockConformance over servers that split the paths', () => {
  const servers: Array<Awaited<ReturnType<typeof recordingServer>>> = [];
  beforeAll(async () => {
    servers.push(await recordingServer(), await recordingServer());
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.server.close(resolve))));
  });

  it("sends each operation's requests, valid and invalid, only to the server that serves its path", async () => {
    const spec = parseSpecText(SPEC, 'split.json');
    const ctx = createContractContext(spec);
    const plan = planMockConformance(ctx, listOperations(spec));
    expect(plan.negatives.length).toBeGreaterThan(0);
    const [users, roles] = servers as [Awaited<ReturnType<typeof recordingServer>>, Awaited<ReturnType<typeof recordingServer>>];
    await runMockConformance(ctx, plan, { baseUrls: [users.url, roles.url], paths: [['/api/users'], ['/api/roles']] });
    expect(users.seen.length).toBeGreaterThan(1);
    expect(roles.seen.length).toBeGreaterThan(1);
    expect(new Set(users.seen)).toEqual(new Set(['/api/users']));
    expect(new Set(roles.seen)).toEqual(new Set(['/api/roles']));
  });

  it('refuses a split that leaves a path of the spec without a server', async () => {
    const spec = parseSpecText(SPEC, 'split.json');
    const ctx = createContractContext(spec);
    const plan = planMockConformance(ctx, listOperations(spec));
    await expect(runMockConformance(ctx, plan, { baseUrls: [(servers[0] as { url: string }).url], paths: [['/api/users']] })).rejects.toThrow(/no server serves \/api\/roles \(Createroles\)/);
  });
});
