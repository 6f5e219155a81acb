import { spawn } from 'node:child_process';
import { REPO_ROOT } from './repo-paths.js';

export interface CommandRun {
  exitCode: number;
  wallMs: number;
  /** The last lines of stdout+stderr, for error messages and summary lines. */
  tail: string[];
}

const TAIL_LINES = 40;

/**
 * Runs `node <args>` from the repo root and measures its wall time. Output is kept (not shown) so
 * the bench's own report stays readable; the tail is returned for diagnostics.
 */
export function runNode(args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let partial = '';
    const collect = (chunk: Buffer): void => {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop() ?? '';
      lines.push(...parts);
      if (lines.length > TAIL_LINES * 4) lines.splice(0, lines.length - TAIL_LINES);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = options.timeoutMs
      ? setTimeout(() => {
          child.kill('SIGTERM');
        }, options.timeoutMs)
      : undefined;
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (partial) lines.push(partial);
      const tail = lines.slice(-TAIL_LINES);
      resolve({ exitCode: code ?? (signal ? 128 : 1), wallMs, tail });
    });
  });
}

/** `tsx <script> ...args`, the way the package.json scripts run. */
export function runTsx(script: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CommandRun> {
  return runNode([`${REPO_ROOT}/node_modules/tsx/dist/cli.mjs`, script, ...args], options);
}
