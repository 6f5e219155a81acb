import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { LedgerEntry, Observation } from './observation.js';
import { OBSERVATIONS_DIR } from './repo-paths.js';

/** Prefix of the workers' run files in OBSERVATIONS_DIR (other files there belong to the runner). */
export const WORKER_FILE_PREFIX = 'worker-';

let workerFile: string | undefined;

/**
 * Appends one line to this worker's JSON-lines file, synchronously: a line is on disk before the
 * next request goes out, so an interrupted run still knows what it saw and what it created. The
 * global teardown (or, after an interrupt, the runner) reads every worker's file.
 */
export function persistRecord(record: Observation | LedgerEntry): void {
  if (!workerFile) {
    mkdirSync(OBSERVATIONS_DIR, { recursive: true });
    workerFile = path.join(OBSERVATIONS_DIR, `${WORKER_FILE_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}.jsonl`);
  }
  appendFileSync(workerFile, `${JSON.stringify(record)}\n`);
}
