import { redact } from '../../../src/runtime/redact.js';
import { INTENT_HEADER } from './observation.js';

/** What a failure report needs to send a request again. */
interface ReplayableRequest {
  method: string;
  url: string;
  headers: Headers;
  /** The body as sent; `undefined` when there was none. */
  body?: string;
}

interface CurlOptions {
  /**
   * Whether an Authorization value is the run's own credential (then the command says
   * `$LOGTO_TOKEN`). Any other credential (a tampered, expired or foreign token the test sent on
   * purpose) is never printed either: the command names it instead.
   */
  isRunCredential: (authorization: string) => boolean;
}

/** The variable the printed commands read the token from; the README shows how to fill it. */
const TOKEN_VARIABLE = 'LOGTO_TOKEN';

/** Bodies longer than this are cut in the command (the 1 MiB body test would drown the report). */
const MAX_BODY_CHARS = 4096;

/** Headers curl sets itself, or that only mean something to this suite. */
const SKIPPED_HEADERS = new Set(['content-length', 'host', 'connection', INTENT_HEADER]);

/**
 * A ready-to-paste `curl` command for one request: method, URL, headers and body, each quoted for a
 * POSIX shell. The token is written as `$LOGTO_TOKEN` (double-quoted, so the shell expands it),
 * never as its value; URL, headers and body also go through the client's redaction.
 */
export function curlCommand(request: ReplayableRequest, options: CurlOptions): string {
  const parts = ['curl', '-X', request.method.toUpperCase(), quote(redact(request.url))];
  request.headers.forEach((value, name) => {
    if (SKIPPED_HEADERS.has(name.toLowerCase())) return;
    if (name.toLowerCase() === 'authorization') {
      parts.push('-H', options.isRunCredential(value) ? `"Authorization: Bearer $${TOKEN_VARIABLE}"` : quote(WRONG_CREDENTIAL));
      return;
    }
    parts.push('-H', quote(redact(`${headerName(name)}: ${value}`)));
  });
  if (request.body !== undefined) {
    const cut = request.body.length > MAX_BODY_CHARS;
    parts.push('--data-raw', quote(redact(cut ? request.body.slice(0, MAX_BODY_CHARS) : request.body)));
    if (cut) parts.push(`# body cut at ${MAX_BODY_CHARS} of ${request.body.length} characters`);
  }
  return parts.join(' ');
}

/** Stands in for a credential a test sent wrong on purpose: the command shows that one was sent, not what. */
const WRONG_CREDENTIAL = 'Authorization: <the deliberately wrong credential this test sent; not printed>';

/** Single quotes keep everything literal in a POSIX shell; a single quote itself is closed, escaped and reopened. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `content-type` as people write it: `Content-Type` (HTTP does not care; readers do). */
function headerName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_match, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`);
}
