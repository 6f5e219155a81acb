import { untilAborted } from './until-aborted.js';

// Statuses whose Response may not carry a body (fetch spec "null body status").
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

// The ways a caller (openapi-fetch uses json() and text()) reads a whole body.
const BODY_READERS = ['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'] as const;

/** What a guarded response is tied to: the attempt to release once its body is read. */
export interface BodyDeadline {
  /** Clears the attempt's timer and listener. */
  release(): void;
  /** Set for a caller-supplied fetch only: reads are raced against it (see `guardBody`). */
  readonly raceSignal: AbortSignal | undefined;
}

const DEADLINE = Symbol('logto.bodyDeadline');
type Guarded = Response & { [DEADLINE]: BodyDeadline };

/** `read` itself (one promise fewer than an async wrapper), with the deadline released once it settles. */
function released<T>(read: Promise<T>, deadline: BodyDeadline): Promise<T> {
  const reading = deadline.raceSignal ? untilAborted(read, deadline.raceSignal) : read;
  reading.then(
    () => deadline.release(),
    () => deadline.release(),
  );
  return reading;
}

// Per Response prototype, a prototype under it whose body readers release the deadline.
const guardedPrototypes = new WeakMap<object, object>();

function guardedPrototypeOf(proto: object): object {
  let guarded = guardedPrototypes.get(proto);
  if (guarded) return guarded;
  const readers: PropertyDescriptorMap = {};
  for (const name of BODY_READERS) {
    const read = (proto as Record<string, unknown>)[name];
    if (typeof read !== 'function') continue;
    readers[name] = {
      configurable: true,
      writable: true,
      value: function (this: Guarded) {
        return released((read as () => Promise<unknown>).call(this), this[DEADLINE]);
      },
    };
  }
  guarded = Object.create(proto, readers) as object;
  guardedPrototypes.set(proto, guarded);
  return guarded;
}

let platformPrototype: object | undefined;

/** The guarded prototype of the platform's Response, kept at hand: nearly every response has it. */
function platformGuarded(): object {
  platformPrototype ??= guardedPrototypeOf(Response.prototype);
  return platformPrototype;
}

/**
 * Keeps an attempt's deadline (and the caller's abort) in force while the body is read, then
 * releases the attempt. The Response itself is kept (a pipe through a TransformStream into a new
 * Response cost ~0.2 ms a call, `npm run bench` item 1); it moves onto a prototype, made once per
 * Response class, whose whole-body readers (openapi-fetch uses json() and text()) call the
 * originals and then release. Defining the wrappers on each response instead cost a few µs a call.
 *
 * The platform fetch aborts a body read itself, with the signal's reason; for a caller-supplied
 * fetch, which may ignore signals, `deadline.raceSignal` races each read. A caller streaming
 * `response.body` itself is still aborted by the signal given to fetch, but the timer then lives
 * on until it fires (unref'd).
 */
export function guardBody(response: Response, deadline: BodyDeadline): Response {
  if (!response.body || NULL_BODY_STATUSES.has(response.status)) {
    deadline.release();
    return response;
  }
  const proto = Object.getPrototypeOf(response) as object | null;
  // A Response with its own reader properties (some polyfills) would bypass a prototype's; the
  // platform's never has any, so the check is skipped for it.
  if (proto === null || (proto !== Response.prototype && BODY_READERS.some((name) => Object.hasOwn(response, name)))) {
    return guardOwnReaders(response, deadline);
  }
  (response as Guarded)[DEADLINE] = deadline;
  Object.setPrototypeOf(response, proto === Response.prototype ? platformGuarded() : guardedPrototypeOf(proto));
  return response;
}

function guardOwnReaders(response: Response, deadline: BodyDeadline): Response {
  (response as Guarded)[DEADLINE] = deadline;
  for (const name of BODY_READERS) {
    const read = (response as unknown as Record<string, unknown>)[name];
    if (typeof read !== 'function') continue;
    Object.defineProperty(response, name, {
      configurable: true,
      value: () => released((read as () => Promise<unknown>).call(response), deadline),
    });
  }
  return response;
}

/** Drops an answer nobody will read (a retried status, the first 401): frees its connection and its timer. */
export async function discardResponse(response: Response): Promise<void> {
  (response as Partial<Guarded>)[DEADLINE]?.release();
  await response.body?.cancel().catch(() => undefined);
}
