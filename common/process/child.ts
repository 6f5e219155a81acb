import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { lineSplitter } from './lines.js';
import { onStopSignals, type StopSignal } from './stop-signals.js';

/**
 * Where a child's output goes:
 * - `inherit`: straight to this terminal (the child colours and paces it);
 * - `tee`: stdout to this terminal and, line by line, to `onLine`; stderr straight through;
 * - `capture`: nowhere on screen; stdout and stderr, interleaved as they came, line by line to `onLine`.
 */
type ChildOutput = 'inherit' | 'tee' | 'capture';

interface ChildOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  output: ChildOutput;
  /** Every line of output (`tee`: stdout only; `capture`: both streams). */
  onLine?: (line: string) => void;
  /** Also called with each raw stdout chunk (`capture` only), for readers that want the bytes. */
  onStdout?: (chunk: Buffer) => void;
  /** Passes this process's SIGINT/SIGTERM on to the child while it runs (the child decides how to stop). */
  forwardStopSignals?: boolean;
  /** If this process exits while the child still runs, the child is killed (SIGKILL) rather than left behind. */
  killWithParent?: boolean;
  /**
   * Starts the child as the leader of its own process group, so a signal sent to `-pid` reaches it
   * and everything it starts, as a terminal's Ctrl-C does (the runner's interrupt tests need this).
   */
  ownProcessGroup?: boolean;
}

interface ChildEnd {
  /** The exit code; null when the child was ended by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The first stop signal forwarded to the child, when `forwardStopSignals` is on. */
  forwarded: StopSignal | undefined;
}

interface RunningChild {
  readonly child: ChildProcess;
  /** Resolves once the child is gone and its output streams are closed. */
  readonly ended: Promise<ChildEnd>;
  /** True until the child has exited. */
  running(): boolean;
  /** Sends `signal`; if the child is still there after `graceMs`, kills it. Resolves once it is gone. */
  stop(signal: NodeJS.Signals, graceMs: number): Promise<void>;
}

const STDIO: Record<ChildOutput, StdioOptions> = {
  inherit: 'inherit',
  tee: ['ignore', 'pipe', 'inherit'],
  capture: ['ignore', 'pipe', 'pipe'],
};

/**
 * Starts a child process: the one place the tooling spawns a command that runs to its end (a
 * long-running server goes through `startServerProcess`). A failure to start (no such command)
 * rejects `ended`.
 */
export function startChild(command: string, args: readonly string[], options: ChildOptions): RunningChild {
  const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: STDIO[options.output], detached: options.ownProcessGroup === true });
  const lines = lineSplitter(options.onLine ?? (() => undefined));
  if (options.output === 'tee') {
    child.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      lines.push(chunk);
    });
  } else if (options.output === 'capture') {
    child.stdout?.on('data', (chunk: Buffer) => {
      options.onStdout?.(chunk);
      lines.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk));
  }
  let forwarded: StopSignal | undefined;
  const stopForwarding = options.forwardStopSignals
    ? onStopSignals((signal) => {
        forwarded ??= signal;
        child.kill(signal);
      })
    : () => undefined;
  const stopGuard = options.killWithParent ? killWithParent(child) : () => undefined;
  const ended = new Promise<ChildEnd>((resolve, reject) => {
    child.once('error', (error) => {
      stopForwarding();
      stopGuard();
      reject(error);
    });
    child.once('close', (code, signal) => {
      lines.flush();
      stopForwarding();
      stopGuard();
      resolve({ code, signal, forwarded });
    });
  });
  return {
    child,
    ended,
    running: () => isRunning(child),
    stop: (signal, graceMs) => stopChildProcess(child, ended, signal, graceMs),
  };
}

/** True until the child has exited, by a code or by a signal. */
function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/**
 * Sends `signal`; if the child is still there after `graceMs`, kills it (SIGKILL), so a stop never
 * hangs. Resolves once `gone` does (the caller's promise of the child's end).
 */
export async function stopChildProcess(child: ChildProcess, gone: Promise<unknown>, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  if (!isRunning(child)) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await gone;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ties a child to this process: if this process exits while the child runs, the child is killed
 * (SIGKILL: there is no later moment to wait for it). Returns the function that unties them.
 */
export function killWithParent(child: ChildProcess): () => void {
  const guard = (): void => {
    if (isRunning(child)) child.kill('SIGKILL');
  };
  process.once('exit', guard);
  return () => process.off('exit', guard);
}
