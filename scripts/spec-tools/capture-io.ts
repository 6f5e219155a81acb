import type { CliIo } from '../../common/run-cli.js';

/** A CliIo that records lines, for in-process CLI tests. */
export function captureIo(): { io: CliIo; out: string[]; err: string[]; stdout: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line) => out.push(line), err: (line) => err.push(line) }, out, err, stdout: () => out.join('\n') };
}
