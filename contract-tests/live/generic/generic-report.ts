import path from 'node:path';
import { createContractContext } from '../../lib/context.js';
import { writeFileAtomic } from '../../lib/report/atomic-write.js';
import { loadSpec } from '../../../common/spec/index.js';
import { listOperations } from '../../lib/spec/operations.js';
import type { TestOutcome } from '../runner/run-results.js';
import type { TargetInfo } from '../support/live-plan.js';
import { GENERIC_CHECK_NAMES, GENERIC_CHECKS, parseGenericTestName, type GenericCheck } from './generic-checks.js';
import { planGeneric, type PlannedOperation } from './generic-plan.js';
import { operationsInScope, scopeFor } from './generic-scope.js';

type GenericOutcome = 'passed' | 'failed' | 'not run' | 'not sent';

/** One operation × check of the generic phase. */
interface GenericCell {
  operationId: string;
  method: string;
  path: string;
  check: GenericCheck;
  outcome: GenericOutcome;
  /** For `failed`: the first line of what went wrong; for `not sent`: why the check does not apply. */
  message?: string;
}

interface GenericReport {
  spec: string;
  target: string;
  scope: string;
  operations: number;
  /** Per check: operations it was sent to, passed, failed, not run (a stopped run), not applicable. */
  checks: Record<GenericCheck, Record<GenericOutcome, number>>;
  cells: GenericCell[];
}

/** The generic phase's plan for a spec and a kind of target, as the test file builds it (ids aside). */
export async function planFor(specPath: string, kind: TargetInfo['kind']): Promise<{ planned: PlannedOperation[]; scope: string }> {
  const spec = await loadSpec(specPath);
  const { operations, scope } = await operationsInScope(listOperations(spec), scopeFor(kind));
  let n = 0;
  return { planned: planGeneric(createContractContext(spec), operations, () => `ct-report${(n += 1)}`), scope };
}

/** Joins the plan with the run's test results: every operation × check is passed, failed, not run or not sent. */
export function buildGenericReport(planned: readonly PlannedOperation[], tests: readonly TestOutcome[], header: Pick<GenericReport, 'spec' | 'target' | 'scope'>): GenericReport {
  const results = new Map<string, TestOutcome>();
  for (const t of tests) {
    const parsed = parseGenericTestName(t.name);
    if (parsed) results.set(`${parsed.check} ${parsed.operationId}`, t);
  }
  const cells: GenericCell[] = [];
  for (const { operation, cases, notSent } of planned) {
    const base = { operationId: operation.operationId, method: operation.method.toUpperCase(), path: operation.path };
    for (const check of GENERIC_CHECK_NAMES) {
      const skipped = notSent.find((n) => n.check === check);
      if (skipped) {
        cells.push({ ...base, check, outcome: 'not sent', message: skipped.reason });
        continue;
      }
      if (!cases.some((c) => c.check === check)) continue;
      const result = results.get(`${check} ${operation.operationId}`);
      if (!result || result.state === 'skipped') cells.push({ ...base, check, outcome: 'not run' });
      else if (result.state === 'passed') cells.push({ ...base, check, outcome: 'passed' });
      else cells.push({ ...base, check, outcome: 'failed', message: firstLine(result) });
    }
  }
  const checks = Object.fromEntries(
    GENERIC_CHECK_NAMES.map((check) => {
      const counts: Record<GenericOutcome, number> = { passed: 0, failed: 0, 'not run': 0, 'not sent': 0 };
      for (const cell of cells) if (cell.check === check) counts[cell.outcome] += 1;
      return [check, counts];
    }),
  ) as GenericReport['checks'];
  return { ...header, operations: planned.length, checks, cells };
}

function firstLine(test: TestOutcome): string {
  const message = test.errors.map((e) => e.message).join(' | ');
  const line = message.split('\n').find((l) => l.trim() !== '') ?? 'failed';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/** One console line per check, e.g. `missing_token: 272 passed, 0 failed (12 not applicable)`. */
export function genericSummaryLines(report: GenericReport): string[] {
  return GENERIC_CHECK_NAMES.map((check) => {
    const c = report.checks[check];
    const extra = [c['not run'] > 0 ? `${c['not run']} not run` : '', c['not sent'] > 0 ? `${c['not sent']} not applicable` : ''].filter(Boolean).join(', ');
    return `${check}: ${c.passed} passed, ${c.failed} failed${extra ? ` (${extra})` : ''}`;
  });
}

const SYMBOL: Record<GenericOutcome, string> = { passed: '✅', failed: '❌', 'not run': '⚪', 'not sent': '–' };

function renderGenericMarkdown(report: GenericReport): string {
  const lines = [
    '# Generic phase',
    '',
    `Spec \`${report.spec}\` against ${report.target}: ${report.operations} operations (${report.scope}).`,
    '',
    '| check | what it sends and expects | passed | failed | not run | not applicable |',
    '|---|---|--:|--:|--:|--:|',
    ...GENERIC_CHECK_NAMES.map((check) => {
      const c = report.checks[check];
      return `| ${check} | ${GENERIC_CHECKS[check]} | ${c.passed} | ${c.failed} | ${c['not run']} | ${c['not sent']} |`;
    }),
    '',
    '## Per operation',
    '',
    `| Operation | Request | ${GENERIC_CHECK_NAMES.join(' | ')} |`,
    `|---|---|${GENERIC_CHECK_NAMES.map(() => ':-:').join('|')}|`,
  ];
  const byOperation = new Map<string, GenericCell[]>();
  for (const cell of report.cells) byOperation.set(cell.operationId, [...(byOperation.get(cell.operationId) ?? []), cell]);
  for (const [operationId, cells] of byOperation) {
    const first = cells[0] as GenericCell;
    const marks = GENERIC_CHECK_NAMES.map((check) => {
      const cell = cells.find((c) => c.check === check);
      return cell ? SYMBOL[cell.outcome] : '';
    });
    lines.push(`| ${operationId} | \`${first.method} ${first.path}\` | ${marks.join(' | ')} |`);
  }
  lines.push('', '✅ passed · ❌ failed · ⚪ not run (the run stopped) · – not applicable', '', '## Failures', '');
  const failures = report.cells.filter((c) => c.outcome === 'failed');
  if (failures.length === 0) lines.push('None.');
  for (const f of failures) lines.push(`- **${f.check}** ${f.operationId}: ${(f.message ?? '').replace(/\|/g, '\\|')}`);
  lines.push('');
  return lines.join('\n');
}

export function writeGenericReports(dir: string, report: GenericReport): void {
  writeFileAtomic(path.join(dir, 'generic.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileAtomic(path.join(dir, 'generic.md'), renderGenericMarkdown(report));
}
