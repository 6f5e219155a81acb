/**
 * The mock run's junit.xml: the conformance report's JUnit (one testsuite per operation, one
 * testcase per check, rendered by lib/report) plus one testsuite per other test file, its root
 * totals summed. The closing line is read back from those totals, so the two always agree.
 */
import { escapeXml as x } from '../../lib/report/escape.js';
import type { SuiteCase } from './suite-cases.js';

interface JunitTotals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

const ROOT = /<testsuites\b[^>]*>/;
const TOTALS = ['tests', 'failures', 'errors', 'skipped'] as const;

/** Adds `cases` to `conformanceXml` (undefined when the suite wrote none, e.g. it did not load). */
export function mergeJunit(conformanceXml: string | undefined, title: string, cases: readonly SuiteCase[]): string {
  const base = conformanceXml ?? `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${x(`contract ${title}`)}" tests="0" failures="0" skipped="0" errors="0">\n</testsuites>\n`;
  const root = ROOT.exec(base)?.[0];
  const close = base.lastIndexOf('</testsuites>');
  if (!root || close < 0) throw new Error('the conformance JUnit has no <testsuites> root');
  const added = totalsOf(cases);
  let mergedRoot = root;
  for (const key of TOTALS) {
    const sum = (attribute(root, key) ?? 0) + added[key];
    mergedRoot = attribute(mergedRoot, key) === undefined ? mergedRoot.replace(/>$/, ` ${key}="${sum}">`) : mergedRoot.replace(new RegExp(`\\b${key}="\\d+"`), `${key}="${sum}"`);
  }
  const head = base.slice(0, close).replace(root, () => mergedRoot);
  return `${head}${renderSuites(cases)}${base.slice(close)}`;
}

/** The root totals of a JUnit document. */
export function junitTotals(xml: string): JunitTotals {
  const root = ROOT.exec(xml)?.[0] ?? '';
  return { tests: attribute(root, 'tests') ?? 0, failures: attribute(root, 'failures') ?? 0, errors: attribute(root, 'errors') ?? 0, skipped: attribute(root, 'skipped') ?? 0 };
}

/** `N passed, N failed, N skipped` as CI reads them: errors count as failures. */
export function summaryCounts(totals: JunitTotals): { passed: number; failed: number; skipped: number } {
  const failed = totals.failures + totals.errors;
  return { passed: totals.tests - failed - totals.skipped, failed, skipped: totals.skipped };
}

function attribute(tag: string, name: string): number | undefined {
  const match = new RegExp(`\\b${name}="(\\d+)"`).exec(tag);
  return match ? Number(match[1]) : undefined;
}

function totalsOf(cases: readonly SuiteCase[]): JunitTotals {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.outcome === 'failed').length,
    errors: 0,
    skipped: cases.filter((c) => c.outcome === 'skipped').length,
  };
}

function renderSuites(cases: readonly SuiteCase[]): string {
  const suites = new Map<string, SuiteCase[]>();
  for (const c of cases) {
    const members = suites.get(c.suite);
    if (members) members.push(c);
    else suites.set(c.suite, [c]);
  }
  return [...suites.entries()]
    .map(([name, members]) => {
      const t = totalsOf(members);
      return `  <testsuite name="${x(name)}" tests="${t.tests}" failures="${t.failures}" skipped="${t.skipped}" errors="0">\n    ${members.map(testcase).join('\n    ')}\n  </testsuite>\n`;
    })
    .join('');
}

function testcase(c: SuiteCase): string {
  const open = `<testcase classname="${x(c.classname)}" name="${x(c.name)}"${c.timeMs !== undefined ? ` time="${(c.timeMs / 1000).toFixed(3)}"` : ''}`;
  if (c.outcome === 'passed') return `${open}/>`;
  if (c.outcome === 'skipped') return `${open}>${c.message !== undefined ? `<skipped message="${x(c.message)}"/>` : '<skipped/>'}</testcase>`;
  return `${open}><failure message="${x(c.message ?? 'failed')}" type="test">${x(c.details ?? '')}</failure></testcase>`;
}
