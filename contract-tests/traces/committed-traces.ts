import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTrace, type Trace } from '../record/trace.js';

/** The traces recorded from real Logto and committed as data: every `*.trace.json` here. */
export const TRACES_DIR = path.dirname(fileURLToPath(import.meta.url));

export function committedTraces(): Array<{ file: string; trace: Trace }> {
  return readdirSync(TRACES_DIR)
    .filter((name) => name.endsWith('.trace.json'))
    .sort()
    .map((name) => ({ file: name, trace: readTrace(path.join(TRACES_DIR, name)) }));
}
