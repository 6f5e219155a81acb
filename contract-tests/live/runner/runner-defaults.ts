/**
 * Timings of `contract:live` when it is stopped, in one place.
 *
 * | key                   | value    | why                                                                     |
 * |-----------------------|----------|-------------------------------------------------------------------------|
 * | `vitestStopMs`        | 10 000   | vitest exits within milliseconds of SIGINT/SIGTERM; on a loaded machine  |
 * |                       |          | give it this long, then SIGKILL, so the cleanup never waits on it        |
 * | `cleanupMs`           | 30 000   | deleting what an interrupted run left: a few hundred DELETEs at most,    |
 * |                       |          | 4 at a time; past this the user gets the sweep command instead           |
 * | `cleanupConcurrency`  | 4        | parallel DELETEs: fast enough, gentle on a shared tenant's rate limit   |
 * | `repeatSignalGraceMs` | 2 000    | one Ctrl-C reaches this process up to three times within milliseconds   |
 * |                       |          | (the terminal, npm and tsx all relay it); a press after this window     |
 * |                       |          | means "stop now" and skips the cleanup                                   |
 */
export const RUNNER_DEFAULTS = Object.freeze({
  vitestStopMs: 10_000,
  cleanupMs: 30_000,
  cleanupConcurrency: 4,
  repeatSignalGraceMs: 2_000,
});

/** Exit codes of a stopped run, as a shell reports a process killed by the signal (128 + its number). */
export const INTERRUPT_EXIT_CODES: Readonly<Record<StopSignal, number>> = Object.freeze({ SIGINT: 130, SIGTERM: 143 });

export type StopSignal = 'SIGINT' | 'SIGTERM';
