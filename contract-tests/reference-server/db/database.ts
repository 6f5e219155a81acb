import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { Mutex } from './mutex.js';
import { applySchema, DataDirError } from './apply-schema.js';

export { DataDirError };
import { lockDataDir, lockFileName } from './data-dir-lock.js';
import { createScratchDir, removeScratchDir } from './scratch-dir.js';
import { copyTemplate, emptyClusterTemplate } from './template-cache.js';

/** What a handler may run SQL on: the database outside a transaction, or an open transaction. */
export interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
}

export interface Database {
  /** One statement or a few reads, serialised with every other use of the connection. */
  read<T>(work: (db: Queryable) => Promise<T>): Promise<T>;
  /** All-or-nothing: a thrown error rolls everything back. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}


function isEmptyDirectory(path: string): boolean {
  return !existsSync(path) || readdirSync(path).every((entry) => entry === lockFileName);
}

/**
 * Opens (or creates) the cluster; `dataDir` undefined means a throwaway scratch cluster.
 * `schemaApplied` is true for a copy of the template, which already holds the current schema.
 */
async function openPglite(dataDir: string | undefined, scratch: string | undefined): Promise<{ db: PGlite; schemaApplied: boolean }> {
  const dir = dataDir ?? scratch;
  if (dir !== undefined && !isEmptyDirectory(dir)) {
    // Never initialise a cluster on top of someone's files.
    if (!existsSync(join(dir, 'PG_VERSION'))) throw new DataDirError(`data directory ${dir} is neither empty nor a PGlite data directory: point --data-dir at a new or empty directory`);
    return { db: await PGlite.create({ dataDir: dir }), schemaApplied: false };
  }
  const template = await emptyClusterTemplate();
  if (template && dir !== undefined) {
    copyTemplate(template, dir);
    return { db: await PGlite.create({ dataDir: dir }), schemaApplied: true };
  }
  // No writable template cache: initdb on every start (slow), in memory when nothing must persist.
  return { db: await PGlite.create(dataDir === undefined ? {} : { dataDir }), schemaApplied: false };
}

export async function openDatabase(dataDir?: string): Promise<Database> {
  const scratch = dataDir === undefined ? createScratchDir() : undefined;
  let unlock: () => void = () => undefined;
  if (dataDir !== undefined) {
    try {
      mkdirSync(dataDir, { recursive: true });
      unlock = lockDataDir(dataDir);
    } catch (error) {
      if (error instanceof DataDirError) throw error;
      throw new DataDirError(`cannot use data directory ${dataDir} (${error instanceof Error ? error.message : String(error)}): point --data-dir at a writable directory`);
    }
  }
  let db: PGlite;
  let schemaApplied: boolean;
  try {
    ({ db, schemaApplied } = await openPglite(dataDir, scratch));
  } catch (error) {
    unlock();
    if (scratch !== undefined) removeScratchDir(scratch);
    if (dataDir === undefined || error instanceof DataDirError) throw error;
    throw new DataDirError(`cannot open data directory ${dataDir} (${error instanceof Error ? error.message : String(error)}): is it a PGlite data directory not used by another server?`);
  }
  try {
    if (!schemaApplied) await applySchema(db, dataDir);
  } catch (error) {
    if (!db.closed) await db.close().catch(() => undefined);
    unlock();
    if (scratch !== undefined) removeScratchDir(scratch);
    throw error;
  }
  const mutex = new Mutex();
  let closed = false;
  return {
    read: (work) => mutex.run(() => work(db)),
    transaction: (work) => mutex.run(() => db.transaction((tx: Transaction) => work(tx))),
    close: () =>
      mutex.run(async () => {
        if (closed) return;
        closed = true;
        await db.close();
        unlock();
        if (scratch !== undefined) removeScratchDir(scratch);
      }),
  };
}
