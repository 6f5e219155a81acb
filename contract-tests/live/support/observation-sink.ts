import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Observation } from './observation.js';
import { OBSERVATIONS_DIR } from './repo-paths.js';

let workerFile: string | undefined;

/** Appends to this worker's JSON-lines file; the global teardown aggregates every worker's file. */
export function persistObservation(observation: Observation): void {
  if (!workerFile) {
    mkdirSync(OBSERVATIONS_DIR, { recursive: true });
    workerFile = path.join(OBSERVATIONS_DIR, `${process.pid}-${randomBytes(4).toString('hex')}.jsonl`);
  }
  appendFileSync(workerFile, `${JSON.stringify(observation)}\n`);
}
