/**
 * What `npm run contract:live` does (scripts/contract-live.ts only calls this): the live contract
 * suite against a real Logto (LOGTO_* variables) or, with none set, against the embedded
 * reference server the test setup starts.
 *
 * Settings are checked before any test runs (variables, URL, reachability, credentials, write
 * permission); a problem ends the run with one line and exit code 2. The previous run's reports
 * are removed, then vitest runs the scenarios; the reports are written from what the run recorded,
 * and the closing line is `N passed, N failed`; exit 0 = all passed, 1 = failures.
 *
 * Stopped by SIGINT (Ctrl-C) or SIGTERM, it stops vitest, writes reports marked "interrupted" with
 * what ran so far, deletes what the run created on a remote tenant (or prints the sweep command
 * that will), ends with a line starting "interrupted" and exits 130 or 143.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countsOfRun, interruptedLine, INTERRUPT_EXIT_CODES, summaryLine, watchStopSignals } from '../../../common/process/index.js';
import { totals } from '../../lib/report/results.js';
import { writeFileAtomic } from '../../lib/report/atomic-write.js';
import type { RemoteSettings } from '../config/settings.js';
import type { Census } from '../census/census.js';
import { census, reportCensus, restoreSettings } from '../census/census-run.js';
import { learnBeforeTests } from './before-tests.js';
import { parseGenericTestName } from '../generic/generic-checks.js';
import { buildGenericReport, genericSummaryLines, planFor, writeGenericReports } from '../generic/generic-report.js';
import { readCreatedKeys, readLeftovers, readObservations } from '../support/live-report.js';
import { LIVE_REPORTS_DIR, REPO_ROOT, SPEC_PATH } from '../support/repo-paths.js';
import { cleanUpLeftovers, sweepCommand } from './leftover-cleanup.js';
import { LIVE_USAGE } from './live-args.js';
import { prepareLiveRun } from './prepare-live-run.js';
import { clearLiveReports } from './report-files.js';
import { readRecords } from './run-stream.js';
import { summarizeRun } from './run-results.js';
import { readVersionGap } from '../support/target-version.js';
import { versionSummaryLines } from './version-outcomes.js';
import { startVitest } from './vitest-child.js';
import { writeRunReports } from './write-run-reports.js';
import { changedSince } from './changed-since.js';
import { staleDeclarationProblems } from './declarations-check.js';
import { CHANGED_OPERATIONS_VARIABLE, selectionLines } from '../support/check-selection.js';

export async function runContractLive(argv: readonly string[]): Promise<number> {
  // A bad setting throws a UsageError: the entry's runCli prints its one line and exits 2.
  const prepared = await prepareLiveRun([...argv]);
  if (prepared.args.help) {
    console.log(LIVE_USAGE);
    return 0;
  }
  const specPath = prepared.args.spec ?? SPEC_PATH;
  const specName = path.relative(REPO_ROOT, specPath) || specPath;
  // --changed-since: the checks that send to an operation the spec diff names; a bad old spec ends the run here (exit 2).
  const narrowed = prepared.args.changedSince ? await changedSince(prepared.args.changedSince, specPath, prepared.args, prepared.settings.mode === 'remote' ? 'remote' : 'reference') : undefined;
  if (narrowed) {
    for (const line of selectionLines(narrowed.selection, narrowed.diff)) console.log(`contract:live: ${line}`);
    if (narrowed.selection.selected.length === 0) {
      console.log('contract:live: nothing to run: no check sends to an operation the spec diff names');
      console.log(summaryLine({ passed: 0, failed: 0, skipped: 0 }));
      return 0;
    }
  }
  clearLiveReports();
  console.log(`contract:live: testing ${prepared.target}${prepared.args.viaPrismProxy ? ' through prism proxy' : ''}${prepared.args.shard ? `, shard ${prepared.args.shard}` : ''}${prepared.args.generic ? ', generic phase only' : ''}, spec ${specName}`);
  // A remote target's version, and its tenant as it was, are read while vitest boots; no test runs before both are known.
  const before = prepared.settings.mode === 'remote' ? learnBeforeTests(prepared.settings, specPath, prepared.args.census) : undefined;
  const startedAt = new Date();
  const env = { ...prepared.env, ...before?.env };
  const vitest = narrowed ? startVitest(prepared.args, { ...env, [CHANGED_OPERATIONS_VARIABLE]: JSON.stringify([...narrowed.changed].sort()) }, narrowed.files) : startVitest(prepared.args, env);
  const stop = watchStopSignals((signal) => {
    console.error(`\ncontract:live: ${signal} received: stopping the tests, then writing the reports${prepared.settings.mode === 'remote' ? ' and deleting what the run created' : ''}`);
    void vitest.stop(signal);
  });
  let snapshot: Awaited<NonNullable<typeof before>['snapshot']> | undefined;
  try {
    snapshot = await before?.snapshot;
  } catch (error) {
    // The global setup stops on the same announcement; the run ends with this one line.
    await vitest.exited;
    stop.dispose();
    before?.dispose();
    throw error;
  }
  // Every tenant-wide setting as it was, in memory only (a setting can hold a secret): what the
  // run puts back at its end, whether or not it was allowed to change settings.
  const censusBefore = snapshot?.census;
  const settingsBefore = snapshot?.settings;
  if (snapshot && snapshot.unread.length > 0) {
    console.error(`contract:live: could not read ${snapshot.unread.length} tenant-wide setting(s) before the tests: ${snapshot.unread.join('; ')}; the run cannot tell whether it changes them, nor put them back`);
  }
  const code = await vitest.exited;
  before?.dispose();
  const signal = stop.signal;
  const target = `${prepared.settings.mode === 'remote' ? prepared.settings.endpoint : 'embedded reference server'}${prepared.args.viaPrismProxy ? ' via prism proxy' : ''}`;
  const interrupted = signal ? `stopped by ${signal} after ${((Date.now() - startedAt.getTime()) / 1000).toFixed(1)} s; these are the results of what ran before the stop` : undefined;

  // Deleting what the run left and checking the settings wait on the server, the reports on this
  // process: both at once, and what the first has to say is printed after the reports, as before.
  const afterTests = prepared.settings.mode === 'remote' ? cleanUpAndCheckSettings(prepared.settings, prepared.prefix, settingsBefore, stop.urgent) : undefined;
  // Awaited after the reports; a failure meanwhile must not count as unhandled.
  afterTests?.catch(() => undefined);
  let summary = summarizeRun(readRecords());
  try {
    const written = await writeRunReports({ target, startedAt, ...(interrupted ? { interrupted } : {}), ...(prepared.args.spec ? { specPath } : {}) });
    summary = written.summary;
    // The generic phase, per operation and check (when its file ran in this run or shard).
    if (summary.tests.some((t) => parseGenericTestName(t.name))) {
      const { planned, scope } = await planFor(specPath, prepared.settings.mode === 'remote' ? 'remote' : 'reference');
      const report = buildGenericReport(planned, summary.tests, { spec: specName, target, scope });
      writeGenericReports(LIVE_REPORTS_DIR, report);
      console.log(`contract:live: generic phase over ${report.operations} operations (${scope}):`);
      for (const line of genericSummaryLines(report)) console.log(`contract:live:   ${line}`);
    }
    const reach = JSON.parse(readFileSync(path.join(LIVE_REPORTS_DIR, 'operations.json'), 'utf8')) as { operations: Array<{ reach: string }> };
    const reached = (what: string): number => reach.operations.filter((o) => o.reach === what).length;
    console.log(
      `contract:live: a 2xx answer checked on ${reached('2xx checked')} of ${reach.operations.length} operations; errors only ${reached('errors only')}, not reachable on a self-hosted Logto ${reached('not reachable')}, not sent ${reached('not sent')} (operations.md, per tag and per operation)`,
    );
    const gap = readVersionGap();
    if (gap) {
      console.log(`contract:live: not served by this Logto: ${reached('not served')} of ${reach.operations.length} operations (operations.md)`);
      for (const line of versionSummaryLines(summary, gap)) console.log(`contract:live: ${line}`);
    }
    const observations = readObservations();
    // The full run against the embedded reference server sends all the hand-written tests can:
    // a declared operation none of them sent is stale (--changed-since would select by it).
    if (prepared.settings.mode === 'reference' && !narrowed && !prepared.args.shard && !prepared.args.generic && !prepared.args.wholeApi && !interrupted) {
      const stale = await staleDeclarationProblems(specPath, [...new Set(summary.tests.map((t) => t.file))], observations);
      for (const problem of stale) console.error(`contract:live: ${problem}`);
      if (stale.length > 0) summary = { ...summary, counts: { ...summary.counts, failed: summary.counts.failed + stale.length } };
    }
    const undocumented = new Map<string, Set<string>>();
    for (const o of observations) for (const field of o.undocumentedFields ?? []) undocumented.set(o.operationId ?? o.path, new Set([...(undocumented.get(o.operationId ?? o.path) ?? []), field]));
    writeFileAtomic(path.join(LIVE_REPORTS_DIR, 'undocumented-fields.json'), `${JSON.stringify(Object.fromEntries([...undocumented].map(([op, fields]) => [op, [...fields].sort()])), null, 2)}\n`);
    if (undocumented.size > 0) {
      console.log(
        `contract:live: ${undocumented.size} operation(s) answered fields the spec does not describe (findings: the spec is behind, not failures; undocumented-fields.json): ${[...undocumented]
          .slice(0, 8)
          .map(([op, fields]) => `${op} ${[...fields].slice(0, 3).join(' ')}`)
          .join('; ')}${undocumented.size > 8 ? '; ...' : ''}`,
      );
    }
    const flaky = observations.filter((o) => o.transientFaults && o.transientFaults.length > 0);
    if (flaky.length > 0) {
      const kinds = new Map<string, number>();
      for (const fault of flaky.flatMap((o) => o.transientFaults ?? [])) kinds.set(fault, (kinds.get(fault) ?? 0) + 1);
      console.log(`contract:live: ${flaky.length} request(s) met a transient fault of the target and were sent again (flakiness, not contract failures): ${[...kinds].map(([k, n]) => `${k} x${n}`).join(', ')}`);
    }
    const pairs = totals(written.conformance).pairs;
    const relative = path.relative(process.cwd(), LIVE_REPORTS_DIR) || '.';
    console.log(`contract:live: operation x status pairs: ${pairs.passed} passed, ${pairs.failed} failed, ${pairs.not_reachable} not reached`);
    console.log(`contract:live: reports in ${relative}/ (junit.xml and results.json per test; coverage.md, coverage.html, coverage.json, conformance-junit.xml per operation x status; operations.md, operations.json per operation; responses.json)${interrupted ? ', marked interrupted' : ''}`);
  } catch (error) {
    // The cleanup under way matters more than the reports: carry on without them.
    console.error(`contract:live: could not write the reports: ${error instanceof Error ? error.message : String(error)}`);
    summary = { ...summary, counts: { ...summary.counts, failed: Math.max(summary.counts.failed, 1) } };
  }

  const ending = await afterTests;
  for (const { stream, line } of ending?.lines ?? []) (stream === 'err' ? console.error : console.log)(line);
  const settingsChanged = ending?.settingsChanged ?? false;
  let censusFailed = false;
  if (censusBefore && prepared.settings.mode === 'remote' && !signal) {
    const after = await census(prepared.settings, specPath, 'after');
    censusFailed = await reportCensus(prepared.settings, censusBefore, after, readCreatedKeys(['application', 'saml-application']));
  }
  stop.dispose();

  if (signal) {
    console.log(interruptedLine(signal, summary.counts));
    return INTERRUPT_EXIT_CODES[signal];
  }
  let failed = summary.counts.failed;
  if (!summary.ended) {
    console.error(`contract:live: the test run ended before it finished (vitest exit code ${code ?? 'none'}); see the output above.`);
    failed = Math.max(failed, 1);
  }
  const counts = countsOfRun(code, { ...summary.counts, failed });
  // A census that changed is a failure of its own: a run must leave the tenant as it found it;
  // so is a setting the run changed without being allowed to.
  if (censusFailed) counts.failed += 1;
  if (settingsChanged) counts.failed += 1;
  if (narrowed) console.log(`contract:live: --changed-since: ${narrowed.selection.skipped.length} check(s) not run, none of them sending to the ${narrowed.diff.operations} operation(s) the spec diff names`);
  console.log(summaryLine(counts));
  return counts.failed === 0 && code === 0 ? 0 : 1;
}

type Line = { stream: 'out' | 'err'; line: string };

/** The remote run's end: what it left deleted, then its settings checked; the lines to print, and whether a setting had changed. */
async function cleanUpAndCheckSettings(settings: RemoteSettings, prefix: string, snapshot: Census | undefined, urgent: AbortSignal): Promise<{ lines: Line[]; settingsChanged: boolean }> {
  const lines: Line[] = [];
  await cleanUpRemote(settings, prefix, urgent, lines);
  const settingsChanged = snapshot ? await putSettingsBack(settings, snapshot, lines) : false;
  return { lines, settingsChanged };
}

/**
 * Puts back every tenant-wide setting the run changed. A run allowed to change settings
 * (LOGTO_CONTRACT_ALLOW_SETTINGS=1) says what it restored; any other run must have changed none,
 * so a change is restored and fails the run. Returns whether that happened.
 */
async function putSettingsBack(settings: RemoteSettings, snapshot: Census, lines: Line[]): Promise<boolean> {
  let outcome: Awaited<ReturnType<typeof restoreSettings>>;
  try {
    outcome = await restoreSettings(settings, snapshot);
  } catch (error) {
    lines.push({ stream: 'err', line: `contract:live: could not check the tenant-wide settings after the run: ${error instanceof Error ? error.message : String(error)}` });
    return true;
  }
  const described = outcome.restored.map((r) => `${r.setting} (${r.pointers.join(', ')})`).join('; ');
  for (const problem of outcome.problems) lines.push({ stream: 'err', line: `contract:live: ${problem}` });
  if (settings.allowSettings) {
    if (described) lines.push({ stream: 'out', line: `contract:live: tenant-wide settings put back as they were before the run: ${described}` });
    return outcome.problems.length > 0;
  }
  if (described) lines.push({ stream: 'err', line: `contract:live: the run changed tenant-wide settings it must not change: ${described}; put back as they were` });
  return described !== '' || outcome.problems.length > 0;
}

/**
 * Deletes what the run's ledger lists as created and not deleted (a failed test cleanup, or tests
 * cut off by a stop), then anything named with the run's prefix: a create whose connection
 * dropped before its answer (a transient fault), or that was cut off by a stop, may have taken
 * effect without the ledger knowing, and a shared tenant must not keep it.
 */
async function cleanUpRemote(settings: RemoteSettings, prefix: string, urgent: AbortSignal, lines: Line[]): Promise<void> {
  const leftovers = readLeftovers().filter((l) => l.target === 'main');
  const outcome = await cleanUpLeftovers({ settings, leftovers, prefix, sweepByPrefix: true, signal: urgent });
  if (outcome.problems.length === 0) {
    if (outcome.deleted + outcome.gone > 0) lines.push({ stream: 'out', line: `contract:live: cleaned up what the run left on ${settings.endpoint}: deleted ${outcome.deleted}, already gone ${outcome.gone} (${leftovers.length} in the run's ledger, the rest found by the prefix ${prefix})` });
    return;
  }
  lines.push({ stream: 'err', line: `contract:live: could not delete everything the run created (${outcome.problems.slice(0, 3).join('; ')}${outcome.problems.length > 3 ? `; and ${outcome.problems.length - 3} more` : ''}).` });
  lines.push({ stream: 'err', line: `contract:live: to delete it, run: ${sweepCommand(prefix)}` });
}
