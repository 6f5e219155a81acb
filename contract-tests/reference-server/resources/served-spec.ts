import { readFile } from 'node:fs/promises';
import { UPSTREAM_SPEC } from '../../../common/paths.js';
import type { RouteDefinition } from '../http/types.js';

// Logto serves its own spec, unauthenticated, here. We serve the structure of the one a Logto 1.42
// server serves, as committed in openapi/upstream/ (Logto's prose removed, keys sorted, the
// server URL a placeholder), so spec tooling can point at this server and pull it back unchanged.
export const servedSpecPath = '/api/.well-known/management.openapi.json';

let cached: Promise<unknown> | undefined;

export const servedSpecRoutes: RouteDefinition[] = [
  {
    path: servedSpecPath,
    methods: {
      GET: async () => {
        // Read once per process; a failed read is not cached (it would be a 500 until the next start otherwise).
        cached ??= readFile(UPSTREAM_SPEC, 'utf8').then((text) => JSON.parse(text) as unknown);
        try {
          return { status: 200, body: await cached };
        } catch (error) {
          cached = undefined;
          throw error;
        }
      },
    },
  },
];
