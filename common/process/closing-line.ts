import { plainText } from './lines.js';
import type { StopSignal } from './stop-signals.js';

/** What a run counts: tests, or checks for a step that is not a test runner. */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** The closing line CI reads: exactly `N passed, N failed` with `, N skipped` when any were skipped. */
export function summaryLine(counts: Counts): string {
  return `${counts.passed} passed, ${counts.failed} failed${counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''}`;
}

/**
 * The last line of a stopped run. It starts with "interrupted", so nothing that reads the
 * `N passed, N failed` line of a finished run (CI, `npm test`) can take it for one.
 */
export function interruptedLine(signal: StopSignal, counts: Counts): string {
  return `interrupted (${signal}): ${summaryLine(counts)} before the stop`;
}

/** The counts of a summary line, as a regular expression source: groups passed, failed, skipped. */
const COUNTS = String.raw`(\d+) passed, (\d+) failed(?:, (\d+) skipped)?`;
const SUMMARY = new RegExp(String.raw`^${COUNTS}\s*$`);
const INTERRUPTED = new RegExp(String.raw`^interrupted \((SIGINT|SIGTERM)\): ${COUNTS} before the stop\s*$`);
/** A summary line as a tool may print it among others, after its own `tool:` prefix. */
const PREFIXED_SUMMARY = new RegExp(String.raw`^(?:[\w:.-]+:\s*)?${COUNTS}$`);

function countsOf(match: RegExpExecArray, first: number): Counts {
  return { passed: Number(match[first]), failed: Number(match[first + 1]), skipped: Number(match[first + 2] ?? 0) };
}

export type ClosingLine = { kind: 'summary'; counts: Counts } | { kind: 'interrupted'; signal: StopSignal; counts: Counts };

/** Reads a runner's closing line (ANSI colours removed); `undefined` for any other line. */
export function parseClosingLine(line: string): ClosingLine | undefined {
  const plain = plainText(line);
  const summary = SUMMARY.exec(plain);
  if (summary) return { kind: 'summary', counts: countsOf(summary, 1) };
  const interrupted = INTERRUPTED.exec(plain);
  if (interrupted) return { kind: 'interrupted', signal: interrupted[1] as StopSignal, counts: countsOf(interrupted, 2) };
  return undefined;
}

/** The last `[tool:] N passed, N failed[, N skipped]` line of a run's output, if any, with the line itself. */
export function findSummaryLine(lines: readonly string[]): (Counts & { line: string }) | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = plainText(lines[i] ?? '').trim();
    const match = PREFIXED_SUMMARY.exec(line);
    if (match) return { ...countsOf(match, 1), line };
  }
  return undefined;
}
