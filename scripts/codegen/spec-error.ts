/**
 * A problem with the input the user can fix (bad spec, bad argument). The CLI prints only
 * `message` — no stack — because the message already names the file, the place and the fix.
 */
export class SpecError extends Error {
  override readonly name = 'SpecError';
}

/** Where a problem sits in a source file, 1-based like editors show it. */
export interface SourcePosition {
  line: number;
  column: number;
}

export function formatAt(displayPath: string, position: SourcePosition | undefined): string {
  return position ? `${displayPath}:${position.line}:${position.column}` : displayPath;
}
