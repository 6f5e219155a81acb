import { spawn } from 'node:child_process';

export interface StepOutcome {
  script: string;
  exitCode: number;
  /** From the step's closing `N passed, N failed` line; undefined when it printed none. */
  passed: number | undefined;
  failed: number | undefined;
}

const SUMMARY_LINE = /^(\d+) passed, (\d+) failed(?:, \d+ skipped)?\s*$/;

/** Runs `npm run <script> -- <args>`, streaming its output, and reads its closing summary line. */
export function runNpmScript(script: string, args: readonly string[], cwd: string): Promise<StepOutcome> {
  return new Promise((resolve) => {
    const npmArgs = ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])];
    const child = spawn('npm', npmArgs, { cwd, stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let summary: { passed: number; failed: number } | undefined;
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = SUMMARY_LINE.exec(line.replace(/\u001b\[[0-9;]*m/g, ''));
        if (match) summary = { passed: Number(match[1]), failed: Number(match[2]) };
      }
    });
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    child.on('close', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({ script, exitCode: code ?? 1, passed: summary?.passed, failed: summary?.failed });
    });
  });
}
