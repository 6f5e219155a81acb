import { guard } from '../validation/guard.js';
import type { Schema } from '../validation/schema.js';

/**
 * The named query parameters as koa's querystring hands them to Logto's guards: absent, one
 * string (possibly empty), or, when repeated, an array, which a string guard refuses (400
 * `guard.invalid_input`, "Expected string, received array"). Other parameters are not read.
 */
function queryValues(query: URLSearchParams, names: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of names) {
    const all = query.getAll(name);
    if (all.length === 1) values[name] = all[0];
    else if (all.length > 1) values[name] = all;
  }
  return values;
}

/** Logto's `koaGuard({ query })` over the parameters its schema names. */
export function guardQuery<T extends Record<string, unknown>>(query: URLSearchParams, names: readonly (keyof T & string)[], schema: Schema<T>): T {
  return guard('query', schema, queryValues(query, names));
}
