import { LogtoClientError } from './errors.js';
import { unwrap, type OperationInfo, type OperationOptions } from './unwrap.js';

/**
 * Defaults of the page iterators (the generated `...Iterate` methods).
 *
 * | key        | value  | why                                                                             |
 * |------------|--------|---------------------------------------------------------------------------------|
 * | `pageSize` | 100    | Logto's largest page (its pagination refuses more with 400), so the fewest calls |
 * | `maxPages` | 10 000 | a last bound for a server that sends no total and never a short page: a million  |
 * |            |        | items at 100 a page; past it the iterator throws instead of looping              |
 */
// Pure: a bundle without a page iterator leaves it out.
export const PAGINATION_DEFAULTS = /* @__PURE__ */ Object.freeze({ pageSize: 100, maxPages: 10_000 });

/** Per-call options of a page iterator: those of every method, plus a bound on the pages fetched. */
export interface PaginateOptions extends OperationOptions {
  /** Throw once this many pages were fetched without reaching the end (default `PAGINATION_DEFAULTS.maxPages`). */
  maxPages?: number;
}

/** What openapi-fetch resolves to for one page. */
export type PageResult = { data?: unknown; error?: unknown; response: Response };

/**
 * Yields every item of a page-based list (Logto's `page`/`page_size` query parameters), one page
 * at a time, as the caller consumes them; breaking out of the loop fetches nothing more.
 *
 * It stops at whichever comes first:
 * - the `Total-Number` header: all items counted (unless `Total-Number-Is-Capped: true`, which
 *   makes the count a lower bound, as Logto says when counting would be too costly);
 * - without a usable total, a page shorter than `page_size`;
 * - an empty page.
 * A server that ignores `page` answers the same page again: the iterator notices and throws
 * rather than yielding duplicates forever, and `maxPages` bounds any other endless answer.
 * Errors are those of the single call (`LogtoApiError` for a non-2xx page, ...).
 */
export async function* paginate<T>(
  operation: OperationInfo,
  fetchPage: (page: number, pageSize: number) => Promise<PageResult>,
  options: { pageSize?: number; maxPages?: number } = {},
): AsyncGenerator<T, void, undefined> {
  const name = `${operation.operationId} (${operation.method.toUpperCase()} ${operation.path})`;
  const pageSize = options.pageSize ?? PAGINATION_DEFAULTS.pageSize;
  const maxPages = options.maxPages ?? PAGINATION_DEFAULTS.maxPages;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new LogtoClientError(`${name}: page_size must be a whole number of at least 1, not ${String(pageSize)}`);
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new LogtoClientError(`${name}: maxPages must be a whole number of at least 1, not ${String(maxPages)}`);

  let seen = 0;
  let previousPage: string | undefined;
  for (let page = 1; ; page += 1) {
    if (page > maxPages) {
      throw new LogtoClientError(`${name}: fetched ${maxPages} pages (${seen} items) without reaching the end; pass a larger maxPages if the list really is that long`);
    }
    let response: Response | undefined;
    const items = await unwrap<unknown>(
      operation,
      fetchPage(page, pageSize).then((result) => {
        response = result.response;
        return result;
      }),
    );
    if (!Array.isArray(items)) throw new LogtoClientError(`${name}: page ${page} is not a JSON array; check that the endpoint option points at a Logto server`);
    if (items.length === 0) return;
    const fingerprint = JSON.stringify(items);
    if (fingerprint === previousPage) {
      throw new LogtoClientError(`${name}: page ${page} repeats page ${page - 1} item for item, so the server ignores the page parameter; stopped instead of yielding the same items forever`);
    }
    previousPage = fingerprint;

    for (const item of items) yield item as T;
    seen += items.length;

    const total = totalOf(response);
    if (total !== undefined) {
      // A trusted total wins over the page length: a server may send fewer items than asked for.
      if (seen >= total) return;
    } else if (items.length < pageSize) {
      return;
    }
  }
}

/** `Total-Number` as a count, or undefined when absent, not a count, or only a lower bound. */
function totalOf(response: Response | undefined): number | undefined {
  const raw = response?.headers.get('Total-Number');
  if (raw === null || raw === undefined || !/^\d+$/.test(raw.trim())) return undefined;
  if (response?.headers.get('Total-Number-Is-Capped')?.trim().toLowerCase() === 'true') return undefined;
  return Number(raw.trim());
}
