import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  addCounts,
  countsOfRun,
  INTERRUPT_EXIT_CODES,
  interruptedLine,
  readVitestReport,
  runNpmScript,
  summaryLine,
  vitestCounts,
  type Counts,
  type StopSignal,
} from '../../common/process/index.js';
import { embeddedOnlyEnv } from './embedded-env.js';

export interface Step {
  name: string;
  script: string;
  /** Where a vitest JSON report lands (relative to `cwd`), for steps whose counts come from a report file. */
  vitestJson?: string;
}

interface StepResult extends Counts {
  name: string;
  exitCode: number;
  interrupted: StopSignal | undefined;
}

interface RunAllOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/**
 * `npm test`'s engine: runs every step (even after a failure, so one run shows everything that is
 * wrong) with LOGTO_* removed from the environment and a temporary folder of its own, checks that
 * nothing was left in that folder, then prints a summary and the closing line. A stop
 * (SIGINT/SIGTERM) ends it after the current step with the interrupted closing line; the exit
 * code is then 130/143, otherwise 0 when every step passed, else 1.
 */
export async function runAll(steps: readonly Step[], options: RunAllOptions): Promise<{ exitCode: number; results: StepResult[] }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { env: embeddedEnv, ignored } = embeddedOnlyEnv(options.env);
  if (ignored.length > 0) {
    log(`npm test: ignoring ${ignored.join(', ')}: npm test only uses the embedded servers (npm run contract uses these variables)`);
  }
  // Every step's temporary files go to one folder of this run: whatever a test forgets to remove
  // is named below as a failure, and removed with the folder.
  const temp = mkdtempSync(path.join(options.env.TMPDIR ?? tmpdir(), 'npm-test-'));
  const env = { ...embeddedEnv, TMPDIR: temp, TMP: temp, TEMP: temp };
  const results: StepResult[] = [];
  try {
    for (const step of steps) {
      log(`\n── ${step.name} (npm run ${step.script}) ──`);
      const result = await runStep(step, options.cwd, env);
      results.push(result);
      if (result.interrupted) break;
    }
    if (!results.some((r) => r.interrupted)) results.push(tempCheck(temp, log));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  log('\n── summary ──');
  for (const r of results) log(`${r.exitCode === 0 ? 'ok  ' : r.interrupted ? 'STOP' : 'FAIL'} ${r.name}: ${summaryLine(r)}${r.interrupted ? ` (interrupted by ${r.interrupted})` : ''}`);
  const total = addCounts(results);
  const interrupted = results.find((r) => r.interrupted)?.interrupted;
  if (interrupted) {
    log(`\n${interruptedLine(interrupted, total)}`);
    return { exitCode: INTERRUPT_EXIT_CODES[interrupted], results };
  }
  log(`\n${summaryLine(total)}`);
  return { exitCode: results.every((r) => r.exitCode === 0) ? 0 : 1, results };
}

/** tsx keeps its compile cache in the temp folder on purpose (`tsx-<uid>`); anything else left there is a leak. */
const TEMP_CACHES = /^tsx-\d+$/;

function tempCheck(temp: string, log: (line: string) => void): StepResult {
  const left = readdirSync(temp).filter((name) => !TEMP_CACHES.test(name));
  const name = 'no temporary files left behind';
  if (left.length === 0) return { name, passed: 1, failed: 0, skipped: 0, exitCode: 0, interrupted: undefined };
  log(`\nnpm test: the steps left ${left.length} temporary item(s) behind (removed now): ${left.sort().join(', ')}; the test that creates them must remove them`);
  return { name, passed: 0, failed: 1, skipped: 0, exitCode: 1, interrupted: undefined };
}

async function runStep(step: Step, cwd: string, env: NodeJS.ProcessEnv): Promise<StepResult> {
  const reportFile = step.vitestJson ? path.join(cwd, step.vitestJson) : undefined;
  // A report left by an earlier run must not stand in for this one.
  if (reportFile) rmSync(reportFile, { force: true });
  const outcome = await runNpmScript(step.script, [], cwd, env);
  const report = reportFile ? readVitestReport(reportFile) : undefined;
  const counts = countsOfRun(outcome.exitCode, report ? vitestCounts(report) : outcome.counts, outcome.interrupted);
  return { name: step.name, ...counts, exitCode: outcome.exitCode, interrupted: outcome.interrupted };
}
