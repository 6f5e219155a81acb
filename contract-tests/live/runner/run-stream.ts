import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OBSERVATIONS_DIR } from '../support/repo-paths.js';

/**
 * The live run's test results as vitest produces them, one JSON line per event, written by
 * `LiveReporter` in the vitest process and read by `contract:live` afterwards. A line is on disk
 * as soon as its test ends, so a run stopped by Ctrl-C (vitest exits at once, without writing its
 * own reports) still says what ran.
 */
export const RUN_STREAM_FILE = path.join(OBSERVATIONS_DIR, 'runner-tests.jsonl');

export interface ErrorRecord {
  name: string;
  message: string;
  /** Stack frames and diff, as vitest printed them, without ANSI colours. */
  detail?: string;
}

export type StreamRecord =
  | { type: 'start'; id: string; file: string; name: string }
  | { type: 'test'; id: string; file: string; name: string; state: 'passed' | 'failed' | 'skipped'; durationMs: number; errors: ErrorRecord[] }
  /** A file that could not run (import error, failing beforeAll), or an error outside any test. */
  | { type: 'error'; file: string | null; where: string; errors: ErrorRecord[] }
  | { type: 'end'; reason: 'passed' | 'failed' | 'interrupted' };

export function appendRecord(record: StreamRecord, file = RUN_STREAM_FILE): void {
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(record)}\n`);
}

export function readRecords(file = RUN_STREAM_FILE): StreamRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      // A process killed mid-write leaves at most a cut last line.
      try {
        return [JSON.parse(line) as StreamRecord];
      } catch {
        return [];
      }
    });
}
