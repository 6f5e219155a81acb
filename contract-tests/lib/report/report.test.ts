import { describe, expect, it } from 'vitest';
import type { ConformanceReport } from './results.js';
import { summaryLine, totals } from './results.js';
import { renderHtml } from './write-html.js';
import { renderJunit } from './write-junit.js';
import { renderMarkdown } from './write-markdown.js';

const check = (name: 'not_a_server_error' | 'status_code_conformance' | 'content_type_conformance' | 'response_schema_conformance', failed = false) => ({
  name,
  outcome: failed ? ('failed' as const) : ('passed' as const),
  message: failed ? `GetThing 200 ${name}: /id must be string (value: 7) <&>` : 'ok',
});

const report: ConformanceReport = {
  title: 'Test API',
  specSource: 'spec.yaml',
  openapi: '3.0.3',
  target: 'Prism mock',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1234,
  operations: 2,
  pairs: [
    { operationId: 'GetThing', method: 'GET', path: '/things/{id}', tags: [], status: '200', outcome: 'failed', observedStatus: 200, checks: [check('not_a_server_error'), check('status_code_conformance'), check('content_type_conformance'), check('response_schema_conformance', true)] },
    { operationId: 'GetThing', method: 'GET', path: '/things/{id}', tags: [], status: '404', outcome: 'passed', observedStatus: 404, checks: [check('not_a_server_error'), check('status_code_conformance'), check('content_type_conformance'), check('response_schema_conformance')] },
    { operationId: 'Odd', method: 'POST', path: '/odd', tags: [], status: '200', outcome: 'not_reachable', reason: 'no valid request', checks: [] },
  ],
  negatives: [{ operationId: 'Odd', method: 'POST', path: '/odd', name: 'body: wrong type', outcome: 'passed', observedStatus: 422, message: 'refused with 422' }],
  findings: [{ kind: 'pattern-regex-literal', pointer: '#/x/pattern', message: 'regex literal', occurrences: 3 }],
};

describe('reports', () => {
  it('counts checks: not-reachable pairs skip their four checks, negatives count as checks', () => {
    const t = totals(report);
    expect(t.pairs).toEqual({ total: 3, passed: 1, failed: 1, not_reachable: 1 });
    expect(t.checks).toEqual({ passed: 8, failed: 1, skipped: 4 });
  });

  it('prints the CI summary line exactly', () => {
    expect(summaryLine({ passed: 8, failed: 1, skipped: 4 })).toBe('8 passed, 1 failed, 4 skipped');
    expect(summaryLine({ passed: 3, failed: 0, skipped: 0 })).toBe('3 passed, 0 failed');
  });

  it('renders a Markdown matrix with a row per operation, failures, unreachable pairs and findings', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('| GetThing | `GET /things/{id}` | ❌ | ✅ | 2 | 1 | 1 | 0 |  |');
    expect(md).toContain('| Odd | `POST /odd` | ⚪ |  | 0 | 0 | 0 | 1 | 1/1 |');
    expect(md).toContain('GetThing 200 response_schema_conformance: /id must be string (value: 7)');
    expect(md).toContain('- Odd 200: no valid request');
    expect(md).toContain('**pattern-regex-literal** at `#/x/pattern` (and 2 more)');
  });

  it('renders a self-contained HTML page with escaped text and no external assets', () => {
    const html = renderHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link|<script|src=|https?:\/\//);
    expect(html).toContain('&lt;&amp;&gt;');
    expect(html).toContain('<td class="failed"');
    expect(html).toContain('<td class="not_reachable"');
  });

  it('renders JUnit XML with one testcase per check, failures and skips', () => {
    const xml = renderJunit(report);
    expect(xml).toContain('<testsuites name="contract Test API" tests="13" failures="1" skipped="4"');
    expect(xml).toContain('<testcase classname="GetThing" name="200 response_schema_conformance"><failure message="GetThing 200 response_schema_conformance: /id must be string (value: 7) &lt;&amp;&gt;"');
    expect(xml).toContain('<testcase classname="Odd" name="200 status_code_conformance"><skipped message="not reachable: no valid request"/>');
    expect(xml).toContain('name="negative_data_rejection body: wrong type"/>');
  });

  it('a failed check carries pointer, expected, actual and the command that repeats the request into every report', () => {
    const failing = {
      ...report,
      pairs: [
        {
          ...(report.pairs[0] as (typeof report.pairs)[number]),
          checks: [
            {
              name: 'response_schema_conformance' as const,
              outcome: 'failed' as const,
              message: 'GetThing 200 response_schema_conformance: /id must be string (value: 7)',
              details: [{ pointer: '/id', message: 'must be string', expected: 'must be string', value: 7 }],
              reproduce: `curl -X GET 'http://x/things/1' -H "Authorization: Bearer $LOGTO_TOKEN"`,
            },
          ],
        },
      ],
    };
    const xml = renderJunit(failing);
    expect(xml).toContain('type="response_schema_conformance">check: response_schema_conformance\nGetThing 200 response_schema_conformance: /id must be string (value: 7)\nat /id: expected must be string; actual 7\nreproduce: curl -X GET &apos;http://x/things/1&apos; -H &quot;Authorization: Bearer $LOGTO_TOKEN&quot;</failure>');
    expect(renderMarkdown(failing)).toContain('- GetThing 200 response_schema_conformance: /id must be string (value: 7)\n\n  ```sh\n  curl -X GET \'http://x/things/1\' -H "Authorization: Bearer $LOGTO_TOKEN"\n  ```');
    expect(renderHtml(failing)).toContain('<pre>curl -X GET &apos;http://x/things/1&apos; -H &quot;Authorization: Bearer $LOGTO_TOKEN&quot;</pre>');
  });

  it('an interrupted run says so on top of every report, and its JUnit has an error CI cannot read as a pass', () => {
    const stopped = { ...report, interrupted: 'stopped by SIGINT after 3.0 s' };
    expect(renderMarkdown(stopped)).toContain('> **Interrupted**: stopped by SIGINT after 3.0 s');
    expect(renderHtml(stopped)).toContain('<strong>Interrupted</strong>: stopped by SIGINT after 3.0 s');
    const xml = renderJunit(stopped);
    expect(xml).toContain('<testsuites name="contract Test API (interrupted)" tests="14" failures="1" skipped="4" errors="1"');
    expect(xml).toContain('<error message="stopped by SIGINT after 3.0 s" type="interrupted"/>');
  });
});
