import { describe, expect, it } from 'vitest';
import type { ItemResult } from './item-result.js';
import { renderMarkdownTable, renderNotes, renderSideBySide, renderTable } from './render-table.js';

const results: ItemResult[] = [
  { item: 1, title: 'overhead', target: 'x <= 1.10', measured: '1.50', status: 'missed', notes: ['MISSED: too slow'], sideBySide: [{ contender: 'raw', value: '10 µs', relative: '1.00x' }, { contender: 'ours', value: '150 µs', relative: '15.00x' }], figures: {} },
  { item: 2, title: 'tokens', target: '= 1', measured: '1', status: 'met', notes: [], sideBySide: [], figures: {} },
  { item: 4, title: 'mock', target: '<= 20 s', measured: 'n/a', status: 'error', notes: ['no script'], sideBySide: [], figures: {} },
];

describe('bench table', () => {
  it('says MISSED and NOT MEASURED plainly and aligns the columns', () => {
    const lines = renderTable(results).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/MISSED$/);
    expect(lines[3]).toMatch(/MET$/);
    expect(lines[4]).toMatch(/NOT MEASURED$/);
    expect(new Set(lines.slice(0, 2).map((l) => l.indexOf('|')))).toEqual(new Set([lines[2]?.indexOf('|')]));
  });

  it('escapes pipes in Markdown cells and tags notes with their item', () => {
    const md = renderMarkdownTable([{ ...results[0]!, measured: 'a | b' }]);
    expect(md).toContain('a \\| b');
    expect(renderNotes(results)).toEqual(['[1] MISSED: too slow', '[4] no script']);
  });

  it('lists contenders side by side with right-aligned figures, skipping items without any', () => {
    expect(renderSideBySide(results)).toEqual(['[1] overhead', '    raw    10 µs  1.00x', '    ours  150 µs  15.00x']);
  });
});
