import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../common/paths.js';

/**
 * What the documents (README.md, docs/*.md) and openapi/KNOWN-DIFFERENCES.md say real Logto did is
 * what the reports committed in contract-tests/traces/reports/ say (see its README for the runs).
 */
const REPORTS = path.join(REPO_ROOT, 'contract-tests', 'traces', 'reports');
const DOCUMENTS = ['README.md', ...readdirSync(path.join(REPO_ROOT, 'docs')).filter((n) => n.endsWith('.md')).sort().map((n) => path.join('docs', n))]
  .map((file) => readFileSync(path.join(REPO_ROOT, file), 'utf8'))
  .join('\n');

interface Results {
  status: string;
  target: string;
  /** `notServed` and `versionDifferences` only against a Logto of another version. */
  counts: { passed: number; failed: number; skipped: number; notServed?: number; versionDifferences?: number };
  tests: Array<{ name: string; state: string; version?: unknown }>;
}

const results = (run: string): Results => JSON.parse(readFileSync(path.join(REPORTS, run, 'results.json'), 'utf8')) as Results;

/** The generic phase's per-check totals: passed and failed, summed over the checks. */
function genericTotals(run: string): { operations: number; passed: number; failed: number } {
  const text = readFileSync(path.join(REPORTS, run, 'generic.md'), 'utf8');
  const operations = Number(/: (\d+) operations/.exec(text)?.[1]);
  let passed = 0;
  let failed = 0;
  for (const [, p, f] of text.matchAll(/^\| \w+ \| [^|]+ \| (\d+) \| (\d+) \| \d+ \| \d+ \|$/gm)) {
    passed += Number(p);
    failed += Number(f);
  }
  return { operations, passed, failed };
}

describe('real-Logto results cited in the documents', () => {
  it('the live suite is green against real Logto without and with an e-mail connector, and through a Prism proxy', () => {
    for (const run of ['live-without-email-connector', 'live-without-email-connector-via-prism-proxy', 'live-with-email-connector']) {
      const report = results(run);
      expect(report.status, run).toBe('passed');
      expect(report.counts.failed, run).toBe(0);
      expect(report.counts.passed, run).toBeGreaterThan(1000);
      expect(report.tests.filter((t) => t.state === 'failed'), run).toEqual([]);
    }
  });

  it('the run with LOGTO_CONTRACT_ALLOW_SETTINGS=1 is green too, and both census runs left the tenant as they found it', () => {
    const report = results('live-with-settings');
    expect([report.status, report.counts.failed]).toEqual(['passed', 0]);
    for (const run of ['live-without-email-connector', 'live-with-settings']) {
      const census = JSON.parse(readFileSync(path.join(REPORTS, run, 'census.json'), 'utf8')) as { before: unknown[]; after: unknown[]; changes: Array<{ name: string }>; auditLog?: string };
      // The audit log only grows (no entry can be removed); the census accounts for its new entries.
      expect(census.changes.filter((change) => change.name !== 'ListLogs'), run).toEqual([]);
      expect(census.auditLog, run).toMatch(/new entries are all records of this run's own requests/);
      expect(census.before.length, run).toBeGreaterThan(40);
      expect(census.after.length, run).toBe(census.before.length);
    }
  });

  it('docs: "a 2xx answer is checked on N of the 284 operations in the default run, and on M with LOGTO_CONTRACT_ALLOW_SETTINGS=1: the D in between"', () => {
    const match = /a\s+2xx\s+answer\s+is\s+checked\s+on\s+(\d+)\s+of\s+the\s+(\d+)\s+operations\s+in\s+the\s+default\s+run,\s+and\s+on\s+(\d+)\s+with\s+`LOGTO_CONTRACT_ALLOW_SETTINGS=1`:\s+the\s+(\d+)\s+in\s+between/.exec(DOCUMENTS);
    expect(match, 'the sentence is in docs/').not.toBeNull();
    const [, byDefault, total, withSettings, between] = (match as RegExpExecArray).map(Number);
    const checked = (run: string): { total: number; checked: number } => {
      const report = JSON.parse(readFileSync(path.join(REPORTS, run, 'operations.json'), 'utf8')) as { operations: Array<{ reach: string }> };
      return { total: report.operations.length, checked: report.operations.filter((o) => o.reach === '2xx checked').length };
    };
    expect(checked('live-without-email-connector')).toEqual({ total, checked: byDefault });
    expect(checked('live-with-settings')).toEqual({ total, checked: withSettings });
    expect(between).toBe((withSettings as number) - (byDefault as number));
  });

  it('docs: the 1.42 suite against Logto 1.40.0, before and after version verdicts, as the committed reports say', () => {
    const after = results('live-against-1.40');
    const before = results(path.join('live-against-1.40', 'before-version-verdicts'));
    const line = /tests: (\d+) passed, (\d+) failed, (\d+) not served by this Logto, (\d+) version differences/.exec(DOCUMENTS);
    expect(line, 'the console line is quoted in docs/').not.toBeNull();
    expect((line as RegExpExecArray).slice(1).map(Number)).toEqual([after.counts.passed, after.counts.failed, after.counts.notServed, after.counts.versionDifferences]);
    const flat = DOCUMENTS.replace(/\s+/g, ' ');
    const prose = /before, ([\d,]+) passed and ([\d,]+) failed; after, ([\d,]+) of those ([\d,]+) were either a test of an operation 1\.40 does not serve \((\d+)\) or a version difference \((\d+),[^)]*\), and no test that passed before was reclassified; ([\d,]+) passed and (\d+) failed/.exec(flat);
    expect(prose, 'the measured sentence is in docs/').not.toBeNull();
    const n = (prose as RegExpExecArray).slice(1).map((x) => Number(x.replace(/,/g, '')));
    const failedBefore = new Set(before.tests.filter((t) => t.state === 'failed').map((t) => t.name));
    const reclassified = after.tests.filter((t) => t.version !== undefined).map((t) => t.name);
    expect(reclassified.filter((name) => !failedBefore.has(name))).toEqual([]);
    expect(n).toEqual([before.counts.passed, before.counts.failed, reclassified.length, before.counts.failed, after.counts.notServed, after.counts.versionDifferences, after.counts.passed, after.counts.failed]);
  });

  it('docs: "all N operations of the corrected spec give 0 failures (M requests); with Logto\'s own spec, F of the T tests fail"', () => {
    const match = /Against\s+real\s+Logto\s+1\.42,\s+all\s+(\d+)\s+operations\s+of\s+the\s+corrected\s+spec\s+give\s+0\s+failures\s+\((\d+)\s+requests\);\s+with\s+Logto's\s+own\s+spec,\s+(\d+)\s+of\s+the\s+(\d+)\s+tests\s+fail/.exec(DOCUMENTS);
    expect(match, 'the sentence is in the README').not.toBeNull();
    const [, operations, requests, failed, tests] = (match as RegExpExecArray).map(Number);
    const ours = genericTotals('live-without-email-connector');
    expect(ours).toEqual({ operations, passed: requests, failed: 0 });
    const theirs = genericTotals('generic-with-logto-own-spec');
    expect(theirs.operations).toBe(operations);
    expect([theirs.failed, theirs.passed + theirs.failed]).toEqual([failed, tests]);
  });

  it('every live test KNOWN-DIFFERENCES.md names as its evidence ("describe > test", "... >" for the describe before) passed against real Logto', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'openapi', 'KNOWN-DIFFERENCES.md'), 'utf8').split('## The comparison, in full')[0]?.replace(/\s+/g, ' ') ?? '';
    const ran = ['live-without-email-connector', 'live-with-email-connector'].flatMap((run) => results(run).tests);
    let describe = '';
    const cited: string[] = [];
    const missing: string[] = [];
    for (const [, quoted] of text.matchAll(/"([^"]+ > [^"]+)"/g)) {
      const [first, ...rest] = (quoted as string).split(' > ');
      describe = first === '...' ? describe : (first as string);
      // "*Operation*" stands for each operation; "..." ends an abbreviated title.
      const title = rest.join(' > ').replace(/\s*\.\.\.$/, '').replace(/^\*Operation\*/, '').trim();
      cited.push(`${describe} > ${title}`);
      if (!ran.some((test) => test.state === 'passed' && test.name.startsWith(`${describe} > `) && test.name.includes(title))) missing.push(`${describe} > ${title}`);
    }
    expect(cited.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
