import { existsSync, readdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { Mutex } from './mutex.js';
import { schemaSql, schemaVersion } from './schema.js';
import { readTemplate, saveTemplate } from './template-cache.js';

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

async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  const fresh = dataDir === undefined || isEmptyDirectory(dataDir);
  if (!fresh) return PGlite.create({ dataDir });
  const template = await readTemplate();
  if (template) return PGlite.create(dataDir === undefined ? { loadDataDir: template } : { dataDir, loadDataDir: template });
  // First start on this install: pay for initdb once and keep the empty cluster for next time.
  const db = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  await saveTemplate(db);
  return db;
}

async function applySchema(db: PGlite, dataDir: string | undefined): Promise<void> {
  await db.exec(schemaSql);
  const stored = await db.query<{ value: string }>(`select value from reference_server_meta where key = 'schema_version'`);
  const version = stored.rows[0]?.value;
  if (version === undefined) {
    await db.query(`insert into reference_server_meta (key, value) values ('schema_version', $1)`, [String(schemaVersion)]);
  } else if (version !== String(schemaVersion)) {
    await db.close();
    throw new DataDirError(`data directory ${dataDir ?? ''} holds schema version ${version}, this server needs ${schemaVersion}: delete the directory or point --data-dir elsewhere`);
  }
}

export async function openDatabase(dataDir?: string): Promise<Database> {
  let db: PGlite;
  try {
    db = await openPglite(dataDir);
  } catch (error) {
    if (dataDir === undefined) throw error;
    throw new DataDirError(`cannot open data directory ${dataDir} (${error instanceof Error ? error.message : String(error)}): is it a PGlite data directory not used by another server?`);
  }
  await applySchema(db, dataDir);
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
      }),
  };
}
