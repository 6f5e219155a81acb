/**
 * The conformance suite runs one vitest test per operation (registering one per check cost
 * ~1 s on the full Logto spec) while its JUnit keeps one testcase per check: the suite's report
 * writes those (lib/report), and each operation's test records in `task.meta` that its checks
 * are there, so the CLI adds the run's other tests to that JUnit without counting any twice.
 */
import { RESPONSE_CHECKS } from '../lib/checks/check-result.js';
import type { NegativeResult, PairResult } from '../lib/report/results.js';
import type { OperationSpec } from '../lib/spec/operations.js';

/** One check of an operation: one JUnit testcase of the conformance report. */
interface CheckCase {
  /** `200 status_code_conformance`, `negative_data_rejection body: missing invitee`. */
  name: string;
  outcome: 'passed' | 'failed' | 'skipped';
  /** Failure or skip reason, one line. */
  message?: string;
}

export interface CheckCounts {
  passed: number;
  failed: number;
  skipped: number;
}

declare module 'vitest' {
  interface TaskMeta {
    /** Set by an operation's conformance test: its checks are testcases of the report's JUnit. */
    conformanceChecks?: CheckCounts;
  }
}

/**
 * The operation's checks in report order: per documented status its four response checks
 * (skipped, with the reason, when the pair was not reachable), then its negative requests.
 */
export function operationCheckCases(op: OperationSpec, pairs: ReadonlyMap<string, PairResult>, negatives: readonly NegativeResult[]): CheckCase[] {
  const cases: CheckCase[] = [];
  for (const response of op.responses) {
    const pair = pairs.get(`${op.operationId} ${response.status}`);
    for (const check of RESPONSE_CHECKS) {
      const name = `${response.status} ${check}`;
      if (!pair) cases.push({ name, outcome: 'failed', message: `${op.operationId} ${name}: the run produced no result for this pair` });
      else if (pair.outcome === 'not_reachable') cases.push({ name, outcome: 'skipped', message: `not reachable: ${pair.reason ?? ''}` });
      else {
        const result = pair.checks.find((c) => c.name === check);
        cases.push(result?.outcome === 'passed' ? { name, outcome: 'passed' } : { name, outcome: 'failed', message: result?.message ?? `${op.operationId} ${name}: no result` });
      }
    }
  }
  for (const n of negatives) {
    const name = `negative_data_rejection ${n.name}`;
    cases.push(n.outcome === 'passed' ? { name, outcome: 'passed' } : { name, outcome: 'failed', message: n.message });
  }
  return cases;
}

export function countChecks(cases: readonly CheckCase[]): CheckCounts {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const c of cases) counts[c.outcome] += 1;
  return counts;
}
