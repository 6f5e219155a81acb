import { existsSync, readFileSync } from 'node:fs';

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Counts from vitest's JSON reporter; undefined when the run died before writing it. */
export function readVitestCounts(file: string): RunCounts | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests?: number;
      numFailedTests?: number;
      numPendingTests?: number;
      numTodoTests?: number;
      testResults?: Array<{ status?: string; message?: string }>;
    };
    if (typeof report.numPassedTests !== 'number') return undefined;
    // A file that failed to load (or a failing teardown) fails no test but must fail the run.
    const brokenFiles = (report.testResults ?? []).filter((r) => r.status === 'failed' && r.message).length;
    return {
      passed: report.numPassedTests,
      failed: (report.numFailedTests ?? 0) + brokenFiles,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  } catch {
    return undefined;
  }
}
