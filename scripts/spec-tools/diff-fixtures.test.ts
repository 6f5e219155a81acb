import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo } from './capture-io.js';
import { runDiff } from './diff-cli.js';
import type { DiffReport } from './report.js';

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');
const base = path.join(fixtures, 'diff', 'base.yaml');
const fixture = (name: string): string => path.join(fixtures, 'diff', name);

async function diffJson(oldFile: string, newFile: string): Promise<{ code: number; report: DiffReport }> {
  const { io, stdout, err } = captureIo();
  const code = await runDiff(['--json', oldFile, newFile], io);
  expect(err).toEqual([]);
  return { code, report: JSON.parse(stdout()) as DiffReport };
}

/** The exact set of (class kind operation) a pair must produce: no more, no fewer. */
type Expected = [cls: 'breaking' | 'non-breaking', kind: string, operationOrComponent: string][];

const ALL_THREE_READS = (cls: 'breaking' | 'non-breaking', kind: string): Expected => [
  [cls, kind, 'ListWidgets'],
  [cls, kind, 'CreateWidget'],
  [cls, kind, 'GetWidget'],
];

const cases: { file: string; old?: string; expected: Expected; locationEndsWith?: string }[] = [
  // Breaking
  { file: 'operation-removed.yaml', expected: [['breaking', 'operation-removed', 'GetWidget']], locationEndsWith: '/paths/~1widgets~1{id}/get' },
  { file: 'response-removed.yaml', expected: [['breaking', 'response-removed', 'CreateWidget']], locationEndsWith: '/post/responses/422' },
  { file: 'response-field-removed.yaml', expected: ALL_THREE_READS('breaking', 'field-removed') },
  { file: 'request-field-removed.yaml', expected: [['breaking', 'field-removed', 'CreateWidget']], locationEndsWith: '/requestBody/content/application~1json/schema/properties/note' },
  { file: 'request-field-renamed.yaml', expected: [['breaking', 'field-renamed', 'CreateWidget']] },
  { file: 'response-field-retyped.yaml', expected: ALL_THREE_READS('breaking', 'type-changed') },
  { file: 'request-required-field-added.yaml', expected: [['breaking', 'required-field-added', 'CreateWidget']] },
  { file: 'required-parameter-added.yaml', expected: [['breaking', 'required-parameter-added', 'ListWidgets']] },
  { file: 'parameter-became-required.yaml', expected: [['breaking', 'parameter-became-required', 'ListWidgets']] },
  { file: 'request-field-became-required.yaml', expected: [['breaking', 'field-became-required', 'CreateWidget']] },
  { file: 'request-enum-narrowed.yaml', expected: [['breaking', 'enum-narrowed', 'CreateWidget']], locationEndsWith: '/properties/kind/enum' },
  { file: 'response-enum-widened.yaml', expected: ALL_THREE_READS('breaking', 'enum-widened') },
  { file: 'content-type-removed.yaml', old: 'content-type-removed.old.yaml', expected: [['breaking', 'content-type-removed', 'CreateNote']] },
  { file: 'auth-required.yaml', expected: [['breaking', 'auth-required', 'GetHealth']], locationEndsWith: '/paths/~1health/get/security' },
  { file: 'security-changed.yaml', expected: ALL_THREE_READS('breaking', 'security-changed') },
  { file: 'response-field-nullable.yaml', expected: ALL_THREE_READS('breaking', 'became-nullable') },
  { file: 'response-field-optional.yaml', expected: ALL_THREE_READS('breaking', 'field-became-optional') },
  { file: 'path-changed.yaml', expected: [['breaking', 'path-changed', 'GetWidget']] },
  { file: 'method-changed.yaml', expected: [['breaking', 'method-changed', 'CreateWidget']] },
  { file: 'component-removed.yaml', expected: [['breaking', 'component-removed', 'schemas/Widget'], ['non-breaking', 'component-added', 'schemas/Gadget']] },
  // Non-breaking
  { file: 'request-optional-field-added.yaml', expected: [['non-breaking', 'field-added', 'CreateWidget']] },
  { file: 'response-field-added.yaml', expected: ALL_THREE_READS('non-breaking', 'field-added') },
  { file: 'optional-parameter-added.yaml', expected: [['non-breaking', 'parameter-added', 'ListWidgets']] },
  { file: 'operation-added.yaml', expected: [['non-breaking', 'operation-added', 'DeleteWidget']] },
  { file: 'response-added.yaml', expected: [['non-breaking', 'response-added', 'CreateWidget']] },
  {
    file: 'documentation-changed.yaml',
    expected: [
      ['non-breaking', 'documentation', 'ListWidgets'],
      ['non-breaking', 'documentation', 'ListWidgets'],
      ['non-breaking', 'documentation', 'ListWidgets'],
    ],
  },
  { file: 'request-enum-widened.yaml', expected: [['non-breaking', 'enum-widened', 'CreateWidget']] },
  { file: 'constraint-relaxed.yaml', expected: [['non-breaking', 'constraint-relaxed', 'CreateWidget']], locationEndsWith: '/properties/name/maxLength' },
  { file: 'request-field-became-optional.yaml', expected: [['non-breaking', 'field-became-optional', 'CreateWidget']] },
];

describe('spec:diff classifies each kind of change (fixture pairs)', () => {
  for (const { file, old, expected, locationEndsWith } of cases) {
    it(`${file.replace('.yaml', '')}: ${expected.map(([cls, kind]) => `${cls} ${kind}`).filter((v, i, a) => a.indexOf(v) === i).join(', ')}`, async () => {
      const { code, report } = await diffJson(old ? fixture(old) : base, fixture(file));
      const actual = report.changes.map((c) => [c.class, c.kind, c.operationId ?? c.component ?? '']);
      expect(actual.map((a) => a.join(' ')).sort()).toEqual(expected.map((e) => e.join(' ')).sort());
      expect(code).toBe(expected.some(([cls]) => cls === 'breaking') ? 1 : 0);
      expect(report.summary.breaking).toBe(expected.filter(([cls]) => cls === 'breaking').length);
      for (const change of report.changes) {
        expect(change.message.length).toBeGreaterThan(10);
        expect(change.location).toMatch(/^#\//);
      }
      if (locationEndsWith) expect(report.changes[0]?.location.endsWith(locationEndsWith)).toBe(true);
    });
  }

  it('names the renamed field and its new name', async () => {
    const { report } = await diffJson(base, fixture('request-field-renamed.yaml'));
    expect(report.changes[0]?.message).toBe('request body field `note` was renamed to `comment`');
  });

  it('says what each change is about and on which side, for readers that re-say it (spec:diff --client)', async () => {
    const about = async (file: string): Promise<unknown[]> => (await diffJson(base, fixture(file))).report.changes.map((c) => [c.operationId, c.subject, c.direction]);
    expect(await about('request-field-removed.yaml')).toEqual([['CreateWidget', { base: 'request body', field: 'note' }, 'request']]);
    expect(await about('required-parameter-added.yaml')).toEqual([['ListWidgets', { base: 'query parameter `owner`', field: '' }, 'request']]);
    expect((await about('response-field-optional.yaml')).sort()).toEqual([
      ['CreateWidget', { base: 'response 201 body', field: 'size' }, 'response'],
      ['GetWidget', { base: 'response 200 body', field: 'size' }, 'response'],
      ['ListWidgets', { base: 'response 200 body', field: '[].size' }, 'response'],
    ]);
    expect(await about('response-removed.yaml')).toEqual([['CreateWidget', { base: 'response 422', field: '' }, 'response']]);
  });

  it('finds no difference between a 3.0 YAML spec using $ref/allOf/nullable and the same API as inline 3.1 JSON', async () => {
    const { code, report } = await diffJson(fixture('equivalent.old.yaml'), fixture('equivalent.new.json'));
    expect(report.changes).toEqual([]);
    expect(code).toBe(0);
  });

  it('compares a recursive schema reached through a oneOf (our built spec\'s Translation) instead of recursing until the stack overflows', async () => {
    const { code, report } = await diffJson(fixture('recursive-oneof.old.yaml'), fixture('recursive-oneof.new.yaml'));
    expect(report.changes.map((c) => `${c.class} ${c.kind} ${c.operationId}`).sort()).toEqual(['breaking alternative-added GetPhrase', 'non-breaking documentation GetPhrase']);
    expect(code).toBe(1);
  });

  it('a spec compared with itself has no changes and exits 0', async () => {
    const { code, report } = await diffJson(base, base);
    expect(report.changes).toEqual([]);
    expect(code).toBe(0);
  });

  it('swapping old and new turns an added optional request field into a removed (breaking) one', async () => {
    const { code, report } = await diffJson(fixture('request-optional-field-added.yaml'), base);
    expect(report.changes.map((c) => `${c.class} ${c.kind}`)).toEqual(['breaking field-removed']);
    expect(code).toBe(1);
  });
});

describe('spec:diff readable report', () => {
  it('lists breaking changes before non-breaking ones, grouped by operation, and folds documentation edits', async () => {
    const { io, stdout } = captureIo();
    const code = await runDiff([fixture('component-removed.yaml'), fixture('documentation-changed.yaml')], io);
    const text = stdout();
    expect(code).toBe(1);
    expect(text.indexOf('BREAKING (')).toBeGreaterThan(-1);
    expect(text.indexOf('BREAKING (')).toBeLessThan(text.indexOf('NON-BREAKING ('));
    expect(text).toMatch(/components\/schemas\/Gadget\n\s+- named schema Gadget was removed/);
    expect(text).toMatch(/ListWidgets\n\s+- documentation \(summary\/description\/examples\) changed in 3 places/);
    // The summary counts the documentation-only changes apart: breaking, additive and documentation are the three figures.
    expect(text.split('\n')[1]).toBe('1 breaking, 4 non-breaking (3 of them documentation only)');
  });

  it('says so when nothing changed', async () => {
    const { io, stdout } = captureIo();
    expect(await runDiff([base, base], io)).toBe(0);
    expect(stdout()).toContain('0 breaking, 0 non-breaking');
  });
});

describe('spec:diff bad input exits 2 with one line naming the file', () => {
  const bad = (name: string): string => path.join(fixtures, 'bad', name);
  const cases: [string, string[], RegExp][] = [
    ['a missing file', [path.join(fixtures, 'no-such-spec.yaml'), base], /^spec-diff: .*no-such-spec\.yaml: cannot read the spec \(no such file\); check the path$/],
    ['unparsable YAML, with its line', [bad('invalid-yaml.yaml'), base], /^spec-diff: .*invalid-yaml\.yaml:7:\d+: invalid YAML/],
    ['unparsable JSON, with its line', [base, bad('invalid-json.json')], /^spec-diff: .*invalid-json\.json:5:\d+: invalid JSON/],
    ['a document that is not OpenAPI', [bad('not-openapi.yaml'), base], /not-openapi\.yaml: not an OpenAPI 3\.x document/],
    ['a $ref that points at nothing', [bad('dangling-ref.yaml'), base], /dangling-ref\.yaml:\d+:\d+: dangling \$ref at .*: target #\/components\/schemas\/Missing does not exist/],
    ['one argument only', [base], /expected two spec files, got 1; usage:/],
    ['an unknown flag, named, with the options and the usage and nothing of node\'s wording', [base, base, '--frobnicate'], /^spec-diff: unknown option --frobnicate; the options are --client, --json, --carried and --carried-file <file>; usage: npm run spec:diff -- <old-spec> <new-spec> \[--client\] \[--json\] \[--carried\] \[--carried-file <file>\]$/],
    ['--client with a value', [base, base, '--client=yes'], /^spec-diff: --client takes no value; usage: /],
    ['--all, which only spec:pull has', [base, base, '--all'], /^spec-diff: unknown option --all; the options are/],
    ['--carried-file without a file', [base, base, '--carried-file'], /^spec-diff: --carried-file needs a file/],
    ['a missing carried-operations list: drop --carried, not spec:pull\'s --all', ['--carried-file', path.join(fixtures, 'no-such-list.json'), base, base], /^spec-diff: cannot read the carried-operations list .*no-such-list\.json; restore it or drop --carried$/],
    ['--carried with a spec that has none of the carried operations', ['--carried', base, base], /base\.yaml has none of the carried operations/],
  ];
  for (const [what, argv, message] of cases) {
    it(what, async () => {
      const { io, err, out } = captureIo();
      expect(await runDiff(argv, io)).toBe(2);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(message);
      expect(err[0]).not.toMatch(/\n|\s+at\s+\S+:\d+:\d+/);
    });
  }
});
