import type { RouteDefinition } from '../http/types.js';

/** `GET /api/status`: 204 when up, no token needed (the router exempts it from auth). */
export const statusRoutes: RouteDefinition[] = [{ path: '/api/status', methods: { GET: () => Promise.resolve({ status: 204 }) } }];
