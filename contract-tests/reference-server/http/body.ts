import type { IncomingMessage } from 'node:http';
import { CodelessHttpError } from '../errors.js';

export const defaultBodyLimitBytes = 1024 * 1024;

/**
 * Reads the whole body. The limit mirrors koa-body's 1 MiB JSON default; Logto's body parser
 * answers 413 before Logto's own error handling, so the body is code-less. Past the limit it keeps draining (so the client sees the 413 instead of
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
      if (tooLarge) reject(new CodelessHttpError(413, 'request entity too large'));
      else resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function isJson(contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

export function isForm(contentType: string | undefined): boolean {
  return mediaType(contentType) === 'application/x-www-form-urlencoded';
}

/** Deeper bodies are refused: storing one would overflow the stack (a 500) instead of answering. */
export const maxJsonDepth = 64;

/** Nesting depth of JSON text, counted without recursion (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
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
 * koa-body's behaviour, which Logto's guards see: JSON (objects and arrays only) or form fields are
 * parsed, any other content type leaves the body `{}` so the guard reports what is missing.
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
      throw new CodelessHttpError(400, `invalid JSON: ${error instanceof Error ? error.message : 'cannot parse'}`);
    }
    if (typeof parsed !== 'object' || parsed === null) throw new CodelessHttpError(400, 'invalid JSON, only supports object and array');
    return parsed;
  }
  if (isForm(contentType)) return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
  return {};
}
