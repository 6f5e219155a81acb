import type { ConformanceReport, PairOutcome, PairResult } from './results.js';

interface MatrixRow {
  operationId: string;
  method: string;
  path: string;
  cells: Map<string, PairResult>;
  negatives: { passed: number; failed: number };
  /** Pairs of this operation by outcome; `checked` = passed + failed. */
  counts: { checked: number; passed: number; failed: number; not_reachable: number };
}

/** Operation × status grid; `statuses` is the union over all operations, sorted. */
export function buildMatrix(report: ConformanceReport): { statuses: string[]; rows: MatrixRow[] } {
  const rows = new Map<string, MatrixRow>();
  const statuses = new Set<string>();
  for (const pair of report.pairs) {
    statuses.add(pair.status);
    let row = rows.get(pair.operationId);
    if (!row) {
      row = { operationId: pair.operationId, method: pair.method, path: pair.path, cells: new Map(), negatives: { passed: 0, failed: 0 }, counts: { checked: 0, passed: 0, failed: 0, not_reachable: 0 } };
      rows.set(pair.operationId, row);
    }
    row.cells.set(pair.status, pair);
    row.counts[pair.outcome] += 1;
    if (pair.outcome !== 'not_reachable') row.counts.checked += 1;
  }
  for (const n of report.negatives) {
    const row = rows.get(n.operationId);
    if (row) row.negatives[n.outcome] += 1;
  }
  return { statuses: [...statuses].sort(), rows: [...rows.values()] };
}

export const OUTCOME_SYMBOL: Record<PairOutcome, string> = { passed: '✅', failed: '❌', not_reachable: '⚪' };
export const OUTCOME_LABEL: Record<PairOutcome, string> = { passed: 'passed', failed: 'failed', not_reachable: 'not reachable' };

/** The failure lines of a pair, or its not-reachable reason. */
export function pairMessages(pair: PairResult): string[] {
  if (pair.outcome === 'not_reachable') return [pair.reason ?? 'not reachable'];
  return pair.checks.filter((c) => c.outcome === 'failed').map((c) => c.message);
}

/** A failed check or negative request as the reports list it: the one-line message and, when known, the command that repeats the request. */
interface FailureEntry {
  message: string;
  reproduce?: string;
}

export function failureEntries(report: ConformanceReport): FailureEntry[] {
  const fromPairs = report.pairs
    .filter((p) => p.outcome === 'failed')
    .flatMap((p) => p.checks.filter((c) => c.outcome === 'failed').map((c) => ({ message: c.message, ...(c.reproduce ? { reproduce: c.reproduce } : {}) })));
  const fromNegatives = report.negatives.filter((n) => n.outcome === 'failed').map((n) => ({ message: n.message }));
  return [...fromPairs, ...fromNegatives];
}
