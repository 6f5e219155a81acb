import { ApiError } from '../errors.js';

export interface Page {
  limit: number;
  offset: number;
}

const defaultPageSize = 20;
const maxPageSize = 100;

function positiveInteger(raw: string | null, fallback: number): number {
  if (raw === null || raw === '') return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

/** Logto's koaPagination: `page` from 1, `page_size` 1..100 (default 20), else 400. */
export function readPage(query: URLSearchParams): Page {
  const page = positiveInteger(query.get('page'), 1);
  const pageSize = positiveInteger(query.get('page_size'), defaultPageSize);
  if (!Number.isSafeInteger(page) || page < 1 || !Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) {
    throw new ApiError(400, 'guard.invalid_pagination');
  }
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

export function totalNumberHeader(total: number): Record<string, string> {
  return { 'Total-Number': String(total) };
}
