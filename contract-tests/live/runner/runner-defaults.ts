/**
 * Timings of `contract:live` when it is stopped, in one place (the window in which repeated
 * Ctrl-C copies count as one is the process module's `REPEAT_SIGNAL_GRACE_MS`).
 *
 * | key                   | value    | why                                                                     |
 * |-----------------------|----------|-------------------------------------------------------------------------|
 * | `vitestStopMs`        | 10 000   | vitest exits within milliseconds of SIGINT/SIGTERM; on a loaded machine  |
 * |                       |          | give it this long, then SIGKILL, so the cleanup never waits on it        |
 * | `cleanupMs`           | 30 000   | deleting what an interrupted run left: a few hundred DELETEs at most,    |
 * |                       |          | 4 at a time; past this the user gets the sweep command instead           |
 * | `cleanupConcurrency`  | 4        | parallel DELETEs: fast enough, gentle on a shared tenant's rate limit   |
 */
export const RUNNER_DEFAULTS = Object.freeze({
  vitestStopMs: 10_000,
  cleanupMs: 30_000,
  cleanupConcurrency: 4,
});
