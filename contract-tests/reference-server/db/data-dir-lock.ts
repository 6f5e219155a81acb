import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataDirError } from './apply-schema.js';
import { isProcessAlive } from '../../../common/process/process-alive.js';

// PGlite has no lock of its own: two servers on one data directory would corrupt it. A pid file
// claims the directory; a pid that no longer runs is a leftover from a killed server.

export const lockFileName = 'reference-server.pid';

const held = new Set<string>();

/** Claims `dir` for this server; the returned function releases it. */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, lockFileName);
  let owner: number | undefined;
  try {
    owner = Number(readFileSync(path, 'utf8').trim());
  } catch {
    owner = undefined;
  }
  if (held.has(path) || (owner && owner !== process.pid && isProcessAlive(owner))) {
    throw new DataDirError(`data directory ${dir} is in use by another reference server${owner && owner !== process.pid ? ` (pid ${owner})` : ''}: stop it or use another --data-dir`);
  }
  writeFileSync(path, String(process.pid));
  held.add(path);
  return () => {
    held.delete(path);
    rmSync(path, { force: true });
  };
}
