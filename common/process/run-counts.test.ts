import { describe, expect, it } from 'vitest';
import { addCounts, countsOfRun } from './run-counts.js';

describe('countsOfRun', () => {
  it('keeps what a step reported when its exit code agrees', () => {
    expect(countsOfRun(0, { passed: 5, failed: 0, skipped: 1 })).toEqual({ passed: 5, failed: 0, skipped: 1 });
    expect(countsOfRun(1, { passed: 5, failed: 2, skipped: 0 })).toEqual({ passed: 5, failed: 2, skipped: 0 });
  });

  it('a non-zero exit with "0 failed" is one failure, unless the step was stopped', () => {
    expect(countsOfRun(1, { passed: 5, failed: 0, skipped: 0 })).toEqual({ passed: 5, failed: 1, skipped: 0 });
    expect(countsOfRun(null, { passed: 5, failed: 0, skipped: 0 })).toEqual({ passed: 5, failed: 1, skipped: 0 });
    expect(countsOfRun(130, { passed: 5, failed: 0, skipped: 0 }, 'SIGINT')).toEqual({ passed: 5, failed: 0, skipped: 0 });
  });

  it('a step that reported nothing is one check; stopped before its summary, it failed nothing', () => {
    expect(countsOfRun(0, undefined)).toEqual({ passed: 1, failed: 0, skipped: 0 });
    expect(countsOfRun(2, undefined)).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(countsOfRun(143, undefined, 'SIGTERM')).toEqual({ passed: 0, failed: 0, skipped: 0 });
  });
});

describe('addCounts', () => {
  it('adds every field', () => {
    expect(addCounts([{ passed: 1, failed: 2, skipped: 3 }, { passed: 10, failed: 0, skipped: 1 }])).toEqual({ passed: 11, failed: 2, skipped: 4 });
  });
});
