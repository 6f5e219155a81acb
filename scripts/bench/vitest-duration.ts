/** Vitest's `Duration 146.03s (transform …, setup …, import …, tests …)` line, colour stripped. */
export function findVitestDurationLine(lines: readonly string[]): string | undefined {
  return lines
    .map((line) => line.replace(/\u001b\[[0-9;]*m/g, '').trim())
    .reverse()
    .find((line) => line.startsWith('Duration '));
}
