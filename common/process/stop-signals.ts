import { EXIT } from '../usage-error.js';

/** The two ways a person or CI asks a run to stop. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/** Exit codes of a stopped run, as a shell reports a process killed by the signal (128 + its number). */
export const INTERRUPT_EXIT_CODES: Readonly<Record<StopSignal, number>> = Object.freeze({ SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated });

/**
 * One Ctrl-C reaches a runner up to three times within milliseconds (the terminal, npm and tsx
 * all relay it); a press after this window means "stop now".
 */
const REPEAT_SIGNAL_GRACE_MS = 2_000;

export function isStopSignal(signal: NodeJS.Signals | null | undefined): signal is StopSignal {
  return signal === 'SIGINT' || signal === 'SIGTERM';
}

/** Calls `onSignal` for every SIGINT/SIGTERM this process gets, until the returned function is called. */
export function onStopSignals(onSignal: (signal: StopSignal) => void): () => void {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

interface StopWatch {
  /** The first SIGINT/SIGTERM received, if any. */
  readonly signal: StopSignal | undefined;
  /** Aborted by a second stop request after the grace window: "stop now, skip the cleanup". */
  readonly urgent: AbortSignal;
  dispose(): void;
}

/**
 * Catches SIGINT and SIGTERM for a runner so it can stop its child, clean up and report instead
 * of dying on the spot. `onFirst` runs once, on the first signal; copies of that signal relayed by
 * npm and tsx within the grace window are ignored; a later one aborts `urgent`.
 */
export function watchStopSignals(onFirst: (signal: StopSignal) => void, graceMs: number = REPEAT_SIGNAL_GRACE_MS): StopWatch {
  let first: { signal: StopSignal; at: number } | undefined;
  const urgent = new AbortController();
  const dispose = onStopSignals((signal) => {
    if (!first) {
      first = { signal, at: Date.now() };
      onFirst(signal);
    } else if (Date.now() - first.at > graceMs) urgent.abort(new Error(`${signal} again`));
  });
  return {
    get signal() {
      return first?.signal;
    },
    urgent: urgent.signal,
    dispose,
  };
}
