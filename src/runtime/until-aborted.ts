/**
 * Settles like `pending`, or rejects with `signal.reason` as soon as `signal` aborts, whichever
 * comes first. Used only for a caller-supplied fetch: the platform fetch honours its signal itself,
 * but a custom one may ignore it, and the timeout must still fire.
 */
export function untilAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  // The loser of the race must not surface later as an unhandled rejection.
  pending.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
