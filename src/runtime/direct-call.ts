import { RequestPlan } from './request-plan.js';

/**
 * A call sent without openapi-fetch: the request built and the answer read as openapi-fetch does
 * for the options our generated operations pass, straight into a `RequestPlan`.
 *
 * Every generated operation goes this way unless a middleware can see the call (then openapi-fetch
 * builds it, see `planned-requests.ts`), and the small form (`createLogtoCore`) has no other way:
 * openapi-fetch is 6.6 KB of a one-operation bundle (`npm run bench`, item 7), and its per-call
 * work (two header merges, a query serializer made per call, a Request) is most of what a call of
 * ours cost over raw fetch (item 1).
 */

/** How a call's init may look: what openapi-fetch's call methods take, as far as a direct call goes. */
export interface CallInit {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
  bodySerializer?: (body: unknown, headers: Headers) => unknown;
  parseAs?: 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
  signal?: AbortSignal | null;
  headers?: HeaderValues;
}

/** Header values as openapi-fetch takes them: a `null` removes the header, an array adds each value. */
export type HeaderValues = Headers | Record<string, unknown>;

/** What openapi-fetch resolves a call to: the body as `data` (2xx) or as `error`, and the Response. */
interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

// The per-call options a direct call implements; any other (middleware, baseUrl, fetch, Request,
// querySerializer, pathSerializer, or a RequestInit field) is openapi-fetch's to handle.
const DIRECT_OPTIONS = new Set(['params', 'body', 'bodySerializer', 'parseAs', 'signal', 'headers']);

/** The first option of `init` a direct call does not implement, if any. */
export function unsupportedOption(init: object | undefined): string | undefined {
  if (init === undefined) return undefined;
  for (const key in init) if (!DIRECT_OPTIONS.has(key)) return key;
  return undefined;
}

/**
 * How object query parameters go on the wire: OpenAPI's default for a query parameter (style form,
 * explode true), which is what every object parameter in Logto's spec is (the nine `search_params`
 * of the list operations): `search.name=ada`. openapi-fetch's own default for objects is
 * deepObject (`search_params[search.name]=ada`), which Logto ignores, so openapi-fetch is given
 * this; `queryString` does the same. Arrays keep openapi-fetch's default, form exploded.
 */
export const QUERY_STYLE = { object: { style: 'form', explode: true } } as const;

/**
 * Builds the call's request. `baseUrl` has no trailing slash. Throws what openapi-fetch's call
 * would reject with (a nested query value; a GET with a body, refused by `RequestPlan`).
 */
export function planCall(baseUrl: string, baseHeaders: HeaderValues | undefined, method: string, path: string, init: CallInit = {}): RequestPlan {
  const params = init.params;
  const url = `${baseUrl}${params?.path ? fillPath(path, params.path) : path}${queryString(params?.query)}`;
  const headers = new Headers();
  // A Content-Type the caller named (even to remove it with null) wins over the JSON default.
  let named = mergeHeaders(headers, baseHeaders);
  named = mergeHeaders(headers, init.headers) || named;
  named = mergeHeaders(headers, params?.header) || named;
  let body: unknown;
  if (init.body !== undefined) {
    body = (init.bodySerializer ?? serializeBody)(init.body, headers);
    if (!named && body !== undefined && !(body instanceof FormData)) headers.set('Content-Type', 'application/json');
  }
  return new RequestPlan(url, { method, headers, body: body as BodyInit | undefined, signal: init.signal }, path);
}

/**
 * Sends the call through `fetch` (our auth fetch) and reads the answer: what openapi-fetch's call
 * resolves to, and what it rejects with when the request cannot be built.
 */
export function sendCall(
  fetch: (request: RequestPlan) => Promise<Response>,
  baseUrl: string,
  baseHeaders: HeaderValues | undefined,
  method: string,
  path: string,
  init: CallInit | undefined,
): Promise<CallResult> {
  let plan: RequestPlan;
  try {
    plan = planCall(baseUrl, baseHeaders, method, path, init);
  } catch (error) {
    return Promise.reject(error);
  }
  return fetch(plan).then((response) => readAnswer(response, plan.method, init?.parseAs));
}

/** Reads the answer as openapi-fetch does: no body for 204, HEAD and an empty length; JSON, or the text of an error. */
export function readAnswer(response: Response, method: string, parseAs: CallInit['parseAs'] = 'json'): CallResult | Promise<CallResult> {
  const length = response.headers.get('Content-Length');
  if (response.status === 204 || method === 'HEAD' || (length === '0' && !response.headers.get('Transfer-Encoding')?.includes('chunked'))) {
    return response.ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (!response.ok) {
    return response.text().then((text) => {
      let error: unknown = text;
      try {
        error = JSON.parse(text);
      } catch {
        // Not JSON: the text is the error.
      }
      return { error, response };
    });
  }
  if (parseAs === 'stream') return { data: response.body, response };
  if (parseAs === 'json' && !length) return response.text().then((text) => ({ data: text ? JSON.parse(text) : undefined, response }));
  return (response[parseAs]() as Promise<unknown>).then((data) => ({ data, response }));
}

// OpenAPI path templating: `{name}`, the parameter's name (no RFC 6570 operators).
const PATH_PARAMETER = /\{([^{}]+)\}/g;

/** The path with each given parameter in place, as openapi-fetch's style `simple`; one not given stays a template. */
function fillPath(path: string, values: Record<string, unknown>): string {
  return path.replace(PATH_PARAMETER, (template, name: string) => {
    const value = values[name];
    if (value === undefined || value === null) return template;
    if (Array.isArray(value)) return value.map((item) => encodeURIComponent(item as string)).join(',');
    if (typeof value === 'object') return Object.entries(value).map(([key, item]) => `${key},${encodeURIComponent(item as string)}`).join(',');
    return encodeURIComponent(value as string);
  });
}

/** `?a=1&b=x&b=y` (form, exploded: arrays repeat the name, objects spread their keys), or '' without parameters. */
function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  let search = '';
  const add = (name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (typeof value === 'object') {
      throw new Error(`Query parameter "${name}": nested arrays and objects cannot be sent; flatten it.`);
    }
    search += `${search ? '&' : '?'}${name}=${encodeURIComponent(value as string)}`;
  };
  for (const name in query) {
    const value = query[name];
    if (Array.isArray(value)) for (const item of value) add(name, item);
    else if (value !== null && typeof value === 'object') for (const key in value) add(key, (value as Record<string, unknown>)[key]);
    else add(name, value);
  }
  return search;
}

/** Adds `values` to `headers`; true when they name Content-Type. */
function mergeHeaders(headers: Headers, values: HeaderValues | undefined): boolean {
  if (!values) return false;
  let named = false;
  for (const [name, value] of values instanceof Headers ? values.entries() : Object.entries(values)) {
    if (value === undefined) continue;
    if (name.toLowerCase() === 'content-type') named = true;
    if (value === null) headers.delete(name);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, String(item));
    else headers.set(name, String(value));
  }
  return named;
}

/** openapi-fetch's default: FormData as it is, a form body URL-encoded when its Content-Type says so, anything else as JSON. */
function serializeBody(body: unknown, headers: Headers): unknown {
  if (body instanceof FormData) return body;
  if (headers.get('Content-Type') === 'application/x-www-form-urlencoded') return new URLSearchParams(body as Record<string, string>).toString();
  return JSON.stringify(body);
}
