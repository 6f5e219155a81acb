import type { IncomingMessage } from 'node:http';
import { CodelessHttpError } from '../errors.js';

export const defaultBodyLimitBytes = 1024 * 1024;

/**
 * Reads the whole body. Past the limit it keeps draining (so the client sees the 413 instead of
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

/**
 * koa-body's behaviour, which Logto's guards see: JSON (objects and arrays only) or form fields are
 * parsed, any other content type leaves the body `{}` so the guard reports what is missing.
 */
export function parseApiBody(raw: Buffer, contentType: string | undefined): unknown {
  if (isJson(contentType)) {
    const text = raw.toString('utf8');
    if (text.trim() === '') return {};
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
