import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../paths.js';
import { SpecError } from './spec-error.js';

/**
 * How messages name a file: repo-relative inside the repository (what people type from its root),
 * absolute outside it (a `../../tmp/...` path helps nobody find the file).
 */
export function sourceName(file: string): string {
  const shown = displayPath(file);
  return shown.startsWith('../') ? path.resolve(file) : shown;
}

const READ_FAILURES: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };

/** The text of a spec (or overlay) file; a file that cannot be read is a SpecError saying why and what to check. */
export async function readSourceText(file: string, what: string, fix = 'check the path'): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && READ_FAILURES[code]) ?? code ?? String(error);
    throw new SpecError(`${sourceName(file)}: cannot read the ${what} (${reason}); ${fix}`);
  }
}
