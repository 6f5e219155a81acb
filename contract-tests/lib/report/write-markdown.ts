import type { ConformanceReport } from './results.js';
import { summaryLine, totals } from './results.js';
import { buildMatrix, failureEntries, OUTCOME_SYMBOL } from './matrix.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A fenced `sh` block, its fence longer than any backtick run inside (a body may hold backticks). */
function codeBlock(text: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}sh`, ...text.split('\n'), fence];
}

export function renderMarkdown(report: ConformanceReport): string {
  const t = totals(report);
  const { statuses, rows } = buildMatrix(report);
  const lines: string[] = [
    `# Contract coverage: ${report.title}`,
    '',
    `Spec \`${report.specSource}\` (OpenAPI ${report.openapi}) against ${report.target}, ${report.startedAt}, ${(report.durationMs / 1000).toFixed(1)} s.`,
    '',
    ...(report.interrupted ? [`> **Interrupted**: ${cell(report.interrupted)}`, ''] : []),
    `- Operations: ${report.operations}; operation × status pairs: ${t.pairs.total} (✅ ${t.pairs.passed} passed, ❌ ${t.pairs.failed} failed, ⚪ ${t.pairs.not_reachable} not reachable)`,
    `- Negative requests (must be refused with 4xx): ${t.negatives.passed} refused, ${t.negatives.failed} accepted`,
    `- Checks: ${summaryLine(t.checks)}`,
    `- Spec findings: ${report.findings.length}`,
    '',
    '## Matrix',
    '',
    `| Operation | Request | ${statuses.join(' | ')} | Checked | Passed | Failed | Not reachable | Negative |`,
    `|---|---|${statuses.map(() => ':-:').join('|')}|--:|--:|--:|--:|:-:|`,
  ];
  for (const row of rows) {
    const cells = statuses.map((s) => {
      const pair = row.cells.get(s);
      return pair ? OUTCOME_SYMBOL[pair.outcome] : '';
    });
    const neg = row.negatives.passed + row.negatives.failed === 0 ? '' : `${row.negatives.passed}/${row.negatives.passed + row.negatives.failed}`;
    const c = row.counts;
    lines.push(`| ${cell(row.operationId)} | \`${row.method} ${cell(row.path)}\` | ${cells.join(' | ')} | ${c.checked} | ${c.passed} | ${c.failed} | ${c.not_reachable} | ${neg} |`);
  }
  lines.push('', '✅ passed · ❌ failed · ⚪ not reachable · blank: not documented · Negative: refused/sent', '');
  const failures = failureEntries(report);
  lines.push('## Failures', '');
  if (failures.length === 0) lines.push('None.');
  for (const failure of failures) {
    lines.push(`- ${cell(failure.message)}`);
    if (failure.reproduce) lines.push('', ...codeBlock(failure.reproduce).map((l) => `  ${l}`), '');
  }
  lines.push('', '## Not reachable', '');
  const unreachable = report.pairs.filter((p) => p.outcome === 'not_reachable');
  if (unreachable.length === 0) lines.push('None.');
  for (const pair of unreachable) lines.push(`- ${pair.operationId} ${pair.status}: ${cell(pair.reason ?? '')}`);
  lines.push('', '## Spec findings', '');
  if (report.findings.length === 0) lines.push('None.');
  for (const f of report.findings) lines.push(`- **${f.kind}** at \`${f.pointer}\`${f.occurrences > 1 ? ` (and ${f.occurrences - 1} more)` : ''}: ${cell(f.message)}`);
  lines.push('');
  return lines.join('\n');
}
