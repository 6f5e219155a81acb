import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessAlive } from '../../../common/process/process-alive.js';

// "In memory" storage is a throwaway cluster directory: under /dev/shm (RAM) where Linux has it,
// else the temp directory. It is removed on stop, on process exit, and (for a process that was
// killed) by the next start.

const prefix = 'logto-reference-server-';

function scratchBase(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

function removeOrphans(base: string): void {
  let entries: string[];
  try {
    entries = readdirSync(base);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(/^logto-reference-server-(\d+)-/.exec(entry)?.[1]);
    if (pid && pid !== process.pid && !isProcessAlive(pid)) rmSync(join(base, entry), { recursive: true, force: true });
  }
}

const live = new Set<string>();
let exitHookInstalled = false;

export function createScratchDir(): string {
  const base = scratchBase();
  removeOrphans(base);
  const dir = join(base, `${prefix}${process.pid}-${randomBytes(6).toString('hex')}`);
  live.add(dir);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const leftover of live) rmSync(leftover, { recursive: true, force: true });
    });
  }
  return dir;
}

export function removeScratchDir(dir: string): void {
  live.delete(dir);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
