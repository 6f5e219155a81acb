import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../support/repo-paths.js';
import type { LiveArgs } from './live-args.js';
import { RUNNER_DEFAULTS, type StopSignal } from './runner-defaults.js';

export interface VitestChild {
  /** Resolves with vitest's exit code (null when it was killed by a signal). */
  exited: Promise<number | null>;
  /** Passes a stop signal on; if vitest is still there after `RUNNER_DEFAULTS.vitestStopMs`, kills it. Resolves once it is gone. */
  stop(signal: StopSignal): Promise<void>;
}

/** Runs the live suite's vitest in a child process, output straight to the terminal. */
export function startVitest(args: LiveArgs, env: NodeJS.ProcessEnv): VitestChild {
  const vitestArgs = [path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'contract-tests/live/vitest.config.ts'];
  if (args.shard) vitestArgs.push(`--shard=${args.shard}`);
  // A file filter: only the generic phase's test file.
  if (args.generic) vitestArgs.push('contract-tests/live/generic/');
  if (args.serial) vitestArgs.push('--maxConcurrency=1', '--no-file-parallelism');
  const child = spawn(process.execPath, vitestArgs, { cwd: REPO_ROOT, env, stdio: 'inherit' });
  // If this runner dies without stopping it, vitest (and through it the servers and proxies) goes too.
  const orphanGuard = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', orphanGuard);
  const exited = new Promise<number | null>((resolve) => {
    child.on('close', (code) => {
      process.off('exit', orphanGuard);
      resolve(code);
    });
  });
  return {
    exited,
    async stop(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), RUNNER_DEFAULTS.vitestStopMs);
      });
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
      clearTimeout(timer);
    },
  };
}
