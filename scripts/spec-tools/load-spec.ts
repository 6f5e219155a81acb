import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.js';
import { parseSpecText } from './parse-spec-text.js';
import type { JsonObject } from './types.js';

/** Reads and parses a local spec file (YAML or JSON). Missing/unreadable files are exit-2 CliErrors. */
export async function loadSpecFile(file: string): Promise<JsonObject> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    throw new CliError(`cannot read ${file}: ${reason}; check the path`, 2);
  }
  return parseSpecText(text, file);
}
