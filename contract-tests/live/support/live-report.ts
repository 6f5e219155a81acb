import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RESPONSE_CHECKS, type CheckResult } from '../../lib/checks/check-result.js';
import { createContractContext } from '../../lib/context.js';
import type { ConformanceReport, NegativeResult, PairResult } from '../../lib/report/results.js';
import { totals } from '../../lib/report/results.js';
import { renderHtml } from '../../lib/report/write-html.js';
import { renderJunit } from '../../lib/report/write-junit.js';
import { renderMarkdown } from '../../lib/report/write-markdown.js';
import { loadSpec } from '../../lib/spec/load-spec.js';
import { listOperations, type OperationSpec } from '../../lib/spec/operations.js';
import type { Observation } from './observation.js';
import { LIVE_REPORTS_DIR, OBSERVATIONS_DIR, SPEC_PATH } from './repo-paths.js';

export interface LiveReportInput {
  target: string;
  startedAt: Date;
}

/**
 * Folds every worker's observations into the mock suite's report shape (one pair per operation
 * and status, checked or not reachable) and writes it with the shared renderers:
 * coverage.{json,md,html} and conformance-junit.xml (vitest's junit.xml is the per-test view),
 * plus responses.json with raw counts, requests outside the spec included.
 */
export async function writeLiveReports(input: LiveReportInput): Promise<ConformanceReport> {
  const spec = await loadSpec(SPEC_PATH);
  const context = createContractContext(spec);
  const observations = readObservations();
  const report = buildReport(listOperations(spec), observations, {
    title: 'Live contract run',
    specSource: path.relative(path.dirname(LIVE_REPORTS_DIR), SPEC_PATH),
    openapi: spec.openapi,
    target: input.target,
    startedAt: input.startedAt.toISOString(),
    durationMs: Date.now() - input.startedAt.getTime(),
    findings: context.findings.list(),
  });
  mkdirSync(LIVE_REPORTS_DIR, { recursive: true });
  writeFileSync(path.join(LIVE_REPORTS_DIR, 'coverage.json'), `${JSON.stringify({ ...report, totals: totals(report) }, null, 2)}\n`);
  writeFileSync(path.join(LIVE_REPORTS_DIR, 'coverage.md'), renderMarkdown(report));
  writeFileSync(path.join(LIVE_REPORTS_DIR, 'coverage.html'), renderHtml(report));
  writeFileSync(path.join(LIVE_REPORTS_DIR, 'conformance-junit.xml'), renderJunit(report));
  writeFileSync(path.join(LIVE_REPORTS_DIR, 'responses.json'), `${JSON.stringify(responseCounts(observations), null, 2)}\n`);
  return report;
}

export function readObservations(dir = OBSERVATIONS_DIR): Observation[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Observation),
    );
}

type ReportHeader = Omit<ConformanceReport, 'operations' | 'pairs' | 'negatives'>;

export function buildReport(operations: OperationSpec[], observations: Observation[], header: ReportHeader): ConformanceReport {
  const pairs: PairResult[] = [];
  const negatives: NegativeResult[] = [];
  for (const op of operations) {
    const seen = observations.filter((o) => o.operationId === op.operationId);
    const statuses = [...new Set([...op.responses.map((r) => r.status), ...seen.map((o) => String(o.status))])].sort();
    for (const status of statuses) {
      const hits = seen.filter((o) => String(o.status) === status);
      const base = { operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, tags: op.tags, status };
      if (hits.length === 0) {
        pairs.push({ ...base, outcome: 'not_reachable', reason: 'no live scenario produced this status', checks: [] });
        continue;
      }
      const checks = checksOf(hits);
      pairs.push({ ...base, outcome: checks.some((c) => c.outcome === 'failed') ? 'failed' : 'passed', observedStatus: Number(status), checks });
    }
    for (const status of [...new Set(seen.filter((o) => o.deliberatelyInvalid).map((o) => o.status))].sort()) {
      const count = seen.filter((o) => o.deliberatelyInvalid && o.status === status).length;
      const rejected = status >= 400 && status < 500 && op.responses.some((r) => r.status === String(status));
      negatives.push({
        operationId: op.operationId,
        method: op.method.toUpperCase(),
        path: op.path,
        name: `deliberately invalid requests answered ${status}`,
        outcome: rejected ? 'passed' : 'failed',
        observedStatus: status,
        message: `${count} request(s) the spec forbids (or without valid credentials) answered ${status}${rejected ? ', a documented 4xx' : ', not a documented 4xx'}`,
      });
    }
  }
  return { ...header, operations: operations.length, pairs, negatives };
}

function checksOf(hits: Observation[]): CheckResult[] {
  return RESPONSE_CHECKS.map((name) => {
    const failures = hits.flatMap((o) => o.violations.filter((v) => v.check === name).map((v) => `${v.message} (${o.test})`));
    if (failures.length === 0) return { name, outcome: 'passed', message: `${hits.length} response(s) checked` };
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
    return { name, outcome: 'failed', message: `${failures[0]}${more}` };
  });
}

function responseCounts(observations: Observation[]): Array<{ operation: string; status: number; responses: number; violations: number }> {
  const counts = new Map<string, { operation: string; status: number; responses: number; violations: number }>();
  for (const o of observations) {
    const operation = o.operationId ?? `${o.method} ${o.path} (outside the spec)`;
    const key = `${operation} ${o.status}`;
    const entry = counts.get(key) ?? { operation, status: o.status, responses: 0, violations: 0 };
    entry.responses += 1;
    entry.violations += o.violations.length;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => a.operation.localeCompare(b.operation) || a.status - b.status);
}
