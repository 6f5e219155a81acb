import { describe, expect, it } from 'vitest';
import { renderTestsJunit, summarizeRun } from './run-results.js';
import type { StreamRecord } from './run-stream.js';

const file = 'contract-tests/live/scenarios/a.live.test.ts';
const records: StreamRecord[] = [
  { type: 'start', id: '1', file, name: 'passes' },
  { type: 'test', id: '1', file, name: 'passes', state: 'passed', durationMs: 10, errors: [] },
  { type: 'start', id: '2', file, name: 'fails twice' },
  {
    type: 'test',
    id: '2',
    file,
    name: 'fails twice',
    state: 'failed',
    durationMs: 20,
    errors: [
      { name: 'AssertionError', message: 'expected 201, got 400\nlast request before the failure: POST /api/x → 400', detail: '    at a.live.test.ts:3:5' },
      { name: 'Error', message: 'cleanup problems:\n  - cleanup of user u1 answered 500' },
    ],
  },
  { type: 'test', id: '3', file, name: 'skipped', state: 'skipped', durationMs: 0, errors: [] },
  { type: 'start', id: '4', file, name: 'still running' },
  { type: 'error', file: 'contract-tests/live/scenarios/b.live.test.ts', where: 'file', errors: [{ name: 'Error', message: 'No test found in suite' }] },
];

describe('live run results', () => {
  it('counts a test once whatever its errors; a failure outside any test fails the run too; tests cut off are listed', () => {
    const summary = summarizeRun(records);
    expect(summary.counts).toEqual({ passed: 1, failed: 2, skipped: 1 });
    expect(summary.running).toEqual([{ file, name: 'still running' }]);
    expect(summary.ended).toBe(false);
    expect(summarizeRun([...records, { type: 'end', reason: 'failed' }]).ended).toBe(true);
  });

  it('junit.xml: one <failure> per failed test holding all its errors; cut-off tests and the interrupt as errors', () => {
    const xml = renderTestsJunit(summarizeRun(records), { suiteName: 'contract:live', durationMs: 1234, interrupted: 'stopped by SIGINT after 1.2 s' });
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toContain(
      '<testcase classname="contract-tests/live/scenarios/a.live.test.ts" name="fails twice" time="0.020"><failure message="expected 201, got 400" type="AssertionError">AssertionError: expected 201, got 400\nlast request before the failure: POST /api/x → 400\n    at a.live.test.ts:3:5\n\nError: cleanup problems:\n  - cleanup of user u1 answered 500</failure></testcase>',
    );
    expect(xml).toContain('name="still running"><error message="interrupted before it finished" type="interrupted"/>');
    expect(xml).toContain('<testcase classname="run" name="completed"><error message="stopped by SIGINT after 1.2 s" type="interrupted"/></testcase>');
    expect(xml).toMatch(/<testsuites name="contract:live \(interrupted\)" tests="6" failures="2" errors="2" skipped="1" time="1.234">/);
  });
});
