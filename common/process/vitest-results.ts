import { existsSync, readFileSync } from 'node:fs';
import type { Counts } from './closing-line.js';

/** One test as vitest's JSON reporter writes it. */
export interface VitestAssertion {
  ancestorTitles: string[];
  title: string;
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo' | 'disabled';
  duration?: number | null;
  failureMessages: string[] | null;
  meta?: Record<string, unknown>;
}

/** One test file: `failed` when a test failed or the file itself did (did not load, a hook threw). */
interface VitestFileResult {
  name: string;
  status: 'passed' | 'failed';
  message?: string;
  startTime?: number;
  endTime?: number;
  assertionResults: VitestAssertion[];
}

/** The parts of vitest's JSON reporter output (`--reporter=json`) the tooling reads. */
export interface VitestJsonReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults: VitestFileResult[];
}

/** The report in `file`, or undefined when there is none or it is not a vitest JSON report. */
export function readVitestReport(file: string): VitestJsonReport | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as VitestJsonReport;
    return Array.isArray(report.testResults) ? report : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A file that failed outside its tests: vitest marks it failed, yet none of the failures counted
 * for it so far (`failuresCounted`) explains that. It counts as one failure, or a file that could
 * not even load would pass unnoticed (vitest counts no test in it).
 */
export function isBrokenFile(file: VitestFileResult, failuresCounted: number): boolean {
  return file.status === 'failed' && failuresCounted === 0;
}

/**
 * A run's counts, the one way the tooling counts a vitest report: vitest's own test counts, plus
 * one failure for every broken file (see `isBrokenFile`). Skipped = skipped, pending and todo.
 */
export function vitestCounts(report: VitestJsonReport): Counts {
  const brokenFiles = report.testResults.filter((file) => isBrokenFile(file, file.assertionResults.filter((t) => t.status === 'failed').length)).length;
  const count = (status: VitestAssertion['status'][]): number => report.testResults.reduce((n, file) => n + file.assertionResults.filter((t) => status.includes(t.status)).length, 0);
  return {
    passed: report.numPassedTests ?? count(['passed']),
    failed: (report.numFailedTests ?? count(['failed'])) + brokenFiles,
    skipped: report.numPendingTests !== undefined || report.numTodoTests !== undefined ? (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) : count(['skipped', 'pending', 'todo', 'disabled']),
  };
}
