import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { Mutex } from './mutex.js';
import { schemaSql, schemaVersion } from './schema.js';
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

export class DataDirError extends Error {}

function isEmptyDirectory(path: string): boolean {
  return !existsSync(path) || readdirSync(path).length === 0;
}

/** Opens (or creates) the cluster; `dataDir` undefined means a throwaway scratch cluster. */
async function openPglite(dataDir: string | undefined, scratch: string | undefined): Promise<PGlite> {
  const dir = dataDir ?? scratch;
  if (dir !== undefined && !isEmptyDirectory(dir)) {
    // Never initialise a cluster on top of someone's files.
    if (!existsSync(join(dir, 'PG_VERSION'))) throw new DataDirError(`data directory ${dir} is neither empty nor a PGlite data directory: point --data-dir at a new or empty directory`);
    return PGlite.create({ dataDir: dir });
  }
  const template = await emptyClusterTemplate();
  if (template && dir !== undefined) {
    await copyTemplate(template, dir);
    return PGlite.create({ dataDir: dir });
  }
  // No writable template cache: initdb on every start (slow), in memory when nothing must persist.
  return PGlite.create(dataDir === undefined ? {} : { dataDir });
}

async function applySchema(db: PGlite, dataDir: string | undefined): Promise<void> {
  await db.exec(schemaSql);
  const stored = await db.query<{ value: string }>(`select value from reference_server_meta where key = 'schema_version'`);
  const version = stored.rows[0]?.value;
  if (version === undefined) {
    await db.query(`insert into reference_server_meta (key, value) values ('schema_version', $1)`, [String(schemaVersion)]);
  } else if (version !== String(schemaVersion)) {
    throw new DataDirError(`data directory ${dataDir ?? ''} holds schema version ${version}, this server needs ${schemaVersion}: delete the directory or point --data-dir elsewhere`);
  }
}

export async function openDatabase(dataDir?: string): Promise<Database> {
  const scratch = dataDir === undefined ? createScratchDir() : undefined;
  let db: PGlite;
  try {
    db = await openPglite(dataDir, scratch);
  } catch (error) {
    if (scratch !== undefined) removeScratchDir(scratch);
    if (dataDir === undefined || error instanceof DataDirError) throw error;
    throw new DataDirError(`cannot open data directory ${dataDir} (${error instanceof Error ? error.message : String(error)}): is it a PGlite data directory not used by another server?`);
  }
  try {
    await applySchema(db, dataDir);
  } catch (error) {
    if (!db.closed) await db.close().catch(() => undefined);
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
        if (scratch !== undefined) removeScratchDir(scratch);
      }),
  };
}
