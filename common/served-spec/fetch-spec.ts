import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, EXIT } from '../usage-error.js';
import { checkOpenApi, loadSpec, noLocator, parseJsonText, SpecError, type JsonObject } from '../spec/index.js';

/** Where Logto serves its own Management API spec, unauthenticated. */
export const WELL_KNOWN_SPEC_PATH = '/api/.well-known/management.openapi.json';

export const DEFAULT_TIMEOUT_MS = 15_000;

interface FetchedSpec {
  doc: JsonObject;
  /** What was read, safe to print (no credentials). */
  source: string;
}

/** `--from` is an endpoint URL (http/https), a file:// URL or a local file path. */
export async function fetchSpec(from: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<FetchedSpec> {
  if (/^file:/i.test(from)) return readLocal(fileURLToPath(from));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(from)) return fetchFromEndpoint(specUrlFor(from), timeoutMs);
  return readLocal(path.resolve(from));
}

async function readLocal(file: string): Promise<FetchedSpec> {
  return { doc: (await loadSpec(file)).raw, source: file };
}

/** The endpoint is the server root (`http://localhost:3001`); the full well-known URL is accepted too. */
function specUrlFor(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UsageError(`--from "${endpoint}" is not a valid URL; pass e.g. http://localhost:3001`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--from must be an http(s) URL or a file path, not ${url.protocol}`);
  }
  if (!url.pathname.endsWith(WELL_KNOWN_SPEC_PATH)) {
    url.pathname = url.pathname.replace(/\/+$/, '') + WELL_KNOWN_SPEC_PATH;
  }
  url.search = '';
  url.hash = '';
  return url;
}

/** A URL without userinfo, for messages. */
function printableUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

async function fetchFromEndpoint(url: URL, timeoutMs: number): Promise<FetchedSpec> {
  const shown = printableUrl(url);
  let status: number;
  let statusText: string;
  let contentType: string;
  let text: string;
  // A timer of our own rather than AbortSignal.timeout: tests drive it with fake timers.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  try {
    // fetch() refuses URLs with userinfo; a proxy in front of Logto may want them, as Basic auth.
    const headers: Record<string, string> = { accept: 'application/json' };
    if (url.username || url.password) {
      headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    }
    const response = await fetch(shown, { signal: deadline.signal, headers });
    status = response.status;
    statusText = response.statusText;
    contentType = response.headers.get('content-type') ?? '';
    text = await response.text();
  } catch (error) {
    throw new UsageError(describeNetworkFailure(error, shown, timeoutMs).split(url.href).join(shown), EXIT.failed);
  } finally {
    clearTimeout(timer);
  }
  if (status < 200 || status > 299) {
    throw new UsageError(`${shown} answered HTTP ${status}${statusText ? ` ${statusText}` : ''}; check that --from is the Logto endpoint (the server root, not a page)`, EXIT.failed);
  }
  if (/html/i.test(contentType) || /^\s*</.test(text)) {
    throw new UsageError(`${shown} answered HTML, not an OpenAPI JSON document; check that --from is the Logto endpoint, not the console or a proxy page`, EXIT.failed);
  }
  // A bad answer is the endpoint's fault, not the user's input: exit 1, with what to check.
  let parsed: unknown;
  try {
    parsed = parseJsonText(text, shown).value;
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    throw new UsageError(`${shown} answered something that is not JSON (content-type "${contentType || 'none'}"); check that --from is a Logto endpoint`, EXIT.failed);
  }
  try {
    return { doc: checkOpenApi(parsed, `the answer of ${shown}`, noLocator).document, source: shown };
  } catch (error) {
    if (error instanceof SpecError) throw new UsageError(`${error.message}; check that --from is a Logto endpoint`, EXIT.failed);
    throw error;
  }
}

function describeNetworkFailure(error: unknown, shown: string, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer from ${shown} within ${timeoutMs} ms; check --from or raise --timeout`;
  }
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  const code = cause?.code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
  };
  const reason = (code && reasons[code]) ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `cannot reach ${shown}: ${reason}; check that Logto is running there and --from is right`;
}
