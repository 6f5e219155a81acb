/** Finds the `N passed, N failed[, N skipped]` closing line our runners print, if any. */
export function findSummaryLine(lines: readonly string[]): { passed: number; failed: number; skipped: number; line: string } | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    // Vitest colours its own lines; the closing line of our runners is plain, but strip colour anyway.
    const line = (lines[i] ?? '').replace(/\u001b\[[0-9;]*m/g, '').trim();
    const match = /^(?:[\w:.-]+:\s*)?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/.exec(line);
    if (match) return { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0), line };
  }
  return undefined;
}
