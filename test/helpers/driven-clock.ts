import type { Clock } from '../../src/runtime/clock.js';

/**
 * A client clock the test drives: `now()` moves only when told to (or by a wait), and a wait
 * resolves at once, after moving the clock by its length and noting it. A wait the caller aborts
 * rejects like the real one. Retry and token tests read `waits` instead of timing anything.
 */
interface DrivenClock extends Clock {
  /** Every wait asked for, in ms, in order. */
  readonly waits: number[];
  advance(ms: number): void;
}

/** 2030-01-01T00:00:00Z: a whole second, so an HTTP date built from it is exact. */
const DRIVEN_CLOCK_START = Date.UTC(2030, 0, 1);

export function drivenClock(start = DRIVEN_CLOCK_START): DrivenClock {
  let now = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}
