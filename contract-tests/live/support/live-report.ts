import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Observation } from './observation.js';
import { LIVE_REPORTS_DIR, OBSERVATIONS_DIR, SPEC_PATH } from './repo-paths.js';

export interface StatusCell {
  status: string;
  documented: boolean;
  responses: number;
  violations: number;
}

export interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  cells: StatusCell[];
}

export interface LiveCoverage {
  operations: OperationRow[];
  /** Requests outside the spec on purpose (unknown path, unsupported method, token endpoint). */
  outsideSpec: Array<{ method: string; path: string; status: number; responses: number }>;
  violations: Array<{ test: string; operation: string; status: number; check: string; message: string }>;
  totals: { responses: number; violations: number; documentedStatusesSeen: number; documentedStatuses: number };
}

/** Reads every worker's observations and writes the per operation × status reports under reports/live/. */
export function writeLiveReports(): LiveCoverage {
  const coverage = aggregate(readObservations(), documentedStatuses());
  mkdirSync(LIVE_REPORTS_DIR, { recursive: true });
  writeFileSync(path.join(LIVE_REPORTS_DIR, 'coverage.json'), `${JSON.stringify(coverage, null, 2)}\n`);
  writeFileSync(path.join(LIVE_REPORTS_DIR, 'coverage.md'), renderMarkdown(coverage));
  return coverage;
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

interface DocumentedOperation {
  operationId: string;
  method: string;
  path: string;
  statuses: string[];
}

function documentedStatuses(): DocumentedOperation[] {
  const spec = parseYaml(readFileSync(SPEC_PATH, 'utf8')) as { paths?: Record<string, Record<string, unknown>> };
  const out: DocumentedOperation[] = [];
  for (const [specPath, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, raw] of Object.entries(item)) {
      const op = raw as { operationId?: string; responses?: Record<string, unknown> };
      if (!op || typeof op !== 'object' || !op.operationId) continue;
      out.push({ operationId: op.operationId, method: method.toUpperCase(), path: specPath, statuses: Object.keys(op.responses ?? {}) });
    }
  }
  return out;
}

export function aggregate(observations: Observation[], documented: DocumentedOperation[]): LiveCoverage {
  const operations: OperationRow[] = documented.map((op) => {
    const seen = observations.filter((o) => o.operationId === op.operationId);
    const statuses = new Set([...op.statuses, ...seen.map((o) => String(o.status))]);
    const cells = [...statuses]
      .sort()
      .map((status) => {
        const hits = seen.filter((o) => String(o.status) === status);
        return { status, documented: op.statuses.includes(status), responses: hits.length, violations: hits.reduce((n, o) => n + o.violations.length, 0) };
      });
    return { operationId: op.operationId, method: op.method, path: op.path, cells };
  });
  const outside = new Map<string, { method: string; path: string; status: number; responses: number }>();
  for (const o of observations.filter((x) => x.operationId === null)) {
    const key = `${o.method} ${o.path} ${o.status}`;
    const entry = outside.get(key) ?? { method: o.method, path: o.path, status: o.status, responses: 0 };
    entry.responses += 1;
    outside.set(key, entry);
  }
  const violations = observations.flatMap((o) =>
    o.violations.map((v) => ({ test: o.test, operation: o.operationId ?? `${o.method} ${o.path}`, status: o.status, check: v.check, message: v.message })),
  );
  const documentedCells = operations.flatMap((op) => op.cells.filter((c) => c.documented));
  return {
    operations,
    outsideSpec: [...outside.values()],
    violations,
    totals: {
      responses: observations.length,
      violations: violations.length,
      documentedStatusesSeen: documentedCells.filter((c) => c.responses > 0).length,
      documentedStatuses: documentedCells.length,
    },
  };
}

function renderMarkdown(coverage: LiveCoverage): string {
  const lines = [
    '# Live contract run: responses per operation and status',
    '',
    `${coverage.totals.responses} responses checked, ${coverage.totals.violations} violations; ` +
      `${coverage.totals.documentedStatusesSeen} of ${coverage.totals.documentedStatuses} documented (operation, status) pairs observed.`,
    '',
    '| operation | status | documented | responses | violations |',
    '|---|---|---|---|---|',
  ];
  for (const op of coverage.operations) {
    for (const cell of op.cells) {
      lines.push(`| ${op.operationId} | ${cell.status} | ${cell.documented ? 'yes' : '**no**'} | ${cell.responses} | ${cell.violations} |`);
    }
  }
  if (coverage.outsideSpec.length > 0) {
    lines.push('', '## Requests outside the spec (on purpose)', '', '| method | path | status | responses |', '|---|---|---|---|');
    for (const o of coverage.outsideSpec) lines.push(`| ${o.method} | ${o.path} | ${o.status} | ${o.responses} |`);
  }
  if (coverage.violations.length > 0) {
    lines.push('', '## Violations', '');
    for (const v of coverage.violations) lines.push(`- ${v.operation} ${v.status} [${v.check}] ${v.message} (${v.test})`);
  }
  return `${lines.join('\n')}\n`;
}
