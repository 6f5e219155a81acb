import { describe, expect, it } from 'vitest';
import type { Observation } from '../support/observation.js';
import type { VersionGap } from '../support/version-gap.js';
import type { RunSummary, TestOutcome } from './run-results.js';
import { versionSummaryLines, withVersionVerdicts } from './version-outcomes.js';

const gap: VersionGap = { logto: '1.40.0', compared: 'unit', notServed: ['ListActions'], changes: {} };
const FILE = 'contract-tests/live/scenarios/x.live.test.ts';

function test(name: string, state: TestOutcome['state']): TestOutcome {
  return { file: FILE, name, state, durationMs: 1, errors: state === 'failed' ? [{ name: 'AssertionError', message: 'expected 200, got 404' }] : [] };
}

function seen(name: string, extra: Partial<Observation>): Observation {
  return { test: name, file: FILE, target: 'main', operationId: 'GetUser', method: 'GET', path: '/api/users/{userId}', status: 200, contentType: 'application/json', deliberatelyInvalid: false, violations: [], durationMs: 1, ...extra };
}

const explained = { check: 'response_schema_conformance' as const, message: 'missing cimdClientId', because: ['new response 200 body field `cimdClientId`'] };
const broken = { check: 'response_schema_conformance' as const, message: 'missing name' };

function run(tests: TestOutcome[], observations: Observation[]): RunSummary {
  const summary: RunSummary = { tests, running: [], errors: [], ended: true, counts: { passed: 0, failed: 0, skipped: 0 } };
  return withVersionVerdicts(summary, observations, gap);
}

describe('what the target\'s version explains, per test', () => {
  it('a failed test that called an operation the target does not serve is not served, not failed', () => {
    const result = run([test('actions', 'failed')], [seen('actions', { operationId: 'ListActions', status: 404, notServed: true })]);
    expect(result.tests[0]?.version).toEqual({ verdict: 'not served', why: 'ListActions is not served by this Logto (1.40.0)' });
    expect(result.counts).toMatchObject({ passed: 0, failed: 0, notServed: 1, versionDifferences: 0 });
  });

  it('a test that passed only because answers were excused counts as a version difference', () => {
    const result = run([test('user', 'passed')], [seen('user', { versionDifferences: [explained] })]);
    expect(result.tests[0]?.version?.verdict).toBe('version difference');
    expect(result.counts).toMatchObject({ passed: 0, failed: 0, versionDifferences: 1 });
  });

  it('a test failing on its own assertion right after an answer the specs explain is a version difference', () => {
    const result = run([test('user', 'failed')], [seen('user', { versionDifferences: [explained] })]);
    expect(result.tests[0]?.version?.verdict).toBe('version difference');
  });

  it('the answer the assertion was about is the last request the failure names, not the cleanup after it', () => {
    const failed = { ...test('user', 'failed'), errors: [{ name: 'AssertionError', message: 'expected cimdClientId\nlast request before the failure: POST /api/users → 200\n  reproduce: curl ...' }] };
    const observations = [seen('user', { method: 'POST', path: '/api/users', versionDifferences: [explained] }), seen('user', { operationId: 'DeleteUser', method: 'DELETE', status: 204 })];
    expect(run([failed], observations).tests[0]?.version?.verdict).toBe('version difference');
    // Without the name, the cleanup's answer is the last one seen, and it differed in nothing.
    expect(run([test('user', 'failed')], observations).tests[0]?.version).toBeUndefined();
  });

  it('a real breakage on a served operation still fails, whatever else the test met', () => {
    const result = run(
      [test('broken', 'failed'), test('later', 'failed')],
      [seen('broken', { versionDifferences: [explained], violations: [broken] }), seen('later', { versionDifferences: [explained] }), seen('later', { operationId: 'GetOrganization', status: 500 })],
    );
    expect(result.tests.map((t) => t.version)).toEqual([undefined, undefined]);
    expect(result.counts).toMatchObject({ failed: 2, notServed: 0, versionDifferences: 0 });
    expect(versionSummaryLines(result, gap).at(-1)).toMatch(/^left failing, not explained by Logto 1\.40\.0's spec \(breakage, or a bug of ours\): broken; later$/);
  });

  it('without a gap (the target serves the spec under test) nothing changes', () => {
    const summary: RunSummary = { tests: [test('actions', 'failed')], running: [], errors: [], ended: true, counts: { passed: 0, failed: 1, skipped: 0 } };
    expect(withVersionVerdicts(summary, [seen('actions', { notServed: true })], undefined)).toBe(summary);
  });
});
