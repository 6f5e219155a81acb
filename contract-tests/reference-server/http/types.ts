import type { Database } from '../db/database.js';
import type { EmailConnector } from '../email/connector.js';

export interface Services {
  db: Database;
  email: EmailConnector;
  /** Epoch ms; injectable so tests can move time instead of sleeping. */
  now(): number;
}

interface RequestContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed body: JSON, form fields as strings, or `{}` for anything else (as koa-body). */
  body: unknown;
  services: Services;
}

interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (context: RequestContext) => Promise<HandlerResult>;

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDefinition {
  /** `/api/organizations/:id/users` style; segments starting with `:` are parameters. */
  path: string;
  methods: Partial<Record<Method, Handler>>;
}
