import { describe, expect, it } from 'vitest';
import type { ConformanceReport, PairResult } from '../../lib/report/results.js';
import { renderJunit } from '../../lib/report/write-junit.js';
import { casesOutsideReport, type VitestJsonReport } from './suite-cases.js';
import { junitTotals, mergeJunit, summaryCounts } from './suite-junit.js';

const ROOT = '/repo';
const CONFORMANCE = `${ROOT}/contract-tests/mock/spec-conformance.mock.test.ts`;
const E2E = `${ROOT}/contract-tests/mock/client.mock.test.ts`;
const LIFECYCLE = `${ROOT}/contract-tests/mock/prism-lifecycle.mock.test.ts`;

type Test = VitestJsonReport['testResults'][number]['assertionResults'][number];

function pair(operationId: string, status: string, failed: string[] = []): PairResult {
  const names = ['not_a_server_error', 'status_code_conformance', 'content_type_conformance', 'response_schema_conformance'] as const;
  const checks = names.map((name) => (failed.includes(name) ? { name, outcome: 'failed' as const, message: `${operationId} ${status} ${name}: wrong` } : { name, outcome: 'passed' as const, message: 'ok' }));
  return { operationId, method: 'GET', path: `/${operationId}`, tags: [], status, outcome: failed.length > 0 ? 'failed' : 'passed', observedStatus: Number(status), checks };
}

// Four failed checks over two operations (2 x 4 + 4 = 12 checks), as the conformance suite's own JUnit has them.
const report: ConformanceReport = {
  title: 'Test API',
  specSource: 'spec.yaml',
  openapi: '3.0.3',
  target: 'Prism mock',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1000,
  operations: 2,
  pairs: [pair('GetThing', '200', ['status_code_conformance', 'response_schema_conformance']), pair('GetThing', '404'), pair('ListThings', '200', ['content_type_conformance', 'response_schema_conformance'])],
  negatives: [],
  findings: [],
};

function opTest(title: string, counts: { passed: number; failed: number; skipped: number }, status: Test['status'], failureMessages: string[] = []): Test {
  return { ancestorTitles: [], title, status, failureMessages, meta: { conformanceChecks: counts } };
}

function test(title: string, status: Test['status'], failureMessages: string[] = []): Test {
  return { ancestorTitles: ['generated client'], title, status, duration: 12, failureMessages };
}

const e2eTests = ['list', 'create', 'get', 'delete', 'replace status', 'message', 'typed error', 'refused request'].map((t, i) =>
  i < 4 ? test(t, 'failed', [`AssertionError: ${t} went wrong <&>\n    at client.mock.test.ts:1:1`]) : test(t, 'passed'),
);

const vitest: VitestJsonReport = {
  testResults: [
    {
      name: CONFORMANCE,
      status: 'failed',
      assertionResults: [
        opTest('GetThing (GET /GetThing)', { passed: 6, failed: 2, skipped: 0 }, 'failed', ['Error: 2 of 8 checks failed']),
        opTest('ListThings (GET /ListThings)', { passed: 2, failed: 2, skipped: 0 }, 'failed', ['Error: 2 of 4 checks failed']),
      ],
    },
    { name: E2E, status: 'failed', assertionResults: e2eTests },
    { name: LIFECYCLE, status: 'passed', assertionResults: [{ ancestorTitles: ['Prism lifecycle'], title: 'answers', status: 'passed', failureMessages: [] }] },
  ],
};

describe('the mock run JUnit', () => {
  it('holds every test of the run: the per-check conformance testcases and the client end-to-end tests, each failure once', () => {
    const xml = mergeJunit(renderJunit(report), report.title, casesOutsideReport(vitest, ROOT));
    // 12 checks + 8 client tests + 1 lifecycle test; 4 failed checks + 4 failed client tests.
    expect(junitTotals(xml)).toEqual({ tests: 21, failures: 8, errors: 0, skipped: 0 });
    expect(summaryCounts(junitTotals(xml))).toEqual({ passed: 13, failed: 8, skipped: 0 });
    expect(xml.match(/<testsuites /g)).toHaveLength(1);
    expect(xml).toContain('<testsuite name="contract-tests/mock/client.mock.test.ts" tests="8" failures="4" skipped="0" errors="0">');
    expect(xml).toContain('<testcase classname="generated client" name="get" time="0.012"><failure message="AssertionError: get went wrong &lt;&amp;&gt;" type="test">');
    expect(xml).toContain('<testcase classname="Prism lifecycle" name="answers"/>');
    expect(xml).toContain('<testcase classname="GetThing" name="200 response_schema_conformance"><failure');
    // The operation tests that failed because of their checks are not testcases themselves.
    expect(xml).not.toContain('checks failed');
    expect(xml.match(/<failure /g)).toHaveLength(8);
  });

  it('counts a test that failed beyond its checks, a file that did not load and a failed hook once each', () => {
    const cases = casesOutsideReport(
      {
        testResults: [
          { name: CONFORMANCE, status: 'failed', assertionResults: [opTest('GetThing (GET /GetThing)', { passed: 8, failed: 0, skipped: 0 }, 'failed', ['TypeError: boom'])] },
          { name: E2E, status: 'failed', message: 'SyntaxError: Unexpected token', assertionResults: [] },
          { name: LIFECYCLE, status: 'failed', message: 'beforeAll: no Prism', assertionResults: [test('answers', 'skipped')] },
        ],
      },
      ROOT,
    );
    expect(cases.map((c) => [c.suite, c.name, c.outcome, c.message])).toEqual([
      ['contract-tests/mock/spec-conformance.mock.test.ts', 'GetThing (GET /GetThing)', 'failed', 'TypeError: boom'],
      ['contract-tests/mock/client.mock.test.ts', '(test file)', 'failed', 'SyntaxError: Unexpected token'],
      ['contract-tests/mock/prism-lifecycle.mock.test.ts', 'answers', 'skipped', undefined],
      ['contract-tests/mock/prism-lifecycle.mock.test.ts', '(test file)', 'failed', 'beforeAll: no Prism'],
    ]);
  });

  it('still lists the other tests when the conformance suite wrote no JUnit (it failed to load)', () => {
    const xml = mergeJunit(undefined, 'Test API', casesOutsideReport({ testResults: [{ name: E2E, status: 'failed', assertionResults: e2eTests }] }, ROOT));
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="contract Test API" tests="8" failures="4" skipped="0" errors="0">\n  <testsuite /);
    expect(summaryCounts(junitTotals(xml))).toEqual({ passed: 4, failed: 4, skipped: 0 });
  });
});
