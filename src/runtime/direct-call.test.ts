import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { planCall, QUERY_STYLE, readAnswer, sendCall, unsupportedOption, type CallInit } from './direct-call.js';
import { RequestPlan } from './request-plan.js';

const BASE = 'http://logto.test';
const BASE_HEADERS = { 'X-Client': 'ours' };

/** What openapi-fetch builds for the call: the Request it hands its fetch, with our query style. */
async function openapiFetchRequest(method: string, path: string, init: CallInit): Promise<Request> {
  let seen: Request | undefined;
  const client = createClient<Record<string, never>>({
    baseUrl: BASE,
    headers: BASE_HEADERS,
    querySerializer: QUERY_STYLE,
    fetch: async (request: Request) => {
      seen = request;
      return new Response(null, { status: 204 });
    },
  });
  await (client.request as (method: string, path: string, init: CallInit) => Promise<unknown>)(method, path, init);
  if (!seen) throw new Error('openapi-fetch sent nothing');
  return seen;
}

/** What a direct call sends, as the Request fetch builds from the plan. */
function directRequest(method: string, path: string, init: CallInit): Request {
  const plan = planCall(BASE, BASE_HEADERS, method, path, init);
  return new Request(plan.url, plan.initFor(undefined, undefined));
}

async function wire(request: Request): Promise<{ method: string; url: string; headers: [string, string][]; body: unknown }> {
  const type = request.headers.get('content-type') ?? '';
  const body = type.startsWith('multipart/form-data')
    ? await Promise.all([...(await request.formData()).entries()].map(async ([k, v]) => [k, typeof v === 'string' ? v : await v.text()]))
    : await request.text();
  // A multipart boundary is random per body; the rest of the header must agree.
  const headers = [...request.headers.entries()].map(([k, v]): [string, string] => [k, v.replace(/boundary=.*$/, 'boundary=*')]);
  return { method: request.method, url: request.url, headers, body };
}

const form = new FormData();
form.append('file', new Blob(['hello']), 'a.txt');
form.append('name', 'n');

// The options our generated operations pass, in every shape they take.
const CASES: [string, string, string, CallInit][] = [
  ['path params encoded, no query', 'GET', '/api/users/{userId}/roles/{roleId}', { params: { path: { userId: 'a/b c', roleId: 'r?1' } } }],
  ['query: primitives, arrays repeated, undefined and null left out', 'GET', '/api/users', { params: { query: { page: 2, page_size: 20, q: 'ada lovelace', flag: true, skip: undefined, none: null, ids: ['a', 'b&c'] } } }],
  ['query: an object spread into its keys (search_params)', 'GET', '/api/users', { params: { query: { search_params: { 'search.name': 'ada', 'mode.name': 'exact' }, page: 1 } } }],
  ['JSON body, extra headers, header params', 'POST', '/api/organizations/{id}/users', { params: { path: { id: 'o1' }, header: { 'X-Trace': 7 } }, body: { userIds: ['u1'] }, headers: { 'X-Request-Id': 'r1' } }],
  ['a caller Content-Type wins over the JSON default', 'PUT', '/api/things/{id}', { params: { path: { id: 'x' } }, body: { a: 1 }, headers: { 'Content-Type': 'application/merge-patch+json' } }],
  ['a null header removes Content-Type', 'PATCH', '/api/things/{id}', { params: { path: { id: 'x' } }, body: { a: 1 }, headers: { 'content-type': null } }],
  ['headers as a Headers object', 'DELETE', '/api/things/{id}', { params: { path: { id: 'x' } }, headers: new Headers({ 'X-One': '1' }) }],
  ['an array header value is appended', 'GET', '/api/things', { headers: { 'X-Many': ['a', 'b'] } }],
  ['a form body is URL-encoded by its Content-Type', 'POST', '/api/form', { body: { name: 'a b', n: '1' }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }],
  ['a multipart body through its serializer, with no Content-Type of ours', 'POST', '/api/upload', { body: { ignored: true }, bodySerializer: () => form }],
  ['a path parameter not given stays a template', 'GET', '/api/things/{id}', { params: { path: {} } }],
  ['array and object path parameters, style simple', 'GET', '/api/things/{ids}/{pair}', { params: { path: { ids: ['a', 'b c'], pair: { k: 'v w' } } } }],
];

describe('a direct call sends what openapi-fetch would', () => {
  it.each(CASES)('%s', async (_name, method, path, init) => {
    expect(await wire(directRequest(method, path, init))).toEqual(await wire(await openapiFetchRequest(method, path, init)));
  });

  it('refuses a nested query value, as openapi-fetch does', async () => {
    const init = { params: { query: { deep: { a: { b: 1 } } } } };
    expect(() => planCall(BASE, undefined, 'GET', '/api/x', init)).toThrow(/Query parameter "a": nested arrays and objects cannot be sent/);
    await expect(openapiFetchRequest('GET', '/api/x', init)).rejects.toThrow(/Deeply-nested/);
  });

  it('keeps the path template on the plan, for the auth layer', () => {
    const plan = planCall(BASE, undefined, 'GET', '/api/status', {});
    expect(plan).toBeInstanceOf(RequestPlan);
    expect(plan.template).toBe('/api/status');
  });
});

/** What openapi-fetch resolves to for `response`. */
async function openapiFetchAnswer(method: string, response: () => Response, parseAs?: CallInit['parseAs']): Promise<{ data?: unknown; error?: unknown }> {
  const client = createClient<Record<string, never>>({ baseUrl: BASE, fetch: async () => response() });
  const { data, error } = (await (client.request as (method: string, path: string, init: CallInit) => Promise<{ data?: unknown; error?: unknown }>)(method, '/api/x', parseAs ? { parseAs } : {}));
  return { data, error };
}

async function directAnswer(method: string, response: () => Response, parseAs?: CallInit['parseAs']): Promise<{ data?: unknown; error?: unknown }> {
  const { data, error } = await readAnswer(response(), method, parseAs);
  return { data, error };
}

const json = (body: string, status: number, headers: Record<string, string> = {}): (() => Response) => () =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });

const ANSWERS: [string, string, () => Response, CallInit['parseAs']?][] = [
  ['JSON with a length', 'GET', json('{"id":"u1"}', 200, { 'Content-Length': '11' })],
  ['JSON without a length', 'GET', json('[1,2]', 200)],
  ['an empty 200 without a length', 'GET', json('', 200)],
  ['Content-Length 0', 'GET', json('', 200, { 'Content-Length': '0' })],
  ['204', 'DELETE', () => new Response(null, { status: 204 })],
  ['HEAD', 'HEAD', json('', 200)],
  ['a JSON error body', 'GET', json('{"code":"entity.not_found","message":"Not found"}', 404)],
  ['a text error body', 'GET', () => new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain' } })],
  ['an empty error', 'GET', () => new Response(null, { status: 500 })],
  ['text, when asked', 'GET', () => new Response('<x/>', { status: 200, headers: { 'Content-Type': 'text/xml' } }), 'text'],
];

describe('a direct call reads the answer as openapi-fetch does', () => {
  it.each(ANSWERS)('%s', async (_name, method, response, parseAs) => {
    expect(await directAnswer(method, response, parseAs)).toEqual(await openapiFetchAnswer(method, response, parseAs));
  });

  it('rejects a success body that is not JSON, as openapi-fetch does', async () => {
    await expect(directAnswer('GET', json('<html>', 200))).rejects.toBeInstanceOf(SyntaxError);
    await expect(openapiFetchAnswer('GET', json('<html>', 200))).rejects.toBeInstanceOf(SyntaxError);
  });
});

describe('sendCall', () => {
  it('rejects, not throws, when the request cannot be built', async () => {
    const call = sendCall(() => Promise.resolve(new Response(null, { status: 204 })), BASE, undefined, 'GET', '/api/x', { body: { a: 1 } });
    await expect(call).rejects.toThrow(/GET method cannot have body/);
  });
});

describe('unsupportedOption', () => {
  it('names the first option only openapi-fetch implements', () => {
    expect(unsupportedOption(undefined)).toBeUndefined();
    expect(unsupportedOption({ params: {}, body: 1, bodySerializer: String, parseAs: 'text', signal: null, headers: {} })).toBeUndefined();
    expect(unsupportedOption({ params: {}, middleware: [] })).toBe('middleware');
    expect(unsupportedOption({ baseUrl: 'http://x' })).toBe('baseUrl');
    expect(unsupportedOption({ cache: 'no-store' })).toBe('cache');
  });
});
