import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDir, removeScratchDir } from '../db/scratch-dir.js';
import { DataDirError, startReferenceServer } from '../index.js';
import { startTimeoutMs } from './harness.js';

const scratch = mkdtempSync(join(tmpdir(), 'reference-storage-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('throwaway storage', () => {
  it("removes a killed server's leftover scratch cluster, keeps live ones", () => {
    const mine = createScratchDir();
    const base = join(mine, '..');
    // 4194303 is the very last pid Linux can hand out (pid_max 2^22): in practice never running.
    const orphan = join(base, 'logto-reference-server-4194303-deadbeef');
    mkdirSync(orphan, { recursive: true });
    mkdirSync(mine, { recursive: true });
    const another = createScratchDir();
    try {
      expect(existsSync(orphan)).toBe(false);
      expect(existsSync(mine)).toBe(true);
    } finally {
      removeScratchDir(mine);
      removeScratchDir(another);
    }
    expect(existsSync(mine)).toBe(false);
  });

  it('stop() removes the scratch cluster of an in-memory server', async () => {
    const before = new Set(listScratch());
    const server = await startReferenceServer();
    const during = listScratch().filter((entry) => !before.has(entry));
    expect(during).toHaveLength(1);
    await server.stop();
    expect(listScratch()).not.toContain(during[0]);
  }, startTimeoutMs);
});

function listScratch(): string[] {
  const base = createScratchDirBase();
  return existsSync(base) ? readdirSync(base).filter((entry) => entry.startsWith(`logto-reference-server-${process.pid}-`)) : [];
}

function createScratchDirBase(): string {
  const probe = createScratchDir();
  removeScratchDir(probe);
  return join(probe, '..');
}

describe('data directory schema version', () => {
  it('a data directory written by another schema version is refused with a clear error', async () => {
    const dataDir = join(scratch, 'old');
    const server = await startReferenceServer({ dataDir });
    await server.stop();
    const db = await PGlite.create({ dataDir });
    await db.query(`update reference_server_meta set value = '0' where key = 'schema_version'`);
    await db.close();
    await expect(startReferenceServer({ dataDir })).rejects.toThrow(DataDirError);
    await expect(startReferenceServer({ dataDir })).rejects.toThrow(/schema version 0/);
  }, startTimeoutMs);
});
