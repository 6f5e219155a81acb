/** What a non-2xx body says, whatever shape it came in. */
interface ParsedErrorBody {
  code: string | undefined;
  message: string;
  data: unknown;
  details: string | undefined;
  /** The body itself when it was not a Logto `{code, message}` object. */
  raw: unknown;
}

const MAX_TEXT_IN_MESSAGE = 500;

/**
 * Accepts what openapi-fetch hands over for an error: the parsed JSON, the raw text when it was
 * not JSON, `""` or `undefined` for an empty body.
 */
export function parseErrorBody(body: unknown, statusText: string): ParsedErrorBody {
  const fallback = statusText || 'no response body';
  if (body === undefined || body === null || body === '') {
    return { code: undefined, message: fallback, data: undefined, details: undefined, raw: undefined };
  }
  if (typeof body === 'string') {
    const text = body.trim();
    const message = text ? truncate(text) : fallback;
    return { code: undefined, message, data: undefined, details: undefined, raw: body };
  }
  if (typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const code = typeof record.code === 'string' ? record.code : undefined;
    const message =
      stringField(record, 'message') ?? stringField(record, 'error_description') ?? stringField(record, 'error') ?? fallback;
    const details = stringField(record, 'details');
    return { code, message, data: record.data, details, raw: code === undefined ? body : undefined };
  }
  return { code: undefined, message: truncate(JSON.stringify(body)), data: undefined, details: undefined, raw: body };
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function truncate(text: string): string {
  return text.length > MAX_TEXT_IN_MESSAGE ? `${text.slice(0, MAX_TEXT_IN_MESSAGE)}…` : text;
}
