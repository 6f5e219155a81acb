/** An operation as the generated `operationIndex` lists it. */
export interface OperationRoute {
  method: string;
  /** Path template, e.g. `/api/organization-invitations/{id}`. */
  path: string;
  /** False for operations the spec lets anyone call (`security: []`). */
  requiresToken: boolean;
}

/**
 * Tells, from a call's method and path template, whether it is a call of a public operation,
 * which is sent without a token. A direct call (`direct-call.ts`) knows its template, so this is a
 * lookup, exact, with none of the URL matching below.
 */
export function publicRouteMatcher(operations: readonly OperationRoute[]): (method: string, path: string | undefined) => boolean {
  const publicPaths = new Map<string, Set<string>>();
  for (const { method, path, requiresToken } of operations) {
    const upper = method.toUpperCase();
    if (!requiresToken) publicPaths.set(upper, (publicPaths.get(upper) ?? new Set<string>()).add(path));
  }
  return (method, path) => path !== undefined && (publicPaths.get(method)?.has(path) ?? false);
}

/**
 * Tells, from a request's method and URL, whether it is a call of a public operation, which is
 * sent without a token. The auth layer runs under openapi-fetch, where only the Request is known,
 * so the URL is matched against the operations' path templates. A concrete path wins over a
 * templated one, as in OpenAPI path matching, so a token-requiring `/api/x/me` is never taken for
 * a public `/api/x/{id}`.
 */
export function publicRequestMatcher(endpoint: string, operations: readonly OperationRoute[]): (request: { method: string; url: string }) => boolean {
  if (operations.every((operation) => operation.requiresToken)) return () => false;
  // Per method: path without parameters -> public? (looked up without building a key string per call).
  const concrete = new Map<string, Map<string, boolean>>();
  // Per method: the public templated paths, as one pattern (one test a call, not one per path).
  const templatedSources = new Map<string, string[]>();
  for (const { method, path, requiresToken } of operations) {
    const upper = method.toUpperCase();
    if (!path.includes('{')) concrete.set(upper, (concrete.get(upper) ?? new Map<string, boolean>()).set(path, !requiresToken));
    else if (!requiresToken) templatedSources.set(upper, [...(templatedSources.get(upper) ?? []), templateSource(path)]);
  }
  const templated = new Map([...templatedSources].map(([method, sources]) => [method, new RegExp(`^(?:${sources.join('|')})$`)]));
  const prefix = `${endpoint}/`;
  return (request) => {
    const method = request.method.toUpperCase();
    const path = pathOf(request.url, prefix);
    return concrete.get(method)?.get(path) ?? templated.get(method)?.test(path) ?? false;
  };
}

/** The URL's path below the endpoint, without query or fragment. */
function pathOf(url: string, prefix: string): string {
  // A per-call `baseUrl` other than the endpoint: fall back to the URL's whole path.
  if (!url.startsWith(prefix)) return new URL(url).pathname;
  let end = url.indexOf('?');
  if (end === -1) end = url.indexOf('#');
  return url.slice(prefix.length - 1, end === -1 ? undefined : end);
}

/** A path template as a regular expression source: literal parts escaped, each parameter one segment. */
function templateSource(path: string): string {
  const literal = path.split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return literal.join('[^/]+');
}
