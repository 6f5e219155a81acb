import { startChild, vitestEntry, type StopSignal } from '../../../common/process/index.js';
import { REPO_ROOT } from '../support/repo-paths.js';
import type { LiveArgs } from './live-args.js';
import { RUNNER_DEFAULTS } from './runner-defaults.js';

interface VitestChild {
  /** Resolves with vitest's exit code (null when it was killed by a signal). */
  exited: Promise<number | null>;
  /** Passes a stop signal on; if vitest is still there after `RUNNER_DEFAULTS.vitestStopMs`, kills it. Resolves once it is gone. */
  stop(signal: StopSignal): Promise<void>;
}

/**
 * Runs the live suite's vitest in a child process, output straight to the terminal. `files`,
 * when given, are the only test files it runs (--changed-since: those with a selected check).
 */
export function startVitest(args: LiveArgs, env: NodeJS.ProcessEnv, files?: readonly string[]): VitestChild {
  const vitestArgs = [vitestEntry(), 'run', '--config', 'contract-tests/live/vitest.config.ts'];
  if (args.shard) vitestArgs.push(`--shard=${args.shard}`);
  // A file filter: only the generic phase's test file.
  if (files) vitestArgs.push(...files);
  else if (args.generic) vitestArgs.push('contract-tests/live/generic/');
  else if (args.wholeApi) vitestArgs.push('contract-tests/live/whole-api/', 'contract-tests/live/generic/');
  if (args.serial) vitestArgs.push('--maxConcurrency=1', '--no-file-parallelism');
  // If this runner dies without stopping it, vitest (and through it the servers and proxies) goes too.
  const child = startChild(process.execPath, vitestArgs, { cwd: REPO_ROOT, env, output: 'inherit', killWithParent: true });
  return {
    exited: child.ended.then((end) => end.code),
    stop: (signal) => child.stop(signal, RUNNER_DEFAULTS.vitestStopMs),
  };
}
