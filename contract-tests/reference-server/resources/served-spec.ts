import { readFile } from 'node:fs/promises';
import { LOGTO_FIXTURE } from '../../../common/paths.js';
import { notFound } from '../errors.js';
import type { RouteDefinition } from '../http/types.js';

// Logto serves its own spec, unauthenticated, here. We serve the one a Logto 1.42 server serves
// (the shared fixture, a sibling of the repository), so spec tooling can point at this server.
export const servedSpecPath = '/api/.well-known/management.openapi.json';

let cached: Promise<unknown> | undefined;

export const servedSpecRoutes: RouteDefinition[] = [
  {
    path: servedSpecPath,
    methods: {
      GET: async () => {
        cached ??= readFile(LOGTO_FIXTURE, 'utf8').then((text) => JSON.parse(text) as unknown);
        try {
          return { status: 200, body: await cached };
        } catch {
          cached = undefined;
          throw notFound();
        }
      },
    },
  },
];
