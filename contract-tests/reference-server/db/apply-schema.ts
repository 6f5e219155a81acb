import type { PGlite } from '@electric-sql/pglite';
import { schemaSql, schemaVersion } from './schema.js';

export class DataDirError extends Error {}

/** Creates what is missing (statements are idempotent) and refuses a data dir from another schema version. */
export async function applySchema(db: PGlite, dataDir: string | undefined): Promise<void> {
  await db.exec(schemaSql);
  const stored = await db.query<{ value: string }>(`select value from reference_server_meta where key = 'schema_version'`);
  const version = stored.rows[0]?.value;
  if (version === undefined) {
    await db.query(`insert into reference_server_meta (key, value) values ('schema_version', $1)`, [String(schemaVersion)]);
  } else if (version !== String(schemaVersion)) {
    throw new DataDirError(`data directory ${dataDir ?? ''} holds schema version ${version}, this server needs ${schemaVersion}: delete the directory or point --data-dir elsewhere`);
  }
}
