import { summaryLine } from '../../lib/report/results.js';
import type { StopSignal } from './runner-defaults.js';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * The last line of a stopped run. It starts with "interrupted", so nothing that reads the
 * `N passed, N failed` line of a finished run (CI, `npm test`) can take it for one.
 */
export function interruptedLine(signal: StopSignal, counts: Counts): string {
  return `interrupted (${signal}): ${summaryLine(counts)} before the stop`;
}

const SUMMARY = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;
const INTERRUPTED = /^interrupted \((SIGINT|SIGTERM)\): (\d+) passed, (\d+) failed(?:, (\d+) skipped)? before the stop\s*$/;

export type ClosingLine = { kind: 'summary'; counts: Counts } | { kind: 'interrupted'; signal: StopSignal; counts: Counts };

/** Reads a runner's closing line (ANSI colours removed); `undefined` for any other line. */
export function parseClosingLine(line: string): ClosingLine | undefined {
  const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
  const summary = SUMMARY.exec(plain);
  if (summary) return { kind: 'summary', counts: { passed: Number(summary[1]), failed: Number(summary[2]), skipped: Number(summary[3] ?? 0) } };
  const interrupted = INTERRUPTED.exec(plain);
  if (interrupted) {
    return { kind: 'interrupted', signal: interrupted[1] as StopSignal, counts: { passed: Number(interrupted[2]), failed: Number(interrupted[3]), skipped: Number(interrupted[4] ?? 0) } };
  }
  return undefined;
}
