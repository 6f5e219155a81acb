import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPrismInstances, readSuiteRequestPhaseMs, readTestFileTimes } from './read-mock-report.js';
import { findVitestDurationLine } from './vitest-duration.js';

describe('mock suite report readers', () => {
  it('finds vitest\'s Duration line through its colour codes', () => {
    const lines = ['x', '\u001b[2m   Duration \u001b[22m 7.06s\u001b[2m (transform 488ms)\u001b[22m', 'y'];
    expect(findVitestDurationLine(lines)).toBe('Duration  7.06s (transform 488ms)');
    expect(findVitestDurationLine(['no timing here'])).toBeUndefined();
  });

  it('reads the number of Prism instances from the CLI output', () => {
    expect(readPrismInstances(['x', 'contract:mock: spec /s.json; 2 Prism instance(s); reports in /r (...); wall time 7.1 s', '1 passed, 0 failed'])).toBe(2);
    expect(readPrismInstances(['1 passed, 0 failed'])).toBeUndefined();
  });

  it('reads durationMs from coverage.json and tolerates a missing or odd report', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-mock-report-'));
    try {
      expect(readSuiteRequestPhaseMs(dir)).toBeUndefined();
      await writeFile(path.join(dir, 'coverage.json'), JSON.stringify({ durationMs: 1234 }));
      expect(readSuiteRequestPhaseMs(dir)).toBe(1234);
      await writeFile(path.join(dir, 'coverage.json'), '{"durationMs":"soon"}');
      expect(readSuiteRequestPhaseMs(dir)).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lists test files from vitest-results.json slowest first, relative to the repo', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-mock-report-'));
    try {
      expect(readTestFileTimes(dir, '/repo')).toEqual([]);
      const testResults = [
        { name: '/repo/a.test.ts', startTime: 0, endTime: 500, assertionResults: [{}] },
        { name: '/repo/b.test.ts', startTime: 100, endTime: 2100, assertionResults: [{}, {}] },
        { name: 42, startTime: 0, endTime: 1 },
      ];
      await writeFile(path.join(dir, 'vitest-results.json'), JSON.stringify({ testResults }));
      expect(readTestFileTimes(dir, '/repo')).toEqual([
        { file: 'b.test.ts', ms: 2000, tests: 2 },
        { file: 'a.test.ts', ms: 500, tests: 1 },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
