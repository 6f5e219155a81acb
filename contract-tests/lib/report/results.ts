import type { CheckResult } from '../checks/check-result.js';
import type { SpecFinding } from '../findings.js';

export type PairOutcome = 'passed' | 'failed' | 'not_reachable';

/** One documented (operation, status) pair and what the checks made of it. */
export interface PairResult {
  operationId: string;
  method: string;
  path: string;
  tags: string[];
  /** As documented (`200`, `4XX`, `default`). */
  status: string;
  outcome: PairOutcome;
  /** Why the pair was not reachable. */
  reason?: string;
  observedStatus?: number;
  checks: CheckResult[];
}

/** One request the spec forbids, and whether the server refused it. */
export interface NegativeResult {
  operationId: string;
  method: string;
  path: string;
  name: string;
  outcome: 'passed' | 'failed';
  observedStatus?: number;
  message: string;
}

export interface ConformanceReport {
  title: string;
  specSource: string;
  openapi: string;
  /** What answered, e.g. `Prism 5.14.2 mock`. Never includes credentials. */
  target: string;
  startedAt: string;
  durationMs: number;
  operations: number;
  pairs: PairResult[];
  negatives: NegativeResult[];
  findings: SpecFinding[];
  /** Set when the run was stopped (Ctrl-C, a cancelled CI job): why, and that the results are partial. */
  interrupted?: string;
}

interface ReportTotals {
  pairs: Record<PairOutcome, number> & { total: number };
  checks: { passed: number; failed: number; skipped: number };
  negatives: { passed: number; failed: number };
}

export function totals(report: ConformanceReport): ReportTotals {
  const pairs = { total: report.pairs.length, passed: 0, failed: 0, not_reachable: 0 };
  const checks = { passed: 0, failed: 0, skipped: 0 };
  for (const pair of report.pairs) {
    pairs[pair.outcome] += 1;
    if (pair.outcome === 'not_reachable') checks.skipped += 4;
    else for (const c of pair.checks) checks[c.outcome] += 1;
  }
  const negatives = { passed: 0, failed: 0 };
  for (const n of report.negatives) {
    negatives[n.outcome] += 1;
    checks[n.outcome] += 1;
  }
  return { pairs, checks, negatives };
}

/** The closing line CI reads (one definition, with the other closing lines of the tooling). */
export { summaryLine } from '../../../common/process/closing-line.js';
