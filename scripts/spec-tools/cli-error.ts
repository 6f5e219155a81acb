/**
 * An error meant for the person at the terminal: one line naming the problem and the fix.
 * Exit code 2 = bad input or usage; 1 = the thing we asked (a server, a comparison) said no.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Output sinks, injectable so the CLIs can be tested in-process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Runs a CLI body and turns failures into "<tool>: <message>" + an exit code, never a stack trace.
 * Unexpected errors still get one line (their message), exit 2, because a crash is never "breaking".
 */
export async function runCli(tool: string, io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${tool}: ${error.message}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`${tool}: unexpected failure: ${message.split('\n')[0] ?? ''}`);
    return 2;
  }
}

/** `spec:diff ... | head` closes the pipe early; that is the reader's choice, not a failure to report. */
export function ignoreBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
