import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureIo } from './capture-io.js';
import { WELL_KNOWN_SPEC_PATH } from '../../common/served-spec/fetch-spec.js';
import { PLACEHOLDER_SERVER } from '../../common/served-spec/normalise-spec.js';
import { runPull } from './pull-cli.js';
import { servedLikeText } from '../../test/helpers/served-like.js';
import { CARRIED_OPERATIONS, OUR_SPEC, REPO_ROOT, UPSTREAM_SPEC } from '../../common/paths.js';
import { isObject, type JsonObject } from '../../common/spec/index.js';

/**
 * A stand-in Logto on 127.0.0.1: `/` serves a served-like spec (the committed structure with prose
 * of ours, see `served-like.ts`) at the well-known path; other prefixes misbehave the ways a wrong
 * --from does.
 */
let server: http.Server;
let endpoint: string;
let fixtureText: string;
/** The same served spec as a file, for --from <file>. */
let fixtureFile: string;
let tmp: string;
const requests: string[] = [];
let hangArrivedResolve!: () => void;
/** The request to `/hang` reached the server (which never answers it). */
const hangArrived = new Promise<void>((resolve) => (hangArrivedResolve = resolve));

beforeAll(async () => {
  fixtureText = await servedLikeText();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'spec-pull-'));
  fixtureFile = path.join(tmp, 'served.json');
  await writeFile(fixtureFile, fixtureText);
  server = http.createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(`${req.method} ${url} auth=${req.headers.authorization ?? 'none'}`);
    const send = (status: number, type: string, body: string): void => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (url === WELL_KNOWN_SPEC_PATH) return send(200, 'application/json', fixtureText);
    if (url === `/html${WELL_KNOWN_SPEC_PATH}`) return send(200, 'text/html', '<!doctype html><html><body>Logto Console</body></html>');
    if (url === `/text${WELL_KNOWN_SPEC_PATH}`) return send(200, 'text/plain', 'OK');
    if (url === `/not-openapi${WELL_KNOWN_SPEC_PATH}`) return send(200, 'application/json', '{"status":"ok"}');
    if (url === `/boom${WELL_KNOWN_SPEC_PATH}`) return send(500, 'application/json', '{"code":"internal"}');
    if (url.startsWith('/hang')) return void hangArrivedResolve(); // never answers
    send(404, 'text/plain', 'Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(tmp, { recursive: true, force: true });
});

async function pull(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const { io, out, err } = captureIo();
  const code = await runPull(argv, io);
  return { code, out, err };
}

function operationIds(doc: JsonObject): string[] {
  const ids: string[] = [];
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    if (isObject(item)) for (const op of Object.values(item)) if (isObject(op) && typeof op.operationId === 'string') ids.push(op.operationId);
  }
  return ids.sort();
}

const readJson = async (file: string): Promise<JsonObject> => JSON.parse(await readFile(file, 'utf8')) as JsonObject;

describe('spec:pull from a served spec', () => {
  it('--carried keeps exactly the carried operations, unauthenticated, with a placeholder server', async () => {
    const out = path.join(tmp, 'carried.json');
    const result = await pull('--from', endpoint, '--carried', '--out', out);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/wrote .*carried\.json: 18 of 284 operations/);
    expect(requests.at(-1)).toBe(`GET ${WELL_KNOWN_SPEC_PATH} auth=none`);

    const doc = await readJson(out);
    const carried = JSON.parse(await readFile(CARRIED_OPERATIONS, 'utf8')) as { operationIds: string[] };
    expect(operationIds(doc)).toEqual([...carried.operationIds].sort());
    expect(doc.servers).toEqual([PLACEHOLDER_SERVER]);
    expect((doc.tags as { name: string }[]).map((t) => t.name).sort()).toEqual(['Organization invitations', 'Organization roles', 'Organizations', 'Status', 'Users']);
  });

  it('prunes components to those still referenced, following refs and security requirements', async () => {
    const out = path.join(tmp, 'pruned.json');
    expect((await pull('--from', endpoint, '--carried', '--out', out)).code).toBe(0);
    const doc = await readJson(out);
    const components = doc.components as Record<string, JsonObject>;
    const text = JSON.stringify(doc.paths);
    const referenced = new Set([...text.matchAll(/"#\/components\/parameters\/([^"]+)"/g)].map((m) => m[1]));
    expect(Object.keys(components.parameters ?? {}).sort()).toEqual([...referenced].sort());
    expect(referenced.size).toBeGreaterThan(0);
    expect(components.schemas).toBeUndefined(); // none of Logto's named schemas is used by a carried operation
    expect(Object.keys(components.securitySchemes ?? {})).toEqual(['OAuth2']);
  });

  it('writes keys in a stable order: pulling from the server and from a file gives the committed upstream\'s bytes, and the top level reads openapi, info, servers...', async () => {
    const first = path.join(tmp, 'first.json');
    const second = path.join(tmp, 'second.json');
    expect((await pull('--from', endpoint, '--out', first)).code).toBe(0);
    expect((await pull('--from', path.relative(process.cwd(), fixtureFile), '--out', second)).code).toBe(0);
    const [a, b] = await Promise.all([readFile(first, 'utf8'), readFile(second, 'utf8')]);
    expect(a).toBe(b);
    expect(a).toBe(await readFile(UPSTREAM_SPEC, 'utf8'));
    const doc = JSON.parse(a) as JsonObject;
    expect(Object.keys(doc)).toEqual(['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components']);
    const routes = Object.keys(doc.paths as JsonObject);
    expect(routes).toEqual([...routes].sort());
  });

  it("removes Logto's prose (summaries, descriptions) and keeps the structure", async () => {
    const out = path.join(tmp, 'no-prose.json');
    expect((await pull('--from', endpoint, '--out', out)).code).toBe(0);
    const doc = await readJson(out);
    const status = ((doc.paths as Record<string, JsonObject>)['/api/status'] as JsonObject).get as JsonObject;
    expect(status).toEqual({ operationId: 'GetStatus', tags: ['Status'], security: [], parameters: [], responses: { '204': { description: 'No Content' } } });
    expect((doc.info as JsonObject).description).toBeUndefined();
    expect((doc.tags as JsonObject[]).every((tag) => tag.description === undefined)).toBe(true);
  });

  it('keeps every operation by default (--all, the old opt-in, is still accepted) and points at spec:build', async () => {
    for (const argv of [[], ['--all']]) {
      const out = path.join(tmp, 'all.json');
      const result = await pull('--from', endpoint, ...argv, '--out', out);
      expect([result.code, result.err]).toEqual([0, []]);
      expect(result.out[0]).toMatch(/wrote .*all\.json: 284 of 284 operations/);
      // Not the default upstream: every next step names its own output, so none overwrites our spec or src/generated/.
      expect(result.out[1]).toMatch(/^spec-pull: next: npm run spec:diff -- openapi\/upstream\/management\.openapi\.json .*all\.json \(what differs from the committed upstream; --client for what it changes for code calling the client\)$/);
      expect(result.out[2]).toMatch(/^spec-pull: then: npm run spec:build -- --upstream .*all\.json --out (\.tmp\/all\.built\.yaml) \(.*--allow-stale.*\), then npm run generate -- --spec \1 --out \.tmp\/all\.client --runtime-import \.\.\/\.\.\/src\/runtime\/unwrap\.js$/);
      expect(operationIds(await readJson(out))).toHaveLength(284);
    }
  });

  it('writes YAML when --out ends in .yaml', async () => {
    const out = path.join(tmp, 'upstream.yaml');
    expect((await pull('--from', endpoint, '--out', out)).code).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^openapi: 3\.0\.1\ninfo:/);
  });

  it('warns about carried operations the upstream spec lacks', async () => {
    const list = path.join(tmp, 'carried-list.json');
    await writeFile(list, JSON.stringify({ tags: [], operationIds: ['GetStatus', 'GetUnicorn'] }));
    const out = path.join(tmp, 'warn.json');
    const result = await pull('--from', endpoint, '--out', out, '--carried', '--carried-file', list);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([expect.stringMatching(/warning: carried operation GetUnicorn is not in /)]);
    expect(operationIds(await readJson(out))).toEqual(['GetStatus']);
  });
});

describe('spec:pull never overwrites our corrected spec', () => {
  const digest = async (): Promise<string> => createHash('sha256').update(await readFile(OUR_SPEC)).digest('hex');
  const spellings = (): string[] => [
    OUR_SPEC,
    path.relative(process.cwd(), OUR_SPEC),
    path.join(path.relative(process.cwd(), REPO_ROOT), 'openapi', '..', 'openapi', 'logto-management.yaml'),
  ];
  it('refuses every spelling of openapi/logto-management.yaml, before fetching anything', async () => {
    const before = await digest();
    const count = requests.length;
    for (const out of spellings()) {
      const result = await pull('--from', endpoint, '--out', out);
      expect(result.code).toBe(2);
      expect(result.err).toEqual([expect.stringMatching(/refusing to write to .*logto-management\.yaml: that is our corrected spec/)]);
    }
    expect(requests.length).toBe(count);
    expect(await digest()).toBe(before);
  });

  it('refuses a symlink that points at it', async () => {
    const link = path.join(tmp, 'sneaky.yaml');
    await symlink(OUR_SPEC, link);
    const before = await digest();
    expect((await pull('--from', endpoint, '--out', link)).code).toBe(2);
    expect(await digest()).toBe(before);
  });
});

describe('spec:pull failures: one line, exit 1 (upstream) or 2 (arguments)', () => {
  const cases: [string, () => string[], 1 | 2, RegExp][] = [
    ['an HTML answer', () => ['--from', `${endpoint}/html`], 1, /answered HTML, not an OpenAPI JSON document/],
    ['a non-JSON answer', () => ['--from', `${endpoint}/text`], 1, /answered something that is not JSON \(content-type "text\/plain"\)/],
    ['JSON without "openapi"', () => ['--from', `${endpoint}/not-openapi`], 1, /not an OpenAPI 3\.x document \(no top-level "openapi" field\); check that --from is a Logto endpoint/],
    ['an HTTP error status', () => ['--from', `${endpoint}/boom`], 1, /answered HTTP 500 Internal Server Error/],
    ['a 404 (wrong base path)', () => ['--from', `${endpoint}/nowhere`], 1, /answered HTTP 404 Not Found/],
    ['a missing local file', () => ['--from', path.join(tmp, 'nope.json')], 2, /nope\.json: cannot read the spec \(no such file\)/],
    ['no --from', () => [], 2, /--from is required; usage:/],
    ['a bad --timeout', () => ['--from', endpoint, '--timeout', 'soon'], 2, /--timeout must be a positive whole number/],
    ['an unsupported scheme', () => ['--from', 'ftp://example.org'], 2, /must be an http\(s\) URL or a file path/],
    ['--all with --carried', () => ['--from', endpoint, '--all', '--carried'], 2, /--all and --carried contradict each other: every operation is the default/],
    ['--carried-file without --carried', () => ['--from', endpoint, '--carried-file', 'x.json'], 2, /--carried-file only applies with --carried; usage:/],
  ];
  for (const [what, argv, exitCode, message] of cases) {
    it(what, async () => {
      const out = path.join(tmp, 'must-not-exist.json');
      const result = await pull(...argv(), '--out', out);
      expect(result.code).toBe(exitCode);
      expect(result.out).toEqual([]);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(/^spec-pull: /);
      expect(result.err[0]).toMatch(message);
      await expect(readFile(out)).rejects.toThrow();
    });
  }

  it('a timeout: no answer within --timeout ms (the timer faked, moved once the request is at the server)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const out = path.join(tmp, 'must-not-exist.json');
      const pending = pull('--from', `${endpoint}/hang`, '--timeout', '300', '--out', out);
      await hangArrived;
      vi.advanceTimersByTime(299);
      vi.advanceTimersByTime(1);
      const result = await pending;
      expect(result.code).toBe(1);
      expect(result.out).toEqual([]);
      expect(result.err).toEqual([expect.stringMatching(/^spec-pull: no answer from .*\/hang\/api\/\.well-known\/management\.openapi\.json within 300 ms; check --from or raise --timeout$/)]);
      await expect(readFile(out)).rejects.toThrow();
    } finally {
      vi.useRealTimers();
    }
  });

  it('an unreachable endpoint (nothing listening)', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await pull('--from', `http://127.0.0.1:${port}`, '--out', path.join(tmp, 'x.json'));
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`spec-pull: cannot reach http://127.0.0.1:${port}${WELL_KNOWN_SPEC_PATH}: connection refused; check that Logto is running there and --from is right`]);
  });

  it('never prints credentials embedded in --from', async () => {
    const result = await pull('--from', endpoint.replace('http://', 'http://admin:s3cret@') + '/boom', '--out', path.join(tmp, 'y.json'));
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).not.toContain('s3cret');
  });
});
