import { EXIT, UsageError, type ExitCode } from './usage-error.js';

/** Output sinks, injectable so a command can be tested in-process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Runs a command body and turns failures into "<tool>: <message>" and an exit code, never a stack
 * trace. A UsageError carries its own code; anything else still gets one line (its message) and
 * exit 2, because a crash must never read as "the check said no" (1).
 *
 * `unexpectedExit`: the contract runners (contract, contract:live, contract:mock, contract:sweep)
 * and bench have always ended a crash with 1, and their exit codes are documented; they pass
 * `EXIT.failed` to keep them.
 */
export async function runCli(tool: string, io: CliIo, body: () => Promise<number>, unexpectedExit: ExitCode = EXIT.usage): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${tool}: ${error.message}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`${tool}: unexpected failure: ${message.split('\n')[0] ?? ''}`);
    return unexpectedExit;
  }
}

/** `spec:diff ... | head` closes the pipe early; that is the reader's choice, not a failure to report. */
export function ignoreBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
}
