import { randomBytes } from 'node:crypto';

/** Name prefix of everything this suite creates; `contract:sweep` deletes by it. */
export const SUITE_PREFIX = 'ct-';

/** Short, lowercase, sortable by time: `m3k9x2ab`-like (base36 minutes + 3 random chars). */
export function newRunId(now = Date.now()): string {
  const minutes = Math.floor(now / 60_000).toString(36);
  const random = randomBytes(3).readUIntBE(0, 3).toString(36).padStart(3, '0').slice(-3);
  return `${minutes}${random}`;
}

export function runPrefix(runId: string): string {
  return `${SUITE_PREFIX}${runId}-`;
}
