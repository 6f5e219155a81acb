/**
 * What openapi-fetch builds for a call that no middleware will see: the request's parts (URL,
 * method, headers, body, the caller's signal) kept as they are, with no Request built yet. The
 * platform fetch builds a Request from whatever it is given, so handing it a Request built by
 * openapi-fetch built two per call; from a plan, each attempt is a single `fetch(url, init)`,
 * which also carries the attempt's abort signal without copying the headers again
 * (`npm run bench`, item 1).
 *
 * A plan goes only to our own layers (auth, timeout/retry), which read `method`, `url`,
 * `headers` and `body` as they would a Request's. A caller's fetch, whose contract is a Request,
 * gets one built from the plan; a middleware always gets a real Request (see `planned-requests.ts`).
 */
export class RequestPlan {
  readonly url: string;
  readonly method: string;
  /** Mutable, as a Request's are: the auth layer sets `Authorization` here. */
  readonly headers: Headers;
  readonly body: BodyInit | null;
  /** The caller's signal (`options.signal`), if any; a Request's `signal` always exists, a plan's only when given. */
  readonly signal: AbortSignal | undefined;
  /** The operation's path template (`/api/users/{userId}`) when a direct call built the plan; openapi-fetch gives none. */
  readonly template: string | undefined;
  readonly #init: RequestInit;

  constructor(input: string | URL, init: RequestInit = {}, template?: string) {
    // Not parsed here (3 µs a call): fetch parses it, and a URL it refuses is not taken for a
    // network failure (see `attemptFailure` in resilient-fetch.ts).
    this.url = String(input);
    this.method = normalizeMethod(init.method ?? 'GET');
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? undefined;
    this.template = template;
    this.#init = init;
    // What `new Request()` would refuse at once must not first surface as a network error.
    if (this.body !== null && (this.method === 'GET' || this.method === 'HEAD')) {
      throw new TypeError(`Request with ${this.method} method cannot have body.`);
    }
  }

  /** The init of one attempt: the plan's own, with the attempt's signal and, when given, a body read earlier. */
  initFor(signal: AbortSignal | undefined, body: BodyInit | undefined): RequestInit {
    return { ...this.#init, method: this.method, headers: this.headers, body: body ?? this.body, signal };
  }
}

/** A request our layers send: a Request (a middleware saw it, or a caller built it) or a plan. */
export type OutgoingRequest = Request | RequestPlan;

// The methods fetch upper-cases (Fetch standard, "normalize a method"); any other is kept as given.
const NORMALIZED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

function normalizeMethod(method: string): string {
  if (NORMALIZED_METHODS.has(method)) return method;
  const upper = method.toUpperCase();
  return NORMALIZED_METHODS.has(upper) ? upper : method;
}

/**
 * Whether sending `request` more than once needs its body read into memory first: sending
 * consumes a Request's body, and a stream's, but not a plan's string, FormData or bytes.
 */
export function bodyIsConsumed(request: OutgoingRequest): boolean {
  return request instanceof RequestPlan ? request.body instanceof ReadableStream : request.body !== null;
}

/** The body read into memory, for a layer that may send it more than once (see `bodyIsConsumed`). */
export function readBody(request: OutgoingRequest): Promise<ArrayBuffer> {
  return request instanceof RequestPlan ? new Response(request.body).arrayBuffer() : request.arrayBuffer();
}
