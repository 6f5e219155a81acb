/**
 * The tests of a mock run that the conformance report's JUnit does not already hold: the client
 * end to end, the Prism lifecycle, any test that failed beyond the checks it reported, and a file
 * that failed outside its tests (it did not load, a hook threw) as one failure. An operation's
 * conformance test whose checks are in the report (check-cases.ts) adds nothing, so each
 * failure is counted once.
 */
import { relative } from 'node:path';
import { isBrokenFile, type VitestJsonReport } from '../../../common/process/index.js';
import type { CheckCounts } from '../check-cases.js';

/** One JUnit testcase. */
export interface SuiteCase {
  /** JUnit testsuite: the test file, relative to the repo. */
  suite: string;
  /** JUnit classname: the describe blocks (or the file). */
  classname: string;
  name: string;
  outcome: 'passed' | 'failed' | 'skipped';
  /** Failure or skip reason, one line. */
  message?: string;
  /** For failures: the whole error text (the JUnit failure body). */
  details?: string;
  timeMs?: number;
}

/** vitest's JSON reporter output (`vitest-results.json`), as the process module reads it. */
export type { VitestJsonReport };

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}

export function casesOutsideReport(report: VitestJsonReport, repoRoot: string): SuiteCase[] {
  const cases: SuiteCase[] = [];
  for (const file of report.testResults) {
    const suite = relative(repoRoot, file.name);
    let failures = 0;
    for (const test of file.assertionResults) {
      const checks = test.meta?.conformanceChecks as CheckCounts | undefined;
      if (checks) {
        failures += checks.failed;
        // Its failed checks are in the report; a test that failed without one failed beyond them.
        if (!(test.status === 'failed' && checks.failed === 0)) continue;
      }
      const timeMs = test.duration ?? undefined;
      const own = { suite, classname: test.ancestorTitles.join(' > ') || suite, name: test.title, ...(timeMs !== undefined ? { timeMs } : {}) };
      if (test.status === 'passed') cases.push({ ...own, outcome: 'passed' });
      else if (test.status === 'failed') {
        const messages = test.failureMessages ?? [];
        cases.push({ ...own, outcome: 'failed', message: firstLine(messages[0] ?? 'failed'), details: messages.join('\n\n') });
        failures += 1;
      } else cases.push({ ...own, outcome: 'skipped', ...(test.status === 'todo' ? { message: 'todo' } : {}) });
    }
    if (isBrokenFile(file, failures)) {
      const message = file.message || 'the file failed outside its tests';
      cases.push({ suite, classname: suite, name: '(test file)', outcome: 'failed', message: firstLine(message), details: message });
    }
  }
  return cases;
}
