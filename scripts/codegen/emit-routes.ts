import { publicRequestMatcher } from '../../src/auth/public-requests.js';
import { INDENT } from './emit-signature.js';
import { quote } from './naming.js';
import type { ApiModel, OperationModel } from './operation-model.js';

/**
 * Renders `routes.ts`: the routes the client's auth layer must know to send a call without a
 * token. Every operation the spec lets anyone call (`security: []`), and each token-requiring
 * operation whose concrete path one of their templates would also match (the matcher lets a
 * concrete path win, so `/api/x/me` is never taken for a public `/api/x/{id}`). Nothing else: a
 * route it does not list needs a token, and the list stays a few lines, not the whole API.
 */
export function emitRoutes(apis: ApiModel[], header: string): string {
  const routes = authRoutes(apis.flatMap((api) => api.operations));
  return [
    header,
    '',
    '/**',
    ' * The routes the auth layer is told about: the operations anyone may call (no token is sent), and',
    ' * any token-requiring one whose path a public template would also match. Any other call needs a token.',
    ' */',
    // Tuples, mapped once: the table is part of every bundle, and keys repeated per route would double it.
    'export const authRoutes: readonly { method: string; path: string; requiresToken: boolean }[] = (',
    `${INDENT}[`,
    ...routes.map((route) => `${INDENT}${INDENT}[${quote(route.method.toUpperCase())}, ${quote(route.path)}, ${route.requiresToken}],`),
    `${INDENT}] as const`,
    ').map(([method, path, requiresToken]) => ({ method, path, requiresToken }));',
    '',
  ].join('\n');
}

/** The operations `routes.ts` lists, in method then path order. */
function authRoutes(operations: OperationModel[]): OperationModel[] {
  const endpoint = 'http://routes.invalid';
  const publicOnly = operations.filter((operation) => !operation.requiresToken);
  // What the matcher would say given the public operations alone: a token-requiring concrete path it calls public must be listed.
  const takenForPublic = publicRequestMatcher(
    endpoint,
    publicOnly.map((operation) => ({ method: operation.method, path: operation.path, requiresToken: false })),
  );
  const shadowed = operations.filter(
    (operation) => operation.requiresToken && !operation.path.includes('{') && takenForPublic({ method: operation.method.toUpperCase(), url: `${endpoint}${operation.path}` }),
  );
  const key = (operation: OperationModel): string => `${operation.method.toUpperCase()} ${operation.path}`;
  return [...publicOnly, ...shadowed].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
