import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readVitestReport } from '../../common/process/index.js';

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

interface TestFileTime {
  /** Path relative to the repo root. */
  file: string;
  ms: number;
  tests: number;
}

/** Per test file wall time from vitest's JSON report (`vitest-results.json`), slowest first. */
export function readTestFileTimes(reportsDir: string, repoRoot: string): TestFileTime[] {
  const report = readVitestReport(path.join(reportsDir, 'vitest-results.json'));
  return (report?.testResults ?? [])
    .filter((t) => typeof t.name === 'string' && typeof t.startTime === 'number' && typeof t.endTime === 'number')
    .map((t) => ({
      file: path.relative(repoRoot, t.name),
      ms: Math.round((t.endTime as number) - (t.startTime as number)),
      tests: t.assertionResults?.length ?? 0,
    }))
    .sort((a, b) => b.ms - a.ms);
}

/** How many Prisms served the run, from the CLI's `...; N Prism instance(s); ...` line. */
export function readPrismInstances(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    const match = /; (\d+) Prism instance\(s\);/.exec(line);
    if (match) return Number(match[1]);
  }
  return undefined;
}
