import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { killWithParent, stopChildProcess } from './child.js';

/**
 * | key             | value  | why                                                                    |
 * |-----------------|--------|------------------------------------------------------------------------|
 * | `stopGraceMs`   | 3 000  | a server exits within milliseconds of SIGTERM; past this it is stuck,  |
 * |                 |        | and SIGKILL ends it so a stop never hangs the run                      |
 */
const SERVER_PROCESS_DEFAULTS = Object.freeze({ stopGraceMs: 3_000 });

interface ServerProcessOptions {
  command: string;
  args: readonly string[];
  cwd?: string;
  env: NodeJS.ProcessEnv;
  stdio: StdioOptions;
  /** Resolves once the server answers; throws (any error) while it does not yet. */
  probe(): Promise<void>;
  /** Wait between probes. */
  pollMs: number;
  timeoutMs: number;
  /** Called with the child before the first probe (e.g. to collect its stderr). */
  attach?(child: ChildProcess): void;
  /** The error for a server that exited before it answered. */
  exitedError(code: number | null): Error;
  /** The error for a server that did not answer within `timeoutMs`. */
  timeoutError(): Error;
}

interface ServerProcess {
  pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after the grace time) and waits until it is gone. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts a long-running server in a child process and waits until it answers. The server is not
 * a job this process waits for: it never keeps this process alive, and it is killed if this
 * process exits without stopping it. If it exits or does not answer in time, it is stopped and
 * the caller's error thrown.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(options.command, [...options.args], { ...(options.cwd ? { cwd: options.cwd } : {}), stdio: options.stdio, env: options.env });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const untie = killWithParent(child);
  child.unref();
  child.channel?.unref();
  options.attach?.(child);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      untie();
      await stopChildProcess(child, exited, 'SIGTERM', SERVER_PROCESS_DEFAULTS.stopGraceMs);
    })();
    return stopping;
  };

  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      await stop();
      throw options.exitedError(exitCode);
    }
    try {
      await options.probe();
      return { pid: child.pid as number, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, options.pollMs));
    }
  }
  await stop();
  throw options.timeoutError();
}
