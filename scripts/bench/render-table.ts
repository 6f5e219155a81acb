import type { ItemResult } from './item-result.js';

const STATUS_LABEL: Record<ItemResult['status'], string> = { met: 'MET', missed: 'MISSED', measured: 'MEASURED', error: 'NOT MEASURED', skipped: 'skipped' };

/** A plain-text table (no colour, so it reads the same in CI logs and files). */
export function renderTable(results: readonly ItemResult[]): string {
  const header = ['#', 'item', 'target', 'measured', 'result'];
  const rows = results.map((r) => [String(r.item), r.title, r.target, r.measured, STATUS_LABEL[r.status]]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** The same figures as a Markdown table, for the README's Performance section. */
export function renderMarkdownTable(results: readonly ItemResult[]): string {
  const escape = (cell: string): string => cell.replace(/\|/g, '\\|');
  return [
    '| # | item | target | measured | result |',
    '| --- | --- | --- | --- | --- |',
    ...results.map((r) => `| ${r.item} | ${escape(r.title)} | ${escape(r.target)} | ${escape(r.measured)} | ${STATUS_LABEL[r.status]} |`),
  ].join('\n');
}

export function renderNotes(results: readonly ItemResult[]): string[] {
  return results.flatMap((r) => r.notes.map((note) => `[${r.item}] ${note}`));
}

/** Per item, its contenders side by side: name, figure, relative to the item's baseline. */
export function renderSideBySide(results: readonly ItemResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    if (r.sideBySide.length === 0) continue;
    const nameWidth = Math.max(...r.sideBySide.map((row) => row.contender.length));
    const valueWidth = Math.max(...r.sideBySide.map((row) => row.value.length));
    lines.push(`[${r.item}] ${r.title}`);
    for (const row of r.sideBySide) lines.push(`    ${row.contender.padEnd(nameWidth)}  ${row.value.padStart(valueWidth)}  ${row.relative}`.trimEnd());
  }
  return lines;
}

/** bench.md: the table plus each item's contenders, ready to paste into the README. */
export function renderMarkdownReport(results: readonly ItemResult[]): string {
  const blocks = results
    .filter((r) => r.sideBySide.length > 0)
    .map((r) => [`**${r.item}. ${r.title}**`, '', '| contender | figure | relative |', '| --- | --- | --- |', ...r.sideBySide.map((row) => `| ${row.contender} | ${row.value} | ${row.relative} |`)].join('\n'));
  return [renderMarkdownTable(results), ...blocks].join('\n\n') + '\n';
}
