import { plainText } from '../../common/process/index.js';

/** Vitest's `Duration 146.03s (transform …, setup …, import …, tests …)` line, colour stripped. */
export function findVitestDurationLine(lines: readonly string[]): string | undefined {
  return lines
    .map((line) => plainText(line).trim())
    .reverse()
    .find((line) => line.startsWith('Duration '));
}
