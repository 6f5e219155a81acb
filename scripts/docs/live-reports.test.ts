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
  counts: { passed: number; failed: number; skipped: number };
  tests: Array<{ name: string; state: string }>;
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
