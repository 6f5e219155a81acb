/**
 * Time as the client sees it: what a cached token's expiry and an HTTP-date `Retry-After` are
 * measured against, and how a retry waits. Internal, not part of the package's API:
 * `createLogtoClient` always uses `systemClock`; tests hand `createLogtoHttpClient` their own, so
 * they drive time instead of sleeping. (Per-attempt timeouts are timers of their own, see
 * `DeadlineQueue`; tests drive those with fake timers.)
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason as soon as it aborts (at once when it already has). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return new Promise((resolve) => setTimeout(resolve, ms));
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export const systemClock: Clock = Object.freeze({ now: () => Date.now(), sleep });
