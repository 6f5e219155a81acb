import { escapeXml as x } from '../../lib/report/escape.js';
import type { ErrorRecord, StreamRecord } from './run-stream.js';
import type { VersionVerdict } from './version-outcomes.js';

export interface TestOutcome {
  file: string;
  name: string;
  state: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  errors: ErrorRecord[];
  /** Against a Logto serving another spec: what its version explains (runner/version-outcomes.ts); such a test counts neither as passed nor as failed. */
  version?: VersionVerdict;
}

export interface RunSummary {
  tests: TestOutcome[];
  /** Tests that had started and not finished when the run stopped. */
  running: Array<{ file: string; name: string }>;
  /** Failures outside a test: a file that could not run, a failing hook, the global setup. */
  errors: Array<{ file: string | null; where: string; errors: ErrorRecord[] }>;
  /** Vitest reached the end of the run (it does not when it is interrupted or crashes). */
  ended: boolean;
  /** `failed` counts failed tests plus failures outside tests: either fails the run. The version counts are set against a Logto serving another spec. */
  counts: { passed: number; failed: number; skipped: number; notServed?: number; versionDifferences?: number };
}

export function summarizeRun(records: readonly StreamRecord[]): RunSummary {
  const tests = new Map<string, TestOutcome>();
  const started = new Map<string, { file: string; name: string }>();
  const errors: RunSummary['errors'] = [];
  let ended = false;
  for (const record of records) {
    if (record.type === 'start') started.set(record.id, { file: record.file, name: record.name });
    else if (record.type === 'test') tests.set(record.id, { file: record.file, name: record.name, state: record.state, durationMs: record.durationMs, errors: record.errors });
    else if (record.type === 'error') errors.push({ file: record.file, where: record.where, errors: record.errors });
    else ended = true;
  }
  const finished = [...tests.values()];
  const count = (state: TestOutcome['state']): number => finished.filter((t) => t.state === state).length;
  return {
    tests: finished,
    running: [...started.entries()].filter(([id]) => !tests.has(id)).map(([, test]) => test),
    errors,
    ended,
    counts: { passed: count('passed'), failed: count('failed') + errors.length, skipped: count('skipped') },
  };
}

/** One failure text per test, however many errors it collected: each error's message, diff and frames. */
function failureText(errors: readonly ErrorRecord[]): string {
  return errors.map((e) => [`${e.name}: ${e.message}`, e.detail ?? ''].filter(Boolean).join('\n')).join('\n\n');
}

function firstLine(errors: readonly ErrorRecord[]): string {
  return (errors[0]?.message ?? 'failed').split('\n')[0] ?? 'failed';
}

interface JunitOptions {
  suiteName: string;
  durationMs: number;
  /** Why the run stopped early; adds an error case so CI does not read partial results as a pass. */
  interrupted?: string;
}

/**
 * junit.xml of the live run: a testsuite per file, a testcase per test with at most one
 * `<failure>` (all of the test's errors in its text), tests cut off by an interrupt as
 * `<error>`, failures outside tests as their own cases.
 */
export function renderTestsJunit(summary: RunSummary, options: JunitOptions): string {
  const byFile = new Map<string, string[]>();
  const stats = new Map<string, { tests: number; failures: number; errors: number; skipped: number }>();
  const add = (file: string, xml: string, kind: 'passed' | 'failed' | 'skipped' | 'error'): void => {
    if (!byFile.has(file)) {
      byFile.set(file, []);
      stats.set(file, { tests: 0, failures: 0, errors: 0, skipped: 0 });
    }
    byFile.get(file)?.push(xml);
    const s = stats.get(file) as { tests: number; failures: number; errors: number; skipped: number };
    s.tests += 1;
    if (kind === 'failed') s.failures += 1;
    if (kind === 'error') s.errors += 1;
    if (kind === 'skipped') s.skipped += 1;
  };
  for (const test of summary.tests) {
    const open = `<testcase classname="${x(test.file)}" name="${x(test.name)}" time="${(test.durationMs / 1000).toFixed(3)}"`;
    // JUnit knows no "not served": such a test is reported skipped, with the reason.
    if (test.version) add(test.file, `${open}><skipped message="${x(`${test.version.verdict}: ${test.version.why}`)}"/></testcase>`, 'skipped');
    else if (test.state === 'passed') add(test.file, `${open}/>`, 'passed');
    else if (test.state === 'skipped') add(test.file, `${open}><skipped/></testcase>`, 'skipped');
    else add(test.file, `${open}><failure message="${x(firstLine(test.errors))}" type="${x(test.errors[0]?.name ?? 'Error')}">${x(failureText(test.errors))}</failure></testcase>`, 'failed');
  }
  for (const test of summary.running) {
    add(test.file, `<testcase classname="${x(test.file)}" name="${x(test.name)}"><error message="interrupted before it finished" type="interrupted"/></testcase>`, 'error');
  }
  for (const error of summary.errors) {
    const file = error.file ?? 'run';
    add(file, `<testcase classname="${x(file)}" name="${x(error.where)}"><failure message="${x(firstLine(error.errors))}" type="${x(error.errors[0]?.name ?? 'Error')}">${x(failureText(error.errors))}</failure></testcase>`, 'failed');
  }
  if (options.interrupted) add('run', `<testcase classname="run" name="completed"><error message="${x(options.interrupted)}" type="interrupted"/></testcase>`, 'error');
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites = [...byFile.entries()].map(([file, cases]) => {
    const s = stats.get(file) as typeof total;
    total.tests += s.tests;
    total.failures += s.failures;
    total.errors += s.errors;
    total.skipped += s.skipped;
    return `  <testsuite name="${x(file)}" tests="${s.tests}" failures="${s.failures}" errors="${s.errors}" skipped="${s.skipped}">\n    ${cases.join('\n    ')}\n  </testsuite>`;
  });
  const name = `${options.suiteName}${options.interrupted ? ' (interrupted)' : ''}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${x(name)}" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}" time="${(options.durationMs / 1000).toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

interface ResultsOptions {
  target: string;
  startedAt: Date;
  durationMs: number;
  /** `interrupted` carries the reason; `incomplete` = vitest stopped without finishing and without being asked to. */
  status: 'passed' | 'failed' | 'interrupted' | 'incomplete';
  interrupted?: string;
}

/** results.json: the run's status and counts, then every test with its outcome and failure text. */
export function renderResultsJson(summary: RunSummary, options: ResultsOptions): string {
  const results = {
    status: options.status,
    ...(options.interrupted ? { interrupted: options.interrupted } : {}),
    target: options.target,
    startedAt: options.startedAt.toISOString(),
    durationMs: options.durationMs,
    counts: { ...summary.counts, stillRunning: summary.running.length },
    tests: summary.tests.map((t) => ({ file: t.file, name: t.name, state: t.state, ...(t.version ? { version: t.version } : {}), durationMs: t.durationMs, ...(t.state === 'failed' ? { failure: failureText(t.errors) } : {}) })),
    stillRunning: summary.running,
    errors: summary.errors.map((e) => ({ file: e.file, where: e.where, failure: failureText(e.errors) })),
  };
  return `${JSON.stringify(results, null, 2)}\n`;
}
