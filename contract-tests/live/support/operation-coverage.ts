import { limitOf } from '../../../common/logto/self-hosted-limits.js';
import type { OperationSpec } from '../../lib/spec/operations.js';
import type { Observation } from './observation.js';
import { notServedLabel, type VersionGap } from './version-gap.js';

/** How far a run got with one operation: a 2xx answer checked, only error answers, or none; or the target does not serve it. */
type Reach = '2xx checked' | 'errors only' | 'not reachable' | 'not sent' | 'not served';

interface OperationReach {
  operationId: string;
  tag: string;
  method: string;
  path: string;
  reach: Reach;
  /** The 2xx statuses seen, and whether each answer with one met the spec. */
  success: Array<{ status: number; conforming: boolean }>;
  /** The other statuses seen. */
  errors: number[];
  /** Why it cannot answer 2xx on a self-hosted Logto (common/logto/self-hosted-limits.ts), for `not reachable`, or where it was seen to answer 2xx anyway; for `not served`, that the target does not serve it. */
  reason?: string;
  /** Differences from the spec under test that the target's own spec explains (against another Logto version): not failures. */
  versionDifferences?: string[];
}

interface TagReach {
  tag: string;
  operations: number;
  '2xx checked': number;
  'errors only': number;
  'not reachable': number;
  'not sent': number;
  /** Only against a Logto that serves another spec (reports against ours read as before). */
  'not served'?: number;
}

/**
 * For every operation of the spec, what the run saw of it: `2xx checked` when some answer with a
 * 2xx status went through the four response checks (any test, not a request sent invalid on
 * purpose), `errors only` when only error answers did, `not reachable` when neither could be
 * more and the operation is listed as unable to answer 2xx on a self-hosted Logto (with the
 * reason), and `not sent` when nothing reached it at all.
 */
export function operationReach(operations: readonly OperationSpec[], observations: readonly Observation[], gap?: VersionGap): OperationReach[] {
  const seen = new Map<string, Observation[]>();
  for (const o of observations) if (o.operationId) seen.set(o.operationId, [...(seen.get(o.operationId) ?? []), o]);
  return operations.map((op) => {
    const mine = seen.get(op.operationId) ?? [];
    const success = mine.filter((o) => o.status >= 200 && o.status < 300 && !o.deliberatelyInvalid);
    const statuses = new Map<number, boolean>();
    for (const o of success) statuses.set(o.status, (statuses.get(o.status) ?? true) && o.violations.length === 0);
    const errors = [...new Set(mine.filter((o) => o.status >= 300).map((o) => o.status))].sort((a, b) => a - b);
    const limit = limitOf(op.operationId);
    const notServed = gap?.notServed.includes(op.operationId) === true;
    const reach: Reach = notServed ? 'not served' : success.length > 0 ? '2xx checked' : limit ? 'not reachable' : mine.length > 0 ? 'errors only' : 'not sent';
    const differences = [...new Set(mine.flatMap((o) => (o.versionDifferences ?? []).filter((d) => d.check !== 'request').map((d) => `${o.status} ${d.check}: ${d.because.join('; ')}`)))];
    return {
      operationId: op.operationId,
      tag: op.tags[0] ?? '(untagged)',
      method: op.method.toUpperCase(),
      path: op.path,
      reach,
      success: [...statuses].map(([status, conforming]) => ({ status, conforming })),
      errors,
      ...(notServed && gap ? { reason: notServedLabel(gap) } : limit ? { reason: success.length > 0 ? `listed as ${limit.kind} (${limit.reason}), yet it answered 2xx here` : `${limit.kind}: ${limit.reason}` } : {}),
      ...(!notServed && differences.length > 0 ? { versionDifferences: differences } : {}),
    };
  });
}

export function reachByTag(rows: readonly OperationReach[]): TagReach[] {
  const tags = new Map<string, TagReach>();
  const versioned = rows.some((row) => row.reach === 'not served');
  for (const row of rows) {
    const tag = tags.get(row.tag) ?? { tag: row.tag, operations: 0, '2xx checked': 0, 'errors only': 0, 'not reachable': 0, 'not sent': 0, ...(versioned ? { 'not served': 0 } : {}) };
    tag.operations += 1;
    tag[row.reach] = (tag[row.reach] ?? 0) + 1;
    tags.set(row.tag, tag);
  }
  return [...tags.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The Markdown report: a table per tag, then every operation with its reach and reason. */
export function renderReachMarkdown(rows: readonly OperationReach[], header: { target: string; spec: string; version?: string }): string {
  const tags = reachByTag(rows);
  const count = (reach: Reach): number => rows.filter((r) => r.reach === reach).length;
  // The version columns only against a Logto serving another spec: against ours the report reads as before.
  const versioned = header.version !== undefined;
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const lines = [
    '# What the run reached, per operation',
    '',
    `Target: ${header.target}. Spec: \`${header.spec}\`. A 2xx answer was checked against the spec on **${count('2xx checked')} of ${rows.length}** operations; ${count('errors only')} had only error answers checked, ${count('not reachable')} cannot answer 2xx on a self-hosted Logto (reasons below), ${count('not sent')} got no request.`,
    ...(versioned
      ? ['', `${header.version} ${count('not served')} operation(s) are not served by it (no failures); ${rows.filter((r) => r.versionDifferences).length} answered with differences its own spec explains (version differences, not failures; listed per operation).`]
      : []),
    '',
    `| tag | operations | 2xx checked | errors only | not reachable | not sent |${versioned ? ' not served |' : ''}`,
    `|---|---|---|---|---|---|${versioned ? '---|' : ''}`,
    ...tags.map((t) => `| ${t.tag} | ${t.operations} | ${t['2xx checked']} | ${t['errors only']} | ${t['not reachable']} | ${t['not sent']} |${versioned ? ` ${t['not served'] ?? 0} |` : ''}`),
    '',
    `| operation | tag | reach | statuses | reason |${versioned ? ' version differences |' : ''}`,
    `|---|---|---|---|---|${versioned ? '---|' : ''}`,
    ...rows.map(
      (r) =>
        `| ${r.operationId} (\`${r.method} ${r.path}\`) | ${r.tag} | ${r.reach} | ${[...r.success.map((s) => `${s.status}${s.conforming ? '' : ' (broke the spec)'}`), ...r.errors.map(String)].join(', ') || '-'} | ${r.reason ?? ''} |${versioned ? ` ${cell((r.versionDifferences ?? []).join('<br>'))} |` : ''}`,
    ),
    '',
  ];
  return lines.join('\n');
}
