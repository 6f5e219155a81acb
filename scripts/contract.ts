/**
 * `npm run contract`: the project's main job.
 *
 * With no LOGTO_* variables: the mock suite (Prism mock of our spec), then the live suite against
 * the embedded reference server. With LOGTO_ENDPOINT & co: the live suite against that server.
 * Arguments after `--` go to the live suite (e.g. `--via-prism-proxy`, `--shard=1/3`).
 * Closing line `N passed, N failed[, N skipped]`; exit 0 = all passed, 1 = failures, 2 = configuration
 * error (its one line is then the last line). Stopped by Ctrl-C: the closing line starts with
 * "interrupted" and the exit code is 130 (SIGINT) or 143 (SIGTERM).
 */
import path from 'node:path';
import { summaryLine } from '../contract-tests/lib/report/results.js';
import { CONFIG_ERROR_EXIT_CODE, LiveConfigError } from '../contract-tests/live/config/config-error.js';
import { readLiveSettings } from '../contract-tests/live/config/settings.js';
import { interruptedLine, type Counts } from '../contract-tests/live/runner/closing-line.js';
import { parseLiveArgs } from '../contract-tests/live/runner/live-args.js';
import { runNpmScript, type StepOutcome } from '../contract-tests/live/runner/run-step.js';
import { INTERRUPT_EXIT_CODES } from '../contract-tests/live/runner/runner-defaults.js';
import { REPO_ROOT } from '../contract-tests/live/support/repo-paths.js';

async function main(): Promise<number> {
  let remote: boolean;
  const liveArgs = process.argv.slice(2);
  try {
    // Arguments and settings are checked before the (long) mock suite runs.
    parseLiveArgs(liveArgs);
    remote = readLiveSettings().mode === 'remote';
  } catch (error) {
    if (error instanceof LiveConfigError) {
      console.error(`contract: ${error.message}`);
      return CONFIG_ERROR_EXIT_CODE;
    }
    throw error;
  }
  const steps: StepOutcome[] = [];
  const scripts = remote ? ['contract:live'] : ['contract:mock', 'contract:live'];
  if (!remote) console.log('contract: no LOGTO_* settings: mock suite, then live suite against the embedded reference server');
  for (const script of scripts) {
    const step = await runNpmScript(script, script === 'contract:live' ? liveArgs : [], REPO_ROOT);
    steps.push(step);
    // The step's one line (what to fix) is the whole story: no summary after it.
    if (step.exitCode === CONFIG_ERROR_EXIT_CODE) return CONFIG_ERROR_EXIT_CODE;
    if (step.interrupted) break;
  }

  const reports = (remote ? ['live'] : ['mock', 'live']).map((dir) => path.relative(process.cwd(), path.join(REPO_ROOT, 'reports', dir)) || '.');
  console.log(`\ncontract: reports in ${reports.map((r) => `${r}/`).join(' and ')}`);
  for (const step of steps) {
    const counts = step.passed === undefined ? 'no summary line' : summaryLine(countsOf(step));
    console.log(`contract: ${step.script}: ${counts} (exit ${step.exitCode}${step.interrupted ? `, interrupted by ${step.interrupted}` : ''})`);
  }
  const counts = steps.map(countsOf);
  const total = {
    passed: counts.reduce((n, c) => n + c.passed, 0),
    failed: counts.reduce((n, c) => n + c.failed, 0),
    skipped: counts.reduce((n, c) => n + c.skipped, 0),
  };
  const interrupted = steps.find((s) => s.interrupted)?.interrupted;
  if (interrupted) {
    console.log(interruptedLine(interrupted, total));
    return INTERRUPT_EXIT_CODES[interrupted];
  }
  console.log(summaryLine(total));
  return steps.every((s) => s.exitCode === 0) ? 0 : 1;
}

/** A step without a summary line counts as one check; one that exited non-zero with "0 failed" (and was not stopped) still failed. */
function countsOf(step: StepOutcome): Counts {
  if (step.passed === undefined || step.failed === undefined) {
    if (step.exitCode === 0) return { passed: 1, failed: 0, skipped: 0 };
    // A step stopped before its summary has failed nothing; the interrupted line says why it ended.
    return { passed: 0, failed: step.interrupted ? 0 : 1, skipped: 0 };
  }
  const skipped = step.skipped ?? 0;
  if (step.exitCode !== 0 && step.failed === 0 && !step.interrupted) return { passed: step.passed, failed: 1, skipped };
  return { passed: step.passed, failed: step.failed, skipped };
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`contract: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
