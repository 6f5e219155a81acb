import type { Handler, Method, RouteDefinition } from './types.js';

type RouteMatch =
  | { kind: 'found'; handler: Handler; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string }
  | { kind: 'options'; allow: string }
  | { kind: 'not-found' };

interface CompiledRoute {
  segments: string[];
  methods: Partial<Record<Method, Handler>>;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment, index, all) => segment !== '' || (index > 0 && index < all.length - 1));
}

function decodeSegment(segment: string): string {
  try {
    const decoded = decodeURIComponent(segment);
    // No id contains NUL (PostgreSQL text cannot hold it); keeping the raw form makes the lookup 404.
    return decoded.includes('\u0000') ? segment : decoded;
  } catch {
    // A malformed escape cannot name an existing entity either.
    return segment;
  }
}

/** koa-router semantics: HEAD rides on GET, OPTIONS and wrong methods are answered with `Allow`. */
function allowHeader(methods: Partial<Record<Method, Handler>>): string {
  const names = Object.keys(methods) as Method[];
  return (names.includes('GET') ? ['HEAD', ...names] : names).join(', ');
}

export class Router {
  readonly #routes: CompiledRoute[];

  constructor(routes: RouteDefinition[]) {
    this.#routes = routes.map((route) => ({ segments: splitPath(route.path), methods: route.methods }));
  }

  match(method: string, pathname: string): RouteMatch {
    // Trailing slashes are tolerated, as koa-router's non-strict mode does.
    const segments = splitPath(pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      const allow = allowHeader(route.methods);
      const lookup = (method === 'HEAD' ? 'GET' : method) as Method;
      const handler = route.methods[lookup];
      if (handler) return { kind: 'found', handler, params };
      if (method === 'OPTIONS') return { kind: 'options', allow };
      return { kind: 'method-not-allowed', allow };
    }
    return { kind: 'not-found' };
  }
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index += 1) {
    const expected = pattern[index] as string;
    const given = actual[index] as string;
    if (expected.startsWith(':')) {
      if (given === '') return undefined;
      params[expected.slice(1)] = decodeSegment(given);
    } else if (expected !== given) {
      return undefined;
    }
  }
  return params;
}
