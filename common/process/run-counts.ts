import type { Counts } from './closing-line.js';
import type { StopSignal } from './stop-signals.js';

/**
 * What a finished step counts, from its exit code and the counts it reported (its closing line or
 * its report file), by one rule everywhere:
 * - a step that reported no counts (typecheck, lint, a crash before its summary) is one check,
 *   passed when it exited 0; a step stopped before its summary failed nothing (the interrupted
 *   line says why it ended);
 * - a step that exited non-zero with "0 failed" (and was not stopped) still failed: one failure
 *   (a crashed setup, a reporter that could not write).
 */
export function countsOfRun(exitCode: number | null, reported: Counts | undefined, interrupted?: StopSignal): Counts {
  if (!reported) {
    if (exitCode === 0) return { passed: 1, failed: 0, skipped: 0 };
    return { passed: 0, failed: interrupted ? 0 : 1, skipped: 0 };
  }
  if (exitCode !== 0 && reported.failed === 0 && !interrupted) return { ...reported, failed: 1 };
  return reported;
}

/** The counts of several steps added up. */
export function addCounts(counts: readonly Counts[]): Counts {
  return {
    passed: counts.reduce((n, c) => n + c.passed, 0),
    failed: counts.reduce((n, c) => n + c.failed, 0),
    skipped: counts.reduce((n, c) => n + c.skipped, 0),
  };
}
