/**
 * `npm run contract`: the project's main job.
 *
 * With no LOGTO_* variables: the mock suite (Prism mock of our spec), then the live suite against
 * the embedded reference server. With LOGTO_ENDPOINT & co: the live suite against that server.
 * Arguments after `--` go to the live suite (e.g. `--via-prism-proxy`, `--shard=1/3`).
 * Closing line `N passed, N failed`; exit 0 = all passed, 1 = failures, 2 = configuration error.
 */
import path from 'node:path';
import { CONFIG_ERROR_EXIT_CODE, LiveConfigError } from '../contract-tests/live/config/config-error.js';
import { readLiveSettings } from '../contract-tests/live/config/settings.js';
import { parseLiveArgs } from '../contract-tests/live/runner/live-args.js';
import { runNpmScript, type StepOutcome } from '../contract-tests/live/runner/run-step.js';
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
  if (!remote) {
    console.log('contract: no LOGTO_* settings: mock suite, then live suite against the embedded reference server');
    steps.push(await runNpmScript('contract:mock', [], REPO_ROOT));
  }
  steps.push(await runNpmScript('contract:live', liveArgs, REPO_ROOT));

  const reports = (remote ? ['live'] : ['mock', 'live']).map((dir) => path.relative(process.cwd(), path.join(REPO_ROOT, 'reports', dir)) || '.');
  console.log(`\ncontract: reports in ${reports.map((r) => `${r}/`).join(' and ')}`);
  for (const step of steps) {
    const counts = step.passed === undefined ? 'no summary line' : `${step.passed} passed, ${step.failed} failed`;
    console.log(`contract: ${step.script}: ${counts} (exit ${step.exitCode})`);
  }
  const counts = steps.map(countsOf);
  const passed = counts.reduce((n, c) => n + c.passed, 0);
  const failed = counts.reduce((n, c) => n + c.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  if (steps.some((s) => s.exitCode === CONFIG_ERROR_EXIT_CODE)) return CONFIG_ERROR_EXIT_CODE;
  return steps.every((s) => s.exitCode === 0) ? 0 : 1;
}

/** A step without a summary line counts as one check; one that exited non-zero with "0 failed" still failed. */
function countsOf(step: StepOutcome): { passed: number; failed: number } {
  if (step.passed === undefined || step.failed === undefined) return step.exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (step.exitCode !== 0 && step.failed === 0) return { passed: step.passed, failed: 1 };
  return { passed: step.passed, failed: step.failed };
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`contract: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
