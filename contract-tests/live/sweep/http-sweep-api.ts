import type { SweepApi } from './sweep-plan.js';

/** Per request: a tenant that does not answer within this long is treated as failing. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The sweep's view of a Logto Management API, over plain fetch with a bearer token; `signal` stops every request at once. */
export function httpSweepApi(endpoint: string, token: string, signal?: AbortSignal): SweepApi {
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  const limit = (): AbortSignal => (signal ? AbortSignal.any([signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]) : AbortSignal.timeout(REQUEST_TIMEOUT_MS));
  return {
    async list(path) {
      const response = await fetch(`${endpoint}${path}`, { headers, signal: limit() });
      if (response.status === 404 || response.status === 405) {
        await response.body?.cancel().catch(() => undefined);
        return { unavailable: `GET ${path.split('?')[0]} answered ${response.status}; this server has no such list`, absent: true };
      }
      if (response.status !== 200) {
        const text = await response.text().catch(() => '');
        throw new Error(`GET ${path.split('?')[0]} answered ${response.status}: ${text.slice(0, 200)}`);
      }
      const body = (await response.json()) as unknown;
      if (!Array.isArray(body)) throw new Error(`GET ${path.split('?')[0]} did not answer a JSON array`);
      return { items: body };
    },
    async delete(path) {
      const response = await fetch(`${endpoint}${path}`, { method: 'DELETE', headers, signal: limit() });
      await response.body?.cancel().catch(() => undefined);
      return response.status;
    },
  };
}
