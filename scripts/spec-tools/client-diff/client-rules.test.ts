import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../capture-io.js';
import { runDiff } from '../diff-cli.js';
import { clientReportOf } from './client-report-of.js';
import type { ClientReport } from './client-report.js';

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'diff');
const fixture = (name: string): string => path.join(fixtures, name);
const base = fixture('base.yaml');

async function clientReport(oldFile: string, newFile: string): Promise<{ code: number; report: ClientReport }> {
  const { code, report, err } = await clientReportOf(oldFile, newFile);
  expect(err).toEqual([]);
  return { code, report };
}

/** One line of the report: impact, area, the methods, the type and field (when about one), and the words. */
type Line = [impact: string, area: string, methods: string[], type: string | undefined, field: string | undefined, text: RegExp];

const W = "components['schemas']['Widget']";
const REQ = "components['schemas']['CreateWidgetRequest']";
const READS = ['logto.default.createWidget', 'logto.default.getWidget', 'logto.default.listWidgets'];

/**
 * Each pair is base.yaml and one change (fixtures/diff/); the client generated from base.yaml
 * puts every operation in `logto.default` (no tags). The expected lines are all the report has.
 */
const rules: { file: string; rule: string; semver: 'major' | 'minor' | 'patch'; lines: Line[]; notShown?: Record<string, number> }[] = [
  // Methods
  { file: 'operation-added.yaml', rule: 'a method added', semver: 'minor', lines: [['addition', 'methods', ['logto.default.deleteWidget'], undefined, undefined, /^new: `DELETE \/widgets\/\{id\}`$/]] },
  { file: 'operation-removed.yaml', rule: 'a method removed', semver: 'major', lines: [['breaking', 'methods', ['logto.default.getWidget'], undefined, undefined, /^removed \(was `GET \/widgets\/\{id\}`\)$/]] },
  { file: 'client-operation-renamed.yaml', rule: 'a method renamed (operationId changed)', semver: 'major', lines: [['breaking', 'methods', ['logto.default.getWidget'], undefined, undefined, /^is now `logto\.default\.fetchWidget` \(`GET \/widgets\/\{id\}`\)$/]] },
  {
    file: 'client-tag-added.yaml',
    rule: 'a method moved to another class (its first tag changed), which the wire diff does not see',
    semver: 'major',
    lines: [
      ['breaking', 'methods', ['logto.default.getWidget'], undefined, undefined, /^is now `logto\.widgets\.getWidget`/],
      ['addition', 'types', [], 'WidgetsApi', undefined, /^new class `WidgetsApi` \(`logto\.widgets`\)$/],
    ],
  },
  { file: 'path-changed.yaml', rule: 'a route changed under the same method (paths[...] and logto.client see it)', semver: 'major', lines: [['breaking', 'methods', ['logto.default.getWidget'], undefined, undefined, /^now calls `GET \/widget\/\{id\}` \(was `GET \/widgets\/\{id\}`\)$/]] },
  {
    file: 'client-page-iterator-added.yaml',
    rule: 'a list becoming page-based gains an iterator',
    semver: 'minor',
    lines: [
      ['addition', 'methods', ['logto.default.listWidgetsIterate'], undefined, undefined, /^new: walks every page of the list$/],
      ['addition', 'request', ['logto.default.listWidgets'], "operations['ListWidgets']['parameters']['query']", 'page_size', /^new optional query parameter `page_size`$/],
      ['addition', 'request', ['logto.default.listWidgets'], "operations['ListWidgets']['parameters']['query']", 'page', /^new optional query parameter `page`$/],
    ],
  },
  // Signatures and results
  {
    file: 'client-path-parameter-added.yaml',
    rule: 'a positional parameter added',
    semver: 'major',
    lines: [
      ['breaking', 'methods', ['logto.default.getWidget'], undefined, undefined, /^now calls `GET \/widgets\/\{id\}\/\{version\}`/],
      ['breaking', 'signatures', ['logto.default.getWidget'], undefined, undefined, /^takes `\(id, version, options\?\)` \(was `\(id, options\?\)`\)$/],
      ['breaking', 'request', ['logto.default.getWidget'], "operations['GetWidget']['parameters']['path']", 'version', /^new required path parameter `version`$/],
    ],
  },
  {
    file: 'client-result-widened.yaml',
    rule: 'a result that may now be undefined (a new 2xx without a body)',
    semver: 'major',
    lines: [['breaking', 'signatures', ['logto.default.getWidget'], undefined, undefined, /^resolves to `the 200 application\/json body \| undefined` \(was `the 200 application\/json body`\)$/]],
    notShown: { 'response-added': 1 },
  },
  // What a call sends
  {
    file: 'parameter-became-required.yaml',
    rule: 'a parameter that became required',
    semver: 'major',
    lines: [
      ['breaking', 'signatures', ['logto.default.listWidgets'], undefined, undefined, /^takes `\(query, options\?\)` \(was `\(query\?, options\?\)`\)$/],
      ['breaking', 'request', ['logto.default.listWidgets'], "operations['ListWidgets']['parameters']['query']", 'color', /^query parameter `color` became required$/],
    ],
  },
  { file: 'request-field-became-required.yaml', rule: 'a request field that became required', semver: 'major', lines: [['breaking', 'request', ['logto.default.createWidget'], REQ, 'kind', /^`components\['schemas'\]\['CreateWidgetRequest'\]` field `kind` became required$/]] },
  { file: 'client-request-field-retyped.yaml', rule: 'a request field that changed type', semver: 'major', lines: [['breaking', 'request', ['logto.default.createWidget'], REQ, 'note', /field `note`: type changed from string to integer$/]] },
  { file: 'request-field-removed.yaml', rule: 'a request field removed', semver: 'major', lines: [['breaking', 'request', ['logto.default.createWidget'], REQ, 'note', /field `note` was removed$/]] },
  { file: 'request-enum-narrowed.yaml', rule: 'a request enum value removed', semver: 'major', lines: [['breaking', 'request', ['logto.default.createWidget'], REQ, 'kind', /field `kind`: enum narrowed, no longer accepts "large"$/]] },
  { file: 'optional-parameter-added.yaml', rule: 'an optional parameter added', semver: 'minor', lines: [['addition', 'request', ['logto.default.listWidgets'], "operations['ListWidgets']['parameters']['query']", 'limit', /^new optional query parameter `limit`$/]] },
  // What a call gets back
  { file: 'response-field-removed.yaml', rule: 'a response field removed (one line for the named type, every method that returns it)', semver: 'major', lines: [['breaking', 'response', READS, W, 'note', /^`components\['schemas'\]\['Widget'\]` field `note` was removed$/]] },
  { file: 'response-field-retyped.yaml', rule: 'a response field retyped', semver: 'major', lines: [['breaking', 'response', READS, W, 'size', /field `size`: type changed from integer to string$/]] },
  { file: 'response-field-optional.yaml', rule: 'a response field that became optional', semver: 'major', lines: [['breaking', 'response', READS, W, 'size', /field `size` became optional/]] },
  { file: 'response-enum-widened.yaml', rule: 'a response enum value added', semver: 'major', lines: [['breaking', 'response', READS, W, 'status', /field `status`: enum widened, may now return "Archived"/]] },
  {
    file: 'client-response-enum-narrowed.yaml',
    rule: 'a response enum value removed (harmless on the wire, but a comparison with it stops compiling)',
    semver: 'major',
    lines: [['breaking', 'response', READS, W, 'status', /field `status`: enum narrowed, no longer returns "Retired"$/]],
  },
  { file: 'response-field-added.yaml', rule: 'a response field added', semver: 'minor', lines: [['addition', 'response', READS, W, 'color', /^new optional `components\['schemas'\]\['Widget'\]` field `color`$/]] },
  // Types
  {
    file: 'component-removed.yaml',
    rule: 'a named type removed',
    semver: 'major',
    lines: [
      ['breaking', 'types', [], W, undefined, /^`components\['schemas'\]\['Widget'\]` is no longer generated$/],
      ['addition', 'types', [], "components['schemas']['Gadget']", undefined, /^new type `components\['schemas'\]\['Gadget'\]`$/],
    ],
  },
  // Nothing calling code sees
  { file: 'documentation-changed.yaml', rule: 'prose only', semver: 'patch', lines: [], notShown: { documentation: 3 } },
  { file: 'constraint-relaxed.yaml', rule: 'a constraint (types do not encode them)', semver: 'patch', lines: [], notShown: { 'constraint-relaxed': 1 } },
  { file: 'response-added.yaml', rule: 'an error status added (errors are thrown, not returned)', semver: 'patch', lines: [], notShown: { 'response-added': 1 } },
];

describe('spec:diff --client: each rule on a hand-made pair (base.yaml and one change)', () => {
  for (const { file, rule, semver, lines, notShown } of rules) {
    it(`${rule}: ${semver} (${file})`, async () => {
      const { code, report } = await clientReport(base, fixture(file));
      expect(report.changes.map((c) => [c.impact, c.area, c.methods, c.type, c.field])).toEqual(lines.map(([impact, area, methods, type, field]) => [impact, area, methods, type, field]));
      report.changes.forEach((change, i) => expect(change.text).toMatch(lines[i]?.[5] ?? /^$/));
      for (const change of report.changes) expect(change.why !== undefined).toBe(change.impact === 'breaking');
      expect(report.semver).toBe(semver);
      expect(report.notShown).toEqual(notShown ?? {});
      expect(code).toBe(semver === 'major' ? 1 : 0);
    });
  }

  it('counts a request constraint that tightened as not shown: the server refuses more, the generated types are the same', async () => {
    // The reverse of constraint-relaxed: breaking on the wire, invisible in the client's types.
    const { report } = await clientReport(fixture('constraint-relaxed.yaml'), base);
    expect([report.semver, report.changes, report.notShown]).toEqual(['patch', [], { 'constraint-tightened': 1 }]);
  });
});

describe('spec:diff --client: which specs it compares', () => {
  it('says when a side is neither pulled nor built (nor from a recorded Logto)', async () => {
    const { report } = await clientReport(base, fixture('operation-added.yaml'));
    expect([report.old.kind, report.new.kind]).toEqual(['unknown', 'unknown']);
    expect(report.old.description).toMatch(/^a spec written neither by spec:pull nor by spec:build/);
    expect(report.notes).toEqual([]);
  });
});

describe('spec:diff --client readable report (Markdown: the drift pull request body)', () => {
  it('names both sides, the semver step, breaking changes first by area, and counts what it does not show', async () => {
    const { io, stdout } = captureIo();
    expect(await runDiff(['--client', base, fixture('client-path-parameter-added.yaml')], io)).toBe(1);
    const text = stdout();
    expect(text.split('\n').slice(0, 8)).toEqual([
      '## What this changes for code that calls the generated client',
      '',
      `- Old: \`${base}\`, a spec written neither by spec:pull nor by spec:build, from no Logto recorded in openapi/upstream/history/index.json`,
      `- New: \`${fixture('client-path-parameter-added.yaml')}\`, a spec written neither by spec:pull nor by spec:build, from no Logto recorded in openapi/upstream/history/index.json`,
      '',
      '**Suggested version bump: major** (code that compiled against the old client may not compile, or may break at run time).',
      '',
      '3 breaking, 0 additions, 0 compatible; 0 wire changes the generated code does not show.',
    ]);
    expect(text).toContain('### Breaking: code that compiled against the old client may not compile, or may break at run time (3)');
    expect(text.indexOf('#### Methods')).toBeLessThan(text.indexOf('#### Call signatures and results'));
    expect(text).toContain("- `logto.default.getWidget`: new required path parameter `version` (`operations['GetWidget']['parameters']['path']`). *A call that compiled may not compile any more.*");
  });

  it('lists a named type once with every method that uses it', async () => {
    const { io, stdout } = captureIo();
    await runDiff(['--client', base, fixture('response-field-removed.yaml')], io);
    expect(stdout()).toContain(
      "- `components['schemas']['Widget']` field `note` was removed; in `logto.default.createWidget`, `logto.default.getWidget`, `logto.default.listWidgets`. *Code that reads it may not compile any more.*",
    );
  });

  it('a spec compared with itself: patch, nothing to list', async () => {
    const { io, stdout } = captureIo();
    expect(await runDiff(['--client', base, base], io)).toBe(0);
    expect(stdout()).toContain('**Suggested version bump: patch**');
    expect(stdout()).toContain('0 breaking, 0 additions, 0 compatible; 0 wire changes the generated code does not show.');
  });
});
