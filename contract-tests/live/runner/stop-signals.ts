import { RUNNER_DEFAULTS, type StopSignal } from './runner-defaults.js';

export interface StopWatch {
  /** The first SIGINT/SIGTERM received, if any. */
  readonly signal: StopSignal | undefined;
  /** Aborted by a second stop request after the grace window: "stop now, skip the cleanup". */
  readonly urgent: AbortSignal;
  dispose(): void;
}

/**
 * Catches SIGINT and SIGTERM for the runner so it can stop vitest, clean up and report instead of
 * dying on the spot. `onFirst` runs once, on the first signal; copies of that signal relayed by
 * npm and tsx within the grace window are ignored; a later one aborts `urgent`.
 */
export function watchStopSignals(onFirst: (signal: StopSignal) => void, graceMs: number = RUNNER_DEFAULTS.repeatSignalGraceMs): StopWatch {
  let first: { signal: StopSignal; at: number } | undefined;
  const urgent = new AbortController();
  const handler = (signal: StopSignal): void => {
    if (!first) {
      first = { signal, at: Date.now() };
      onFirst(signal);
    } else if (Date.now() - first.at > graceMs) urgent.abort(new Error(`${signal} again`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    get signal() {
      return first?.signal;
    },
    urgent: urgent.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
