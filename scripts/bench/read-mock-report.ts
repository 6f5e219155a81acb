import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The mock suite's own timing of its request phase (sending and checking every request), from
 * the conformance report it writes (`coverage.json`, field `durationMs`); undefined if absent.
 */
export function readSuiteRequestPhaseMs(reportsDir: string): number | undefined {
  try {
    const report = JSON.parse(readFileSync(path.join(reportsDir, 'coverage.json'), 'utf8')) as { durationMs?: unknown };
    return typeof report.durationMs === 'number' ? report.durationMs : undefined;
  } catch {
    return undefined;
  }
}

/** Vitest's `Duration 146.03s (transform …, setup …, import …, tests …)` line, colour stripped. */
export function findVitestDurationLine(lines: readonly string[]): string | undefined {
  return lines
    .map((line) => line.replace(/\u001b\[[0-9;]*m/g, '').trim())
    .reverse()
    .find((line) => line.startsWith('Duration '));
}
