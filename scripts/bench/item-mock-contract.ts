import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { ItemMeta, ItemResult } from './item-result.js';
import { replayAgainstPrism } from './replay-prism.js';
import { OUR_SPEC, OUR_SPEC_ARG, REPO_ROOT } from '../../common/paths.js';
import { makeBenchTempDir } from './repo-paths.js';
import { npmScriptNodeArgs, runNode } from './run-command.js';
import { ratio } from './stats.js';
import { findSummaryLine } from '../../common/process/index.js';
import { readPrismInstances, readSuiteRequestPhaseMs, readTestFileTimes } from './read-mock-report.js';
import { findVitestDurationLine } from './vitest-duration.js';

// Our spec is the whole Management API, so this is the `npm run contract:mock` users run.
const TITLE = `Mock contract run, our full spec (${OUR_SPEC_ARG})`;
const TARGET_RATIO = 1.0;
const TARGET = `wall / Prism alone (one instance, start-up included) <= ${TARGET_RATIO.toFixed(1)}`;
export const MOCK_CONTRACT_ITEM: ItemMeta = { item: 4, title: TITLE, target: TARGET };
const MOCK_REPORTS = '.tmp/bench-mock';
const RUN_TIMEOUT_MS = 5 * 60_000;

/**
 * Item 4. The wall time of `npm run contract:mock` on the full spec, against one Prism instance
 * serving the same requests to a bare client, start-up included. The suite spreads its requests
 * over one Prism per core; the ratio is what that wins back against what our harness adds
 * (process start, vitest, spec loading, request building, checks, reports, the other Prisms).
 */
export async function measureMockContract(): Promise<ItemResult> {
  if (!existsSync(path.join(REPO_ROOT, 'scripts', 'contract-mock.ts'))) {
    throw new Error('scripts/contract-mock.ts does not exist yet, so `npm run contract:mock` cannot be timed');
  }
  // A B B A: the machine's load drifts over the minutes this takes, and the order shares the drift
  // out evenly; each figure is the mean of its two runs. The notes come from the last suite run.
  const first = await runSuite();
  const p1 = await runPrismAlone();
  const p2 = await runPrismAlone();
  const suite = await runSuite();
  const prismRuns = [p1, p2];
  const suiteWallMs = (first.wallMs + suite.wallMs) / 2;
  summaryOf(first); // the first run must have been a whole contract run too
  const summary = summaryOf(suite);

  const suiteRequestPhaseMs = readSuiteRequestPhaseMs(path.join(REPO_ROOT, MOCK_REPORTS));
  const vitestDuration = findVitestDurationLine(suite.tail);
  const fileTimes = readTestFileTimes(path.join(REPO_ROOT, MOCK_REPORTS), REPO_ROOT);
  // The conformance suite proper; any other file in the run tests the harness, not the spec.
  const otherFiles = fileTimes.filter((f) => !f.file.endsWith('spec-conformance.mock.test.ts'));
  const vitestTests = fileTimes.reduce((n, f) => n + f.tests, 0);
  const prismInstances = readPrismInstances(suite.tail);
  const replay: PrismReplay = {
    ...p2,
    startupMs: (p1.startupMs + p2.startupMs) / 2,
    requestsMs: (p1.requestsMs + p2.requestsMs) / 2,
    failedExchanges: Math.max(p1.failedExchanges, p2.failedExchanges),
  };

  const prismOwnMs = replay.startupMs + replay.requestsMs;
  const overhead = ratio(suiteWallMs, prismOwnMs);
  const overheadRequestsOnly = ratio(suiteWallMs, replay.requestsMs);
  const ratioMet = overhead <= TARGET_RATIO;
  const notes: string[] = [
    `contract:mock closed with "${summary.line}" (exit ${suite.exitCode}); failures there are spec/Prism findings, not bench errors. Reports: ${MOCK_REPORTS}/`,
    `Order A B B A (suite, Prism alone, Prism alone, suite), means of two: suite ${(first.wallMs / 1000).toFixed(1)} s and ${(suite.wallMs / 1000).toFixed(1)} s; Prism alone ${prismRuns.map((r) => ((r.startupMs + r.requestsMs) / 1000).toFixed(1)).join(' s and ')} s.`,
    `Prism alone = one instance: start-up ${(replay.startupMs / 1000).toFixed(2)} s + ${replay.pairRequests + replay.negativeRequests} requests ${(replay.requestsMs / 1000).toFixed(2)} s; wall / requests alone = ${overheadRequestsOnly}.`,
    `The suite ran on ${prismInstances ?? '?'} Prism instance(s) (one per core; os.availableParallelism() = ${availableParallelism()}), started before vitest; vitest ran ${vitestTests} tests (one per operation) for the ${summary.passed + summary.failed + summary.skipped} testcases of the closing line and junit.xml.`,
  ];
  if (suiteRequestPhaseMs !== undefined) {
    const rest = suite.wallMs - suiteRequestPhaseMs - replay.startupMs;
    notes.push(
      `Inside the suite, sending and checking all requests took ${(suiteRequestPhaseMs / 1000).toFixed(2)} s (${ratio(suiteRequestPhaseMs, replay.requestsMs)}x Prism alone); ` +
        `the other ~${(rest / 1000).toFixed(1)} s of the wall (beyond one Prism's ~${(replay.startupMs / 1000).toFixed(1)} s start-up) is what overlapping did not hide: the Prisms and vitest starting at once on ${availableParallelism()} cores, the tests after the request phase (the client end to end among them), reports, shutdown.`,
    );
  }
  if (vitestDuration) notes.push(`vitest: ${vitestDuration}`);
  const slowOthers = otherFiles.filter((f) => f.ms >= 1000);
  if (slowOthers.length > 0) {
    notes.push(
      `The run also executes ${otherFiles.length} test file(s) of the harness itself, not of the spec; the slow ones: ` +
        `${slowOthers.map((f) => `${f.file} ${(f.ms / 1000).toFixed(1)} s`).join(', ')}.`,
    );
  }
  if (replay.failedExchanges > 0) notes.push(`${replay.failedExchanges} replayed request(s) got no answer from Prism.`);
  if (!ratioMet) {
    const over = suiteWallMs - prismOwnMs * TARGET_RATIO;
    notes.push(`MISSED by ${(overhead - TARGET_RATIO).toFixed(2)}x: wall / Prism alone = ${overhead.toFixed(2)} (target ${TARGET_RATIO.toFixed(1)}), ${(over / 1000).toFixed(1)} s too slow.`);
  }
  return {
    item: 4,
    title: TITLE,
    target: TARGET,
    measured: `${(suiteWallMs / 1000).toFixed(1)} s wall; ratio ${overhead.toFixed(2)}`,
    status: ratioMet ? 'met' : 'missed',
    notes,
    sideBySide: [
      { contender: `npm run contract:mock (wall, ${prismInstances ?? '?'} Prism instances)`, value: `${(suiteWallMs / 1000).toFixed(2)} s`, relative: `${overhead.toFixed(2)}x` },
      { contender: 'Prism alone (1 instance): start-up + same requests', value: `${(prismOwnMs / 1000).toFixed(2)} s`, relative: '1.00x' },
      ...(suiteRequestPhaseMs !== undefined
        ? [{ contender: 'suite request phase (send + check)', value: `${(suiteRequestPhaseMs / 1000).toFixed(2)} s`, relative: `${ratio(suiteRequestPhaseMs, replay.requestsMs).toFixed(2)}x of requests only` }]
        : []),
      { contender: 'Prism alone (1 instance): same requests only', value: `${(replay.requestsMs / 1000).toFixed(2)} s`, relative: '' },
    ],
    figures: {
      command: `npm run contract:mock -- --spec ${OUR_SPEC_ARG} --reports ${MOCK_REPORTS}`,
      wallMs: Math.round(suiteWallMs),
      wallMsRuns: [Math.round(first.wallMs), Math.round(suite.wallMs)],
      prismOwnMsRuns: prismRuns.map((r) => Math.round(r.startupMs + r.requestsMs)),
      exitCode: suite.exitCode,
      summary: summary.line,
      prismInstances: prismInstances ?? null,
      vitestTests,
      prismStartupMs: Math.round(replay.startupMs),
      prismRequestsMs: Math.round(replay.requestsMs),
      prismOwnMs: Math.round(prismOwnMs),
      pairRequests: replay.pairRequests,
      negativeRequests: replay.negativeRequests,
      suiteRequestPhaseMs: suiteRequestPhaseMs ?? null,
      vitestDuration: vitestDuration ?? null,
      testFiles: fileTimes,
      wallToPrismOwn: overhead,
      wallToPrismRequestsOnly: overheadRequestsOnly,
    },
  };
}

type PrismReplay = Awaited<ReturnType<typeof replayAgainstPrism>>;

/** The run's closing line; a run without one was not a contract run, and timing it would mean nothing. */
function summaryOf(run: Awaited<ReturnType<typeof runNode>>): NonNullable<ReturnType<typeof findSummaryLine>> {
  const summary = findSummaryLine(run.tail);
  if (!summary) throw new Error(`npm run contract:mock exited ${run.exitCode} without a "N passed, N failed" line: ${run.tail.slice(-3).join(' | ')}`);
  return summary;
}

/** One `npm run contract:mock` on our spec, exactly as its package.json script runs it: one node process. */
function runSuite(): ReturnType<typeof runNode> {
  return runNode([...npmScriptNodeArgs('contract:mock'), '--spec', OUR_SPEC_ARG, '--reports', MOCK_REPORTS], { timeoutMs: RUN_TIMEOUT_MS });
}

/** One Prism instance on our spec, started and sent the suite's requests by a bare client; its log in a temporary folder. */
async function runPrismAlone(): Promise<PrismReplay> {
  const temp = await makeBenchTempDir('bench-prism');
  try {
    return await replayAgainstPrism(OUR_SPEC, path.join(temp.dir, 'prism.log'));
  } finally {
    await temp.remove();
  }
}
