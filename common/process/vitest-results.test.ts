import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVitestReport, vitestCounts, type VitestAssertion, type VitestJsonReport } from './vitest-results.js';

const test = (status: VitestAssertion['status']): VitestAssertion => ({ ancestorTitles: [], title: status, status, failureMessages: status === 'failed' ? ['boom'] : [] });

describe('vitestCounts', () => {
  it('takes vitest own test counts, skipped = pending + todo', () => {
    const report: VitestJsonReport = {
      numPassedTests: 2,
      numFailedTests: 1,
      numPendingTests: 1,
      numTodoTests: 1,
      testResults: [{ name: '/a.test.ts', status: 'failed', assertionResults: [test('passed'), test('passed'), test('failed'), test('skipped'), test('todo')] }],
    };
    expect(vitestCounts(report)).toEqual({ passed: 2, failed: 1, skipped: 2 });
  });

  it('counts a file that failed outside its tests (it did not load) as one failure', () => {
    const report: VitestJsonReport = {
      numPassedTests: 1,
      numFailedTests: 0,
      testResults: [
        { name: '/ok.test.ts', status: 'passed', assertionResults: [test('passed')] },
        { name: '/broken.test.ts', status: 'failed', message: 'Cannot find module', assertionResults: [] },
      ],
    };
    expect(vitestCounts(report)).toEqual({ passed: 1, failed: 1, skipped: 0 });
  });

  it('counts from the tests themselves when the totals are missing', () => {
    const report: VitestJsonReport = { testResults: [{ name: '/a.test.ts', status: 'failed', assertionResults: [test('passed'), test('failed'), test('pending')] }] };
    expect(vitestCounts(report)).toEqual({ passed: 1, failed: 1, skipped: 1 });
  });
});

describe('readVitestReport', () => {
  it('reads a report, and gives undefined for a missing file or one that is not a vitest report', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vitest-results-'));
    try {
      const good = path.join(dir, 'good.json');
      writeFileSync(good, JSON.stringify({ numPassedTests: 0, testResults: [] }));
      const other = path.join(dir, 'other.json');
      writeFileSync(other, '{"status":"passed"}');
      const torn = path.join(dir, 'torn.json');
      writeFileSync(torn, '{"testResults": [');
      expect(readVitestReport(good)?.testResults).toEqual([]);
      expect(readVitestReport(other)).toBeUndefined();
      expect(readVitestReport(torn)).toBeUndefined();
      expect(readVitestReport(path.join(dir, 'absent.json'))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
