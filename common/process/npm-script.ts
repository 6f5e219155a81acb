import { startChild } from './child.js';
import { parseClosingLine, type ClosingLine, type Counts } from './closing-line.js';
import { isStopSignal, type StopSignal } from './stop-signals.js';

export interface StepOutcome {
  script: string;
  exitCode: number;
  /** From the step's closing line (`N passed, N failed[, N skipped]`, or its interrupted form); undefined when it printed none. */
  counts: Counts | undefined;
  /** The step was stopped (it said so in its last line, or this process was). */
  interrupted: StopSignal | undefined;
}

/**
 * Runs `npm run <script> -- <args>`, streaming its output, and reads its closing line. A SIGINT
 * or SIGTERM this process gets is passed on (the step decides how to stop) and noted.
 */
export async function runNpmScript(script: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<StepOutcome> {
  let closing: ClosingLine | undefined;
  const npmArgs = ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])];
  const child = startChild('npm', npmArgs, {
    cwd,
    env,
    output: 'tee',
    forwardStopSignals: true,
    onLine: (line) => {
      closing = parseClosingLine(line) ?? closing;
    },
  });
  const end = await child.ended;
  const seen = closing as ClosingLine | undefined;
  const interrupted = seen?.kind === 'interrupted' ? seen.signal : end.forwarded ?? (isStopSignal(end.signal) ? end.signal : undefined);
  return { script, exitCode: end.code ?? 1, counts: seen?.counts, interrupted };
}
