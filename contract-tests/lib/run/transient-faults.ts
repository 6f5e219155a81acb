/**
 * Transient faults of a server under test: a connection reset or refused before any answer, a
 * 429 or 503. They say nothing about the contract, so a request that is safe to repeat is sent
 * again, and the fault is reported as flakiness; a request that is not (POST, PATCH: it may have
 * created or changed something before the connection dropped) is never re-sent blindly.
 */

/** Methods a client may repeat without changing the outcome (RFC 9110 idempotent methods). */
const SAFE_TO_REPEAT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/** Statuses a busy server answers for a while; anything else is its answer. */
const TRANSIENT_STATUSES = new Set([429, 503]);

const TRANSIENT_DEFAULTS = {
  /** Sends in all, the first included. */
  attempts: 3,
  /** Wait before the second and third send; a Retry-After up to `maxRetryAfterMs` replaces it. */
  delaysMs: [250, 1_000],
  maxRetryAfterMs: 5_000,
} as const;

/** A request that failed without an answer, kept apart from contract failures. */
export class TransientFault extends Error {
  override name = 'TransientFault';
  constructor(
    message: string,
    /** What happened on each send, in order (`ECONNRESET`, `503`). */
    readonly faults: readonly string[],
  ) {
    super(message);
  }
}

interface Sent {
  response: Response;
  /** The transient faults met before this answer; empty when the first send answered. */
  faults: string[];
}

/**
 * Sends `request` (a fresh clone each time), again after a transient fault when its method is
 * safe to repeat. Returns the answer with the faults met on the way; throws `TransientFault`
 * when no send answered or a request that is not safe to repeat met one.
 */
export async function sendRepeatingTransients(request: Request, send: (request: Request) => Promise<Response> = fetch, wait: (ms: number) => Promise<void> = sleep): Promise<Sent> {
  const method = request.method.toUpperCase();
  const repeatable = SAFE_TO_REPEAT.has(method);
  const faults: string[] = [];
  for (let attempt = 1; ; attempt += 1) {
    const last = !repeatable || attempt >= TRANSIENT_DEFAULTS.attempts;
    let response: Response;
    try {
      response = await send(last ? request : request.clone());
    } catch (error) {
      const fault = networkFault(error);
      if (fault === undefined) throw error;
      faults.push(fault);
      if (last) throw new TransientFault(`${method} ${new URL(request.url).pathname}: no answer (${faults.join(', then ')})${repeatable ? ` after ${attempt} sends` : `; not sent again: a ${method} may have taken effect before the connection dropped`}`, faults);
      await wait(TRANSIENT_DEFAULTS.delaysMs[attempt - 1] ?? TRANSIENT_DEFAULTS.delaysMs.at(-1) ?? 0);
      continue;
    }
    if (!TRANSIENT_STATUSES.has(response.status) || last) return { response, faults };
    faults.push(String(response.status));
    await response.body?.cancel().catch(() => undefined);
    await wait(retryAfterMs(response.headers.get('retry-after')) ?? TRANSIENT_DEFAULTS.delaysMs[attempt - 1] ?? 0);
  }
}

/** `ECONNRESET`, `ECONNREFUSED`, `UND_ERR_SOCKET`...: fetch's failure before any answer, by its cause's code. */
function networkFault(error: unknown): string | undefined {
  if (!(error instanceof TypeError)) return undefined;
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  if (typeof cause?.code === 'string') return cause.code;
  return typeof cause?.message === 'string' ? cause.message : error.message;
}

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), TRANSIENT_DEFAULTS.maxRetryAfterMs) : undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
