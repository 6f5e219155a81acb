import { UsageError } from '../usage-error.js';

/**
 * A spec a tool cannot use: missing, unparsable, not OpenAPI 3.0/3.1, or with a `$ref` that goes
 * nowhere. Bad input the user can fix, so every tool exits 2 on it; the message names the file
 * (and the line and column when the spec text has them) and says what to do.
 */
export class SpecError extends UsageError {
  override name = 'SpecError';
}

/** Where something sits in a source file, 1-based as editors show it. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** `file:line:col` when the position is known, else just the file. */
export function formatAt(source: string, position: SourcePosition | undefined): string {
  return position ? `${source}:${position.line}:${position.column}` : source;
}
