import { ApiError } from '../errors.js';

interface Page {
  limit: number;
  offset: number;
}

const defaultPageSize = 20;
const maxPageSize = 100;

/** Absent or empty: the default. Repeated: not a number (koa hands Logto an array; `Number([...])` is NaN). */
function positiveInteger(query: URLSearchParams, name: string, fallback: number): number {
  const all = query.getAll(name);
  if (all.length > 1) return Number.NaN;
  const raw = all[0];
  if (raw === undefined || raw === '') return fallback;
  // ASSUMPTION (KNOWN-DIFFERENCES.md): Logto reads the value with Number() and accepts any positive
  // number (`1.5`, `1e1`); only whole decimal numbers are accepted here.
  return /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

/** Logto's koaPagination (it runs before a route's guard): `page` from 1, `page_size` 1..100 (default 20), else 400. */
export function readPage(query: URLSearchParams): Page {
  const page = positiveInteger(query, 'page', 1);
  const pageSize = positiveInteger(query, 'page_size', defaultPageSize);
  if (!Number.isSafeInteger(page) || page < 1 || !Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) {
    throw new ApiError(400, 'guard.invalid_pagination');
  }
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

export function totalNumberHeader(total: number): Record<string, string> {
  return { 'Total-Number': String(total) };
}
