/**
 * `npm run contract:live`: the live contract suite against a real Logto (LOGTO_* variables) or,
 * with none set, against the embedded reference server the test setup starts.
 *
 * Settings are checked before any test runs (variables, URL, reachability, credentials, write
 * permission); a problem ends the run with one line and exit code 2. Then vitest runs the
 * scenarios; the closing line is `N passed, N failed`; exit 0 = all passed, 1 = failures.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { summaryLine } from '../contract-tests/lib/report/results.js';
import { CONFIG_ERROR_EXIT_CODE, LiveConfigError } from '../contract-tests/live/config/config-error.js';
import { LIVE_USAGE, type LiveArgs } from '../contract-tests/live/runner/live-args.js';
import { prepareLiveRun, type PreparedLiveRun } from '../contract-tests/live/runner/prepare-live-run.js';
import { readVitestCounts } from '../contract-tests/live/runner/vitest-results.js';
import { LIVE_REPORTS_DIR, REPO_ROOT } from '../contract-tests/live/support/repo-paths.js';

const RESULTS_FILE = path.join(LIVE_REPORTS_DIR, 'results.json');

function runVitest(args: LiveArgs, env: NodeJS.ProcessEnv): Promise<number> {
  const vitestArgs = [path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'contract-tests/live/vitest.config.ts'];
  if (args.shard) vitestArgs.push(`--shard=${args.shard}`);
  if (args.serial) vitestArgs.push('--maxConcurrency=1', '--no-file-parallelism');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, vitestArgs, { cwd: REPO_ROOT, env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    // If this runner goes away, vitest (and through it the servers and proxies) goes too.
    const stopChild = (): void => {
      if (child.exitCode === null) child.kill('SIGTERM');
    };
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    process.once('exit', stopChild);
    child.on('close', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      process.off('exit', stopChild);
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<number> {
  let prepared: PreparedLiveRun;
  try {
    prepared = await prepareLiveRun(process.argv.slice(2));
  } catch (error) {
    if (error instanceof LiveConfigError) {
      console.error(`contract:live: ${error.message}`);
      return CONFIG_ERROR_EXIT_CODE;
    }
    throw error;
  }
  if (prepared.args.help) {
    console.log(LIVE_USAGE);
    return 0;
  }
  console.log(`contract:live: testing ${prepared.target}${prepared.args.viaPrismProxy ? ' through prism proxy' : ''}${prepared.args.shard ? `, shard ${prepared.args.shard}` : ''}`);
  rmSync(RESULTS_FILE, { force: true });
  const code = await runVitest(prepared.args, prepared.env);
  const counts = readVitestCounts(RESULTS_FILE);
  const relative = path.relative(process.cwd(), LIVE_REPORTS_DIR) || '.';
  console.log(`contract:live: reports in ${relative}/ (junit.xml per test; coverage.md, coverage.html, coverage.json, conformance-junit.xml per operation x status; responses.json)`);
  if (!counts) {
    console.error('contract:live: the test run ended before reporting any result (see the output above).');
    console.log('0 passed, 1 failed');
    return 1;
  }
  const failed = code !== 0 && counts.failed === 0 ? 1 : counts.failed;
  console.log(summaryLine({ passed: counts.passed, failed, skipped: counts.skipped }));
  return failed === 0 && code === 0 ? 0 : 1;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`contract:live: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
