import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RESPONSE_CHECKS, type CheckResult } from '../../lib/checks/check-result.js';
import { createContractContext } from '../../lib/context.js';
import { writeFileAtomic } from '../../lib/report/atomic-write.js';
import type { ConformanceReport, NegativeResult, PairResult } from '../../lib/report/results.js';
import { totals } from '../../lib/report/results.js';
import { renderHtml } from '../../lib/report/write-html.js';
import { renderJunit } from '../../lib/report/write-junit.js';
import { renderMarkdown } from '../../lib/report/write-markdown.js';
import { loadSpec } from '../../../common/spec/index.js';
import { listOperations, type OperationSpec } from '../../lib/spec/operations.js';
import type { LedgerEntry, Observation } from './observation.js';
import { WORKER_FILE_PREFIX } from './observation-sink.js';
import { operationReach, reachByTag, renderReachMarkdown } from './operation-coverage.js';
import { LIVE_REPORTS_DIR, OBSERVATIONS_DIR, REPO_ROOT, SPEC_PATH } from './repo-paths.js';
import { readVersionGap } from './target-version.js';
import { notServedLabel, type VersionGap } from './version-gap.js';

interface LiveReportInput {
  target: string;
  startedAt: Date;
  /** Why the run stopped early, when it did; the reports then say so on top. */
  interrupted?: string;
  /** Where the reports go (default reports/live) and where the workers' files are (default its .observations). */
  reportsDir?: string;
  observationsDir?: string;
  /** The spec the run checked against (default SPEC_PATH: ours, or CONTRACT_LIVE_SPEC). */
  specPath?: string;
}

/** The files `writeLiveReports` writes, relative to the reports directory. */
const CONFORMANCE_REPORT_FILES = ['coverage.json', 'coverage.md', 'coverage.html', 'conformance-junit.xml', 'responses.json', 'operations.json', 'operations.md'] as const;

/**
 * Folds every worker's observations into the mock suite's report shape (one pair per operation
 * and status, checked or not reachable) and writes it with the shared renderers:
 * coverage.{json,md,html} and conformance-junit.xml (junit.xml is the per-test view),
 * plus responses.json with raw counts, requests outside the spec included. Each file is written
 * atomically, so a reader never sees half of one.
 */
export async function writeLiveReports(input: LiveReportInput): Promise<ConformanceReport> {
  const reportsDir = input.reportsDir ?? LIVE_REPORTS_DIR;
  const specPath = input.specPath ?? SPEC_PATH;
  const spec = await loadSpec(specPath);
  const context = createContractContext(spec);
  const observations = readObservations(input.observationsDir ?? OBSERVATIONS_DIR);
  const gap = readVersionGap(input.observationsDir ?? OBSERVATIONS_DIR);
  const report = buildReport(listOperations(spec), observations, {
    title: 'Live contract run',
    // As the user types it from the project root.
    specSource: path.relative(REPO_ROOT, specPath).split(path.sep).join('/'),
    openapi: spec.openapi,
    target: input.target,
    startedAt: input.startedAt.toISOString(),
    durationMs: Date.now() - input.startedAt.getTime(),
    findings: context.findings.list(),
    ...(input.interrupted ? { interrupted: input.interrupted } : {}),
  }, gap);
  const file = (name: (typeof CONFORMANCE_REPORT_FILES)[number]): string => path.join(reportsDir, name);
  writeFileAtomic(file('coverage.json'), `${JSON.stringify({ ...report, totals: totals(report) }, null, 2)}\n`);
  writeFileAtomic(file('coverage.md'), renderMarkdown(report));
  writeFileAtomic(file('coverage.html'), renderHtml(report));
  writeFileAtomic(file('conformance-junit.xml'), renderJunit(report));
  writeFileAtomic(file('responses.json'), `${JSON.stringify(responseCounts(observations), null, 2)}\n`);
  const reach = operationReach(listOperations(spec), observations, gap);
  const version = gap ? { version: `The target is Logto ${gap.logto ?? '(a version openapi/upstream/history/index.json does not record)'} and serves another spec (${gap.compared}).` } : {};
  writeFileAtomic(file('operations.json'), `${JSON.stringify({ target: input.target, ...version, byTag: reachByTag(reach), operations: reach }, null, 2)}\n`);
  writeFileAtomic(file('operations.md'), renderReachMarkdown(reach, { target: input.target, spec: report.specSource, ...version }));
  return report;
}

/** Every line of every worker file, observations and ledger entries apart. */
function readWorkerLines(dir: string): Array<Observation | LedgerEntry> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(WORKER_FILE_PREFIX) && name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .flatMap((line) => {
          // A worker stopped mid-write leaves at most a cut last line; what came before still counts.
          try {
            return [JSON.parse(line) as Observation | LedgerEntry];
          } catch {
            return [];
          }
        }),
    );
}

export function readObservations(dir = OBSERVATIONS_DIR): Observation[] {
  return readWorkerLines(dir).filter((line): line is Observation => !('ledger' in line));
}

/** The keys of everything of `kinds` the run created on `target`, deleted since or not. */
export function readCreatedKeys(kinds: readonly string[], target = 'main', dir = OBSERVATIONS_DIR): string[] {
  return readWorkerLines(dir)
    .filter((line): line is LedgerEntry => 'ledger' in line && line.ledger === 'created' && line.target === target && kinds.includes(line.kind))
    .flatMap((entry) => (entry.key ? [entry.key] : []));
}

/** What the run created and did not see deleted, per target, in creation order. */
export function readLeftovers(dir = OBSERVATIONS_DIR): Array<Omit<LedgerEntry, 'ledger'>> {
  const entries = readWorkerLines(dir).filter((line): line is LedgerEntry => 'ledger' in line);
  const key = (e: LedgerEntry): string => `${e.target} ${e.deletePath}`;
  const gone = new Set(entries.filter((e) => e.ledger === 'gone').map(key));
  const seen = new Set<string>();
  const out: Array<Omit<LedgerEntry, 'ledger'>> = [];
  for (const entry of entries) {
    if (entry.ledger !== 'created' || gone.has(key(entry)) || seen.has(key(entry))) continue;
    seen.add(key(entry));
    const { ledger: _created, ...rest } = entry;
    out.push(rest);
  }
  return out;
}

type ReportHeader = Omit<ConformanceReport, 'operations' | 'pairs' | 'negatives'>;

export function buildReport(operations: OperationSpec[], observations: Observation[], header: ReportHeader, gap?: VersionGap): ConformanceReport {
  const pairs: PairResult[] = [];
  const negatives: NegativeResult[] = [];
  for (const op of operations) {
    const seen = observations.filter((o) => o.operationId === op.operationId);
    // An operation the target does not serve has no pair to check: each documented status is not reachable, and why.
    if (gap?.notServed.includes(op.operationId)) {
      for (const status of op.responses.map((r) => r.status).sort()) {
        pairs.push({ operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, tags: op.tags, status, outcome: 'not_reachable', reason: notServedLabel(gap), checks: [] });
      }
      continue;
    }
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

/** Per check, the first failing response stands for all of them: its message, details and the command that repeats it. */
function checksOf(hits: Observation[]): CheckResult[] {
  return RESPONSE_CHECKS.map((name) => {
    const failures = hits.flatMap((o) => o.violations.filter((v) => v.check === name).map((v) => ({ observation: o, violation: v })));
    const first = failures[0];
    const explained = [...new Set(hits.flatMap((o) => (o.versionDifferences ?? []).filter((d) => d.check === name).flatMap((d) => d.because)))];
    const version = explained.length > 0 ? `; version differences the target's own spec explains: ${explained.slice(0, 3).join('; ')}${explained.length > 3 ? `; and ${explained.length - 3} more` : ''}` : '';
    if (!first) return { name, outcome: 'passed', message: `${hits.length} response(s) checked${version}` };
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
    return {
      name,
      outcome: 'failed',
      message: `${first.violation.message} (${first.observation.test})${more}`,
      ...(first.violation.details ? { details: first.violation.details } : {}),
      ...(first.observation.curl ? { reproduce: first.observation.curl } : {}),
    };
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
