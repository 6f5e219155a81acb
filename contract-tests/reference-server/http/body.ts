import type { IncomingMessage } from 'node:http';
import { CodelessHttpError, PlainTextAnswer } from '../errors.js';

/** koa-body's default limits, which Logto keeps: 1 MiB of JSON, 56 KiB of form fields or text. */
export const defaultBodyLimitBytes = 1024 * 1024;
const defaultFormOrTextLimitBytes = 56 * 1024;

/**
 * Logto answers a body over its parser's limit with 404 `text/plain` "Not Found": the parser
 * raises a 413 HttpError, Logto's error handler returns without answering for any HttpError,
 * and the router's default 404 goes out (a Logto defect, KNOWN-DIFFERENCES.md).
 */
const bodyTooLarge = (): PlainTextAnswer => new PlainTextAnswer(404, 'Not Found');

/**
 * Reads the whole body. Past the limit it keeps draining (so the client gets an answer instead of
 * a reset connection) but stops buffering.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (tooLarge) reject(bodyTooLarge());
      else resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

// koa-body's default `jsonTypes`, matched exactly (not every `+json` type).
const jsonTypes = new Set(['application/json', 'application/json-patch+json', 'application/vnd.api+json', 'application/csp-report', 'application/reports+json']);

function isJson(contentType: string | undefined): boolean {
  return jsonTypes.has(mediaType(contentType));
}

export function isForm(contentType: string | undefined): boolean {
  return mediaType(contentType) === 'application/x-www-form-urlencoded';
}

/** koa-body's `textTypes` default is `text/*`: such a body reaches the guard as a string. */
function isText(contentType: string | undefined): boolean {
  return mediaType(contentType).startsWith('text/');
}

/**
 * The parser's limit for this content type (JSON 1 MiB, form and text 56 KiB, as koa-body); a
 * body of any other type is not parsed, so no limit applies to it.
 */
export function bodyLimitFor(contentType: string | undefined, jsonLimitBytes: number): number {
  if (isJson(contentType)) return jsonLimitBytes;
  if (isForm(contentType) || isText(contentType)) return Math.min(defaultFormOrTextLimitBytes, jsonLimitBytes);
  return Number.POSITIVE_INFINITY;
}

/** Deeper bodies are refused: storing one would overflow the stack (a 500) instead of answering. */
const maxJsonDepth = 64;

/** Nesting depth of JSON text, counted without recursion (brackets inside strings do not count). */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth -= 1;
  }
  return deepest;
}

/**
 * koa-body's behaviour, which Logto's guards see: JSON (objects and arrays only), form fields,
 * or text as a string; any other content type leaves the body `{}` so the guard reports what is
 * missing.
 */
export function parseApiBody(raw: Buffer, contentType: string | undefined): unknown {
  if (isJson(contentType)) {
    const text = raw.toString('utf8');
    if (text.trim() === '') return {};
    if (jsonDepth(text) > maxJsonDepth) throw new CodelessHttpError(400, `invalid JSON: nested deeper than ${maxJsonDepth} levels`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      // Logto passes the parser's SyntaxError message through (`{message}`, no code).
      throw new CodelessHttpError(400, error instanceof Error ? error.message : 'Unexpected token in JSON');
    }
    if (typeof parsed !== 'object' || parsed === null) throw new CodelessHttpError(400, 'invalid JSON, only supports object and array');
    return parsed;
  }
  if (isForm(contentType)) return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
  if (isText(contentType)) return raw.toString('utf8');
  return {};
}
