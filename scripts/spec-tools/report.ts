import { DOCUMENTATION_KIND, type Change, type ChangeClass } from '../../common/spec-diff/change.js';

export interface DiffReport {
  old: string;
  new: string;
  /** `documentation` counts the non-breaking changes that only touch prose or examples. */
  summary: { breaking: number; nonBreaking: number; documentation: number };
  changes: Change[];
}

export function buildReport(oldSource: string, newSource: string, changes: Change[]): DiffReport {
  const breaking = changes.filter((c) => c.class === 'breaking').length;
  const documentation = changes.filter((c) => c.kind === DOCUMENTATION_KIND).length;
  return { old: oldSource, new: newSource, summary: { breaking, nonBreaking: changes.length - breaking, documentation }, changes };
}

export function renderJson(report: DiffReport): string {
  return JSON.stringify(report, null, 2);
}

/**
 * Breaking first, then non-breaking; within each, grouped by operation or component. Prose and
 * example edits are folded into one line per group so real changes stay visible (--json lists them all).
 */
export function renderText(report: DiffReport): string {
  const { breaking, nonBreaking, documentation } = report.summary;
  const lines = [`spec-diff: ${report.old} → ${report.new}`, `${breaking} breaking, ${nonBreaking} non-breaking (${documentation} of them documentation only)`];
  if (report.changes.length === 0) {
    lines.push('', 'No differences a client could notice.');
    return lines.join('\n');
  }
  for (const [cls, title] of [
    ['breaking', 'BREAKING'],
    ['non-breaking', 'NON-BREAKING'],
  ] as [ChangeClass, string][]) {
    const ofClass = report.changes.filter((c) => c.class === cls);
    if (ofClass.length === 0) continue;
    lines.push('', `${title} (${ofClass.length})`);
    for (const [group, changes] of groupBy(ofClass)) {
      lines.push(`  ${group}`);
      const docs = changes.filter((c) => c.kind === DOCUMENTATION_KIND);
      for (const change of changes.filter((c) => c.kind !== DOCUMENTATION_KIND)) {
        lines.push(`    - ${change.message}`, `      at ${change.location}`);
      }
      if (docs.length > 0) lines.push(`    - documentation (summary/description/examples) changed in ${docs.length} place${docs.length === 1 ? '' : 's'}; --json lists them`);
    }
  }
  return lines.join('\n');
}

function groupBy(changes: Change[]): [string, Change[]][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key = change.operationId ?? (change.component ? `components/${change.component}` : '(document)');
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
