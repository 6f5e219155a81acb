import createClient from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { sendJson, startTestServer, type RecordedRequest, type TestServer } from '../../test/helpers/http-server.js';
import { LogtoApiError, LogtoClientError } from './errors.js';
import { paginate, PAGINATION_DEFAULTS, type PageResult } from './paginate.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const LIST = { operationId: 'ListUsers', method: 'GET', path: '/api/users' };
const users = (count: number): { id: string }[] => Array.from({ length: count }, (_, i) => ({ id: `u${i + 1}` }));

interface FakeList {
  items: { id: string }[];
  /** Send Total-Number (default true). */
  total?: boolean | number;
  capped?: boolean;
  /** Answer page 1 whatever `page` says. */
  ignorePage?: boolean;
  /** Never send more than this many items, whatever `page_size` says. */
  maxPageSize?: number;
  failOnPage?: number;
}

/** A page-based list on 127.0.0.1 that paginates the way Logto's koa-pagination does, or misbehaves as told. */
async function serve(list: FakeList): Promise<{ server: TestServer; pages: () => string[] }> {
  const server = await startTestServer((request: RecordedRequest, res) => {
    const query = new URL(request.url, 'http://x').searchParams;
    const page = list.ignorePage ? 1 : Number(query.get('page') ?? '1');
    const size = Math.min(Number(query.get('page_size') ?? '20'), list.maxPageSize ?? Infinity);
    if (page === list.failOnPage) return sendJson(res, 500, { code: 'unknown', message: 'boom' });
    const headers: Record<string, string> = {};
    if (list.total !== false) headers['Total-Number'] = String(typeof list.total === 'number' ? list.total : list.items.length);
    if (list.capped) headers['Total-Number-Is-Capped'] = 'true';
    sendJson(res, 200, list.items.slice((page - 1) * size, page * size), headers);
  });
  servers.push(server);
  return { server, pages: () => server.requests.map((r) => new URL(r.url, 'http://x').search) };
}

function pagesOf(server: TestServer, pageSize?: number, maxPages?: number): AsyncGenerator<{ id: string }, void, undefined> {
  // The list's own types do not matter here; the generated methods pass typed requests.
  const client = createClient<any>({ baseUrl: server.url });
  const fetchPage = (page: number, size: number): Promise<PageResult> => client.GET('/api/users', { params: { query: { search: 'a', page, page_size: size } } });
  return paginate<{ id: string }>(LIST, fetchPage, { pageSize, maxPages });
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterator) out.push(item);
  return out;
}

describe('paginate: a server that paginates like Logto', () => {
  it('yields every item once, in order, and stops by Total-Number', async () => {
    const { server, pages } = await serve({ items: users(250) });
    expect((await collect(pagesOf(server))).map((u) => u.id)).toEqual(users(250).map((u) => u.id));
    expect(pages()).toEqual(['?search=a&page=1&page_size=100', '?search=a&page=2&page_size=100', '?search=a&page=3&page_size=100']);
  });

  it('does not ask for an empty page after the last full one when the total says it is the last', async () => {
    const { server, pages } = await serve({ items: users(40) });
    expect(await collect(pagesOf(server, 20))).toHaveLength(40);
    expect(pages()).toHaveLength(2);
  });

  it('without Total-Number, stops at a short page (or an empty one after an exact multiple)', async () => {
    const short = await serve({ items: users(45), total: false });
    expect(await collect(pagesOf(short.server, 20))).toHaveLength(45);
    expect(short.pages()).toHaveLength(3);
    const exact = await serve({ items: users(40), total: false });
    expect(await collect(pagesOf(exact.server, 20))).toHaveLength(40);
    expect(exact.pages()).toHaveLength(3);
  });

  it('an empty list costs one request', async () => {
    const { server, pages } = await serve({ items: [] });
    expect(await collect(pagesOf(server))).toEqual([]);
    expect(pages()).toHaveLength(1);
  });

  it('trusts the total over the page length when the server sends fewer items than asked for', async () => {
    const { server, pages } = await serve({ items: users(120), maxPageSize: 50 });
    expect(await collect(pagesOf(server, 100))).toHaveLength(120);
    expect(pages()).toHaveLength(3);
  });

  it('a capped total is a lower bound: it reads on past it until a short page', async () => {
    const { server } = await serve({ items: users(150), total: 100, capped: true });
    expect(await collect(pagesOf(server, 40))).toHaveLength(150);
  });

  it('breaking out of the loop fetches nothing more', async () => {
    const { server, pages } = await serve({ items: users(500) });
    const first: string[] = [];
    for await (const user of pagesOf(server, 10)) {
      first.push(user.id);
      if (first.length === 5) break;
    }
    expect(first).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    expect(pages()).toHaveLength(1);
  });
});

describe('paginate: servers that would make a naive loop run forever', () => {
  it('a server that ignores page (and sends no total): throws at the first repeated page, after yielding the first', async () => {
    const { server, pages } = await serve({ items: users(30), total: false, ignorePage: true });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const user of pagesOf(server, 10)) seen.push(user.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoClientError);
    expect((error as Error).message).toBe(
      'ListUsers (GET /api/users): page 2 repeats page 1 item for item, so the server ignores the page parameter; stopped instead of yielding the same items forever',
    );
    expect(seen).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'u10']);
    expect(pages()).toHaveLength(2);
  });

  it('a server that ignores page but sends the total: also stops at the repeat, well before counting up to the total', async () => {
    const { server, pages } = await serve({ items: users(1000), ignorePage: true });
    await expect(collect(pagesOf(server, 10))).rejects.toThrow(/ignores the page parameter/);
    expect(pages()).toHaveLength(2);
  });

  it('a server that never ends (new full pages, no total): stops at maxPages with an error saying how to go on', async () => {
    const server = await startTestServer((request, res) => {
      const page = new URL(request.url, 'http://x').searchParams.get('page');
      sendJson(res, 200, users(10).map((u) => ({ id: `${u.id}-p${page}` })));
    });
    servers.push(server);
    await expect(collect(pagesOf(server, 10, 3))).rejects.toThrow('ListUsers (GET /api/users): fetched 3 pages (30 items) without reaching the end; pass a larger maxPages if the list really is that long');
    expect(server.requests).toHaveLength(3);
  });

  it('the default bound is PAGINATION_DEFAULTS.maxPages', () => {
    expect(PAGINATION_DEFAULTS).toEqual({ pageSize: 100, maxPages: 10_000 });
  });
});

describe('paginate: errors', () => {
  it('a failing page throws LogtoApiError after the earlier pages were yielded', async () => {
    const { server } = await serve({ items: users(30), failOnPage: 2 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const user of pagesOf(server, 10)) seen.push(user.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogtoApiError);
    expect(error).toMatchObject({ status: 500, code: 'unknown', operationId: 'ListUsers' });
    expect(seen).toHaveLength(10);
  });

  it('refuses a page size or bound that is not a positive whole number before sending anything', async () => {
    const { server, pages } = await serve({ items: users(3) });
    await expect(collect(pagesOf(server, 0))).rejects.toThrow('ListUsers (GET /api/users): page_size must be a whole number of at least 1, not 0');
    await expect(collect(pagesOf(server, 10, 1.5))).rejects.toThrow(/maxPages must be a whole number of at least 1, not 1\.5/);
    expect(pages()).toEqual([]);
  });

  it('a page that is not an array says so', async () => {
    const server = await startTestServer((_request, res) => sendJson(res, 200, { items: [] }));
    servers.push(server);
    await expect(collect(pagesOf(server))).rejects.toThrow('ListUsers (GET /api/users): page 1 is not a JSON array; check that the endpoint option points at a Logto server');
  });
});
