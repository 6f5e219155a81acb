import type { ConformanceReport } from './results.js';
import { totals } from './results.js';
import { RESPONSE_CHECKS } from '../checks/check-result.js';
import { escapeXml as x } from './escape.js';
import { checkFailureText } from './failure-text.js';

/** One testsuite per operation, one testcase per (status, check) and per negative request. */
export function renderJunit(report: ConformanceReport): string {
  const t = totals(report);
  const byOperation = new Map<string, string[]>();
  const counts = new Map<string, { tests: number; failures: number; skipped: number }>();
  const add = (op: string, xml: string, kind: 'passed' | 'failed' | 'skipped') => {
    if (!byOperation.has(op)) {
      byOperation.set(op, []);
      counts.set(op, { tests: 0, failures: 0, skipped: 0 });
    }
    byOperation.get(op)?.push(xml);
    const c = counts.get(op) as { tests: number; failures: number; skipped: number };
    c.tests += 1;
    if (kind === 'failed') c.failures += 1;
    if (kind === 'skipped') c.skipped += 1;
  };
  for (const pair of report.pairs) {
    const cls = x(`${pair.operationId}`);
    if (pair.outcome === 'not_reachable') {
      for (const name of RESPONSE_CHECKS) add(pair.operationId, `<testcase classname="${cls}" name="${x(`${pair.status} ${name}`)}"><skipped message="${x(`not reachable: ${pair.reason ?? ''}`)}"/></testcase>`, 'skipped');
      continue;
    }
    for (const check of pair.checks) {
      const open = `<testcase classname="${cls}" name="${x(`${pair.status} ${check.name}`)}"`;
      if (check.outcome === 'passed') add(pair.operationId, `${open}/>`, 'passed');
      else add(pair.operationId, `${open}><failure message="${x(check.message)}" type="${x(check.name)}">${x(checkFailureText(check))}</failure></testcase>`, 'failed');
    }
  }
  for (const n of report.negatives) {
    const open = `<testcase classname="${x(n.operationId)}" name="${x(`negative_data_rejection ${n.name}`)}"`;
    if (n.outcome === 'passed') add(n.operationId, `${open}/>`, 'passed');
    else add(n.operationId, `${open}><failure message="${x(n.message)}" type="negative_data_rejection"/></testcase>`, 'failed');
  }
  const suites = [...byOperation.entries()].map(([op, cases]) => {
    const c = counts.get(op) as { tests: number; failures: number; skipped: number };
    return `  <testsuite name="${x(op)}" tests="${c.tests}" failures="${c.failures}" skipped="${c.skipped}" errors="0">\n    ${cases.join('\n    ')}\n  </testsuite>`;
  });
  // An interrupted run is one error more: CI must not read its partial results as a pass.
  if (report.interrupted) {
    suites.push(`  <testsuite name="run" tests="1" failures="0" skipped="0" errors="1">\n    <testcase classname="run" name="completed"><error message="${x(report.interrupted)}" type="interrupted"/></testcase>\n  </testsuite>`);
  }
  const errors = report.interrupted ? 1 : 0;
  const all = t.checks.passed + t.checks.failed + t.checks.skipped + errors;
  const name = `contract ${report.title}${report.interrupted ? ' (interrupted)' : ''}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${x(name)}" tests="${all}" failures="${t.checks.failed}" skipped="${t.checks.skipped}" errors="${errors}" time="${(report.durationMs / 1000).toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
