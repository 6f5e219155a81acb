import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUR_SPEC, REPO_ROOT, TRACES_DIR } from '../../common/paths.js';
import { changedSince } from '../../contract-tests/live/runner/changed-since.js';
import { parseLiveArgs } from '../../contract-tests/live/runner/live-args.js';
import { selectionLines } from '../../contract-tests/live/support/check-selection.js';
import { readTrace } from '../../contract-tests/scenarios/trace.js';

/**
 * docs/upgrading-logto.md states what the upgrade loop gave on the real pair (Logto 1.40.0 to
 * 1.42.0): each figure is read here from the committed data it is about (the traces, the
 * committed trace-diff report, which other-versions.test.ts keeps equal to a fresh diff) or
 * computed from the code and the committed specs (what --changed-since selects against a Logto).
 */
const DOC = readFileSync(path.join(REPO_ROOT, 'docs', 'upgrading-logto.md'), 'utf8');
const FLAT = DOC.replace(/\s+/g, ' ');
const OLD_SPEC = path.join(REPO_ROOT, 'openapi', 'upstream', 'history', 'logto-1.40.0.openapi.json');
const REPORT = readFileSync(path.join(TRACES_DIR, 'reports', 'trace-diff-1.40-to-1.42.md'), 'utf8');

function numbers(pattern: RegExp, text = FLAT): number[] {
  const match = pattern.exec(text);
  if (!match) throw new Error(`the sentence ${pattern} is not there any more: update this test with it`);
  return match.slice(1).map(Number);
}

describe('docs/upgrading-logto.md: the figures of the real 1.40 → 1.42 upgrade', () => {
  it('--changed-since against a Logto: the operations the diff names and the checks it keeps, per kind, as the run prints them', async () => {
    const run = await changedSince(OLD_SPEC, OUR_SPEC, parseLiveArgs([]), 'remote');
    const { selected, skipped } = run.selection;
    expect(numbers(/the diff names (\d+) operations, and against a Logto the run keeps (\d+) of (\d+) checks/)).toEqual([run.changed.size, selected.length, selected.length + skipped.length]);
    const printed = selectionLines(run.selection, run.diff);
    const block = /```text\n([\s\S]*?)```/.exec(DOC)?.[1]?.trimEnd().split('\n') ?? [];
    expect(block[0]).toBe(`contract:live: ${printed[0]?.replace(/ \(a scenario .*\)$/, ' (...)')}`);
    // The comparison line is left out of the document; the per-kind lines are as printed.
    expect(block.slice(1)).toEqual(printed.slice(2).map((line) => `contract:live: ${line}`));
  });

  it('the step counts of the two committed traces', () => {
    const steps = (file: string): number => readTrace(path.join(TRACES_DIR, file)).steps.length;
    expect(numbers(/here 1\.40 gave (\d+) steps and 1\.42 gave (\d+)/)).toEqual([steps('logto-1.40-without-email-connector.trace.json'), steps('logto-1.42-without-email-connector.trace.json')]);
  });

  it('the trace diff\'s totals, and the steps not in the spec diff by what they are, are the committed report\'s', () => {
    const [steps, differences, inDiff, notInDiff] = numbers(/(\d+) step\(s\) changed behaviour \((\d+) difference\(s\)\): (\d+) in the spec diff, (\d+) not in the spec diff\./, REPORT);
    const notInSteps = numbers(/## Not in the spec diff: \d+ difference\(s\) on (\d+) step\(s\)/, REPORT)[0];
    expect(numbers(/(\d+) steps changed behaviour, (\d+) differences, (\d+) in the spec diff and (\d+) not in the spec diff, on (\d+) steps/)).toEqual([steps, differences, inDiff, notInDiff, notInSteps]);
    const section = REPORT.split('## Not in the spec diff')[1]?.split('## In the spec diff')[0] ?? '';
    const listed = [...section.matchAll(/^- `([^`]+)`$/gm)].map((m) => m[1] as string);
    const count = (test: (step: string) => boolean): number => listed.filter(test).length;
    expect(numbers(/\(`organization-role-scopes`, (\d+) steps\)/)).toEqual([count((s) => s.startsWith('organization-role-scopes/'))]);
    expect(numbers(/\(`application-roles`, (\d+) steps\)/)).toEqual([count((s) => s.startsWith('application-roles/'))]);
    expect(numbers(/carry new keys in 1\.42 \((\d+) steps;/)).toEqual([count((s) => s.endsWith('phrases'))]);
    expect(numbers(/and 1\.40 refuses that \((\d+) step\)/)).toEqual([count((s) => s.startsWith('application-access-control/'))]);
    expect(numbers(/no `order by`; (\d+) steps\)/)).toEqual([count((s) => s.startsWith('sso-connectors-lifecycle/list-page') || s === 'application-third-party-consent/consent-scopes')]);
    expect(numbers(/the tenant's history \((\d+) steps\)/)).toEqual([count((s) => s.startsWith('audit-logs-own-entries/'))]);
    // Every step of the report's list is in one of the groups above.
    const grouped = listed.filter((s) => /^(organization-role-scopes|application-roles|application-access-control|audit-logs-own-entries)\/|phrases$|^sso-connectors-lifecycle\/list-page|^application-third-party-consent\/consent-scopes$/.test(s));
    expect(grouped).toEqual(listed);
    expect(listed).toHaveLength(notInSteps as number);
  });
});
