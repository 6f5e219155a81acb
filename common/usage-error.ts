/**
 * The exit codes every command here uses, one per kind of ending, so CI and people read them
 * the same way whichever tool they ran.
 */
export const EXIT = {
  /** Everything asked for was done and nothing failed. */
  ok: 0,
  /** The tool ran and the answer is no: a check failed, a comparison found a break, a server said no. */
  failed: 1,
  /** Bad input the user can fix: an argument, a setting, a spec file. Nothing was run. */
  usage: 2,
  /** Stopped by SIGINT (128 + 2), as shells report it. */
  interrupted: 130,
  /** Stopped by SIGTERM (128 + 15). */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A problem the person at the terminal can fix. Its message is the whole story (what is wrong,
 * where, and what to do), so a command prints only the message, never a stack, and exits with
 * `exitCode` (2, bad input, unless the error says otherwise).
 */
export class UsageError extends Error {
  override name = 'UsageError';

  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
  }
}
