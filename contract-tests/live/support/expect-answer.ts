import { expect } from 'vitest';
import type { LogtoErrorBody } from './models.js';

interface TypedResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The answer is the given Logto error: status and `code`; returns the body for further checks. */
export function expectLogtoError(result: TypedResult, status: number, code: string): LogtoErrorBody {
  return expectError(result.response.status, result.error ?? result.data, status, code);
}

/** Same for a raw answer (`Session.raw`). */
export function expectRawError(answer: { status: number; json: unknown; text: string }, status: number, code: string): LogtoErrorBody {
  return expectError(answer.status, answer.json ?? answer.text, status, code);
}

function expectError(actualStatus: number, payload: unknown, status: number, code: string): LogtoErrorBody {
  // A check with nothing to compare against passes whatever comes back: that is the test's mistake.
  if (typeof code !== 'string' || code === '') {
    throw new TypeError(`expectLogtoError/expectRawError needs the expected error code (got ${JSON.stringify(code)}); write the code Logto answers, e.g. 'entity.not_found'`);
  }
  const body = (payload !== null && typeof payload === 'object' ? payload : {}) as Partial<LogtoErrorBody>;
  expect({ status: actualStatus, code: body.code }, `expected ${status} ${code}, got ${actualStatus} ${JSON.stringify(payload ?? null).slice(0, 300)}`).toEqual({ status, code });
  expect(typeof body.message, 'error body has a message').toBe('string');
  return body as LogtoErrorBody;
}

/** Alternates letter case, to prove a comparison ignores case while the prefix stays `ct-` case-insensitively. */
export function mixedCase(text: string): string {
  return [...text].map((ch, i) => (i % 2 === 0 ? ch.toUpperCase() : ch.toLowerCase())).join('');
}

/**
 * Asks `read` again until `done` holds of what it answers, and returns that answer: for what only
 * time brings about on a server we cannot drive (an invitation expiring by Logto's clock). Each
 * try is a request, spaced `intervalMs` apart; `ceilingMs` is how long a working server can take,
 * after which the test fails saying what never happened.
 */
export async function waitForAnswer<T>(what: string, read: () => Promise<T>, done: (answer: T) => boolean, options: { intervalMs?: number; ceilingMs: number }): Promise<T> {
  const intervalMs = options.intervalMs ?? 100;
  const giveUpAt = Date.now() + options.ceilingMs;
  for (;;) {
    const answer = await read();
    if (done(answer)) return answer;
    if (Date.now() > giveUpAt) throw new Error(`${what}: still not so after ${options.ceilingMs} ms; last answer ${JSON.stringify(answer).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
