import { spawn } from 'node:child_process';
import { parseClosingLine } from './closing-line.js';
import type { StopSignal } from './runner-defaults.js';

export interface StepOutcome {
  script: string;
  exitCode: number;
  /** From the step's closing line (`N passed, N failed[, N skipped]`, or its interrupted form); undefined when it printed none. */
  passed: number | undefined;
  failed: number | undefined;
  skipped: number | undefined;
  /** The step was stopped (it said so in its last line, or this process was). */
  interrupted: StopSignal | undefined;
}

/**
 * Runs `npm run <script> -- <args>`, streaming its output, and reads its closing line. A SIGINT
 * or SIGTERM this process gets is passed on (the step decides how to stop) and noted.
 */
export function runNpmScript(script: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<StepOutcome> {
  return new Promise((resolve) => {
    const npmArgs = ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])];
    const child = spawn('npm', npmArgs, { cwd, stdio: ['ignore', 'pipe', 'inherit'], env });
    let closing: ReturnType<typeof parseClosingLine>;
    let stoppedBy: StopSignal | undefined;
    let pending = '';
    const read = (line: string): void => {
      const parsed = parseClosingLine(line);
      if (parsed) closing = parsed;
    };
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) read(line);
    });
    const forward = (signal: StopSignal): void => {
      stoppedBy ??= signal;
      child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('close', (code, signal) => {
      read(pending);
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      const interrupted = closing?.kind === 'interrupted' ? closing.signal : stoppedBy ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? signal : undefined);
      resolve({ script, exitCode: code ?? 1, passed: closing?.counts.passed, failed: closing?.counts.failed, skipped: closing?.counts.skipped, interrupted });
    });
  });
}
