import { describe, expect, it } from 'vitest';
import { createLogtoClient } from '../index.js';

/** A client whose fetch records the URL of every request and answers `[]`. */
function recordingClient(): { logto: ReturnType<typeof createLogtoClient>; urls: URL[] } {
  const urls: URL[] = [];
  const logto = createLogtoClient({
    endpoint: 'http://127.0.0.1:9',
    getToken: async () => 'test-token',
    retry: false,
    fetch: async (request) => {
      urls.push(new URL(request.url));
      return new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
  });
  return { logto, urls };
}

describe('query parameters go on the wire as the spec declares them (form, exploded)', () => {
  it("writes ListUsers' search_params object as its own keys, as Logto reads them", async () => {
    const { logto, urls } = recordingClient();
    await logto.users.listUsers({ search_params: { 'search.name': 'ada', mode: 'exact' }, page_size: 5 });
    const url = urls[0] as URL;
    expect(url.searchParams.get('search.name')).toBe('ada');
    expect(url.searchParams.get('mode')).toBe('exact');
    expect(url.searchParams.get('page_size')).toBe('5');
    expect(url.search).not.toContain('search_params');
  });

  it('does the same for the raw openapi-fetch client and for the page iterators', async () => {
    const { logto, urls } = recordingClient();
    await logto.client.GET('/api/users', { params: { query: { search_params: { 'search.id': 'a' } } } });
    for await (const role of logto.roles.listRolesIterate({ search_params: { 'search.name': 'admin' } })) void role;
    expect(urls[0]?.search).toBe('?search.id=a');
    expect(urls[1]?.searchParams.get('search.name')).toBe('admin');
    expect(urls[1]?.search).not.toContain('search_params');
  });
});
