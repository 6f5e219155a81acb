import type { Observation } from '../support/observation.js';
import { lastRequestIn } from '../support/violation-text.js';
import { notServedLabel, type VersionGap } from '../support/version-gap.js';
import type { RunSummary, TestOutcome } from './run-results.js';

/** A test's outcome against an older (or other) Logto, when its version explains it. */
export interface VersionVerdict {
  verdict: 'not served' | 'version difference';
  /** Why, in a line: the operations not served, or the differences and the changes that explain them. */
  why: string;
}

/**
 * Tells, per test, what the target's version explains (the run's result classification against
 * a Logto that serves another spec than the one tested with; support/version-gap.ts decides per
 * answer):
 * - a failed test that sent a request to an operation the target does not serve: `not served`
 *   (what came after that request cannot be judged);
 * - a failed test with no violation left unexplained whose last answer differed as the two specs
 *   explain, or that got an error answer to a request the target's spec reads otherwise: `version difference`;
 * - a passed test that passed only because some answer's violations were explained: `not served`
 *   or `version difference` as above;
 * - anything else keeps its state: a failure left is breakage.
 * The counts are then passed and failed without these; `notServed` and `versionDifferences` count them.
 */
export function withVersionVerdicts(summary: RunSummary, observations: readonly Observation[], gap: VersionGap | undefined): RunSummary {
  if (!gap) return summary;
  const byTest = new Map<string, Observation[]>();
  const key = (file: string | undefined, name: string): string => `${file ?? ''}\u0000${name}`;
  for (const o of observations) byTest.set(key(o.file, o.test), [...(byTest.get(key(o.file, o.test)) ?? []), o]);
  const tests = summary.tests.map((test): TestOutcome => {
    const version = verdictOf(test, byTest.get(key(test.file, test.name)) ?? [], gap);
    return version ? { ...test, version } : test;
  });
  const count = (state: TestOutcome['state']): number => tests.filter((t) => t.state === state && !t.version).length;
  const verdicts = (verdict: VersionVerdict['verdict']): number => tests.filter((t) => t.version?.verdict === verdict).length;
  return {
    ...summary,
    tests,
    counts: { passed: count('passed'), failed: count('failed') + summary.errors.length, skipped: count('skipped'), notServed: verdicts('not served'), versionDifferences: verdicts('version difference') },
  };
}

function verdictOf(test: TestOutcome, seen: readonly Observation[], gap: VersionGap): VersionVerdict | undefined {
  if (test.state === 'skipped') return undefined;
  const explained = seen.flatMap((o) => (o.versionDifferences ?? []).map((d) => ({ o, d })));
  const describe = (list: typeof explained): string =>
    [...new Set(list.map(({ o, d }) => `${o.operationId ?? o.path} ${o.status}: ${d.check === 'request' ? d.message : d.check} (${d.because.slice(0, 2).join('; ')}${d.because.length > 2 ? '; ...' : ''})`))].slice(0, 4).join(' | ');
  if (test.state === 'failed') {
    const notServed = [...new Set(seen.filter((o) => o.notServed).map((o) => o.operationId ?? o.path))];
    if (notServed.length > 0) return { verdict: 'not served', why: `${notServed.join(', ')} ${notServed.length === 1 ? 'is' : 'are'} ${notServedLabel(gap)}` };
    // The test failed on its own assertion (no violation is left): a version difference only when
    // what it asserted on plausibly is one: its last answer differed as the two specs explain, or
    // an error answered a request that sent what the target's spec does not have. A difference
    // earlier on its way (a user created without a field 1.42 added) does not excuse a later failure.
    if (!seen.every((o) => o.violations.length === 0)) return undefined;
    // The answer the assertion was about: the one the fixture named as the test's last request
    // (the cleanup's requests come after it), else the last one seen.
    const named = test.errors.map((e) => lastRequestIn(e.message)).find((r) => r !== undefined);
    const last = named ? seen.findLast((o) => o.method === named.method && o.path === named.path && o.status === named.status) : seen.at(-1);
    const culprits = explained.filter(({ o, d }) => o === last || d.check === 'request');
    return culprits.length > 0 ? { verdict: 'version difference', why: describe(culprits) } : undefined;
  }
  const answers = explained.filter(({ d }) => d.check !== 'request');
  const notServed = [...new Set(answers.filter(({ o }) => o.notServed).map(({ o }) => o.operationId ?? o.path))];
  if (notServed.length > 0) return { verdict: 'not served', why: `${notServed.join(', ')} ${notServed.length === 1 ? 'is' : 'are'} ${notServedLabel(gap)}; the test passed only because its answers were not held to the spec` };
  return answers.length > 0 ? { verdict: 'version difference', why: describe(answers) } : undefined;
}

/** The console's account of a run against a Logto serving another spec: what its version explains, and what is left. */
export function versionSummaryLines(summary: RunSummary, gap: VersionGap): string[] {
  const c = summary.counts;
  const who = `Logto ${gap.logto ?? '(a version openapi/upstream/history/index.json does not record)'}`;
  const left = summary.tests.filter((t) => t.state === 'failed' && !t.version);
  return [
    `the target is ${who}, which serves another spec (${gap.compared}): ${gap.notServed.length} operation(s) it does not serve, ${Object.keys(gap.changes).length} its spec describes otherwise`,
    `tests: ${c.passed} passed, ${c.failed} failed, ${c.notServed ?? 0} not served by this Logto, ${c.versionDifferences ?? 0} version differences (the last two are not failures: results.json "version" says why per test, junit.xml reports them skipped with the reason, operations.md per operation)`,
    ...(left.length > 0 ? [`left failing, not explained by ${who}'s spec (breakage, or a bug of ours): ${left.slice(0, 6).map((t) => t.name).join('; ')}${left.length > 6 ? `; and ${left.length - 6} more (results.json)` : ''}`] : []),
  ];
}
