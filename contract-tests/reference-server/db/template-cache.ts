import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { REPO_ROOT } from '../../../common/paths.js';
import { applySchema } from './apply-schema.js';
import { schemaSql } from './schema.js';

// initdb inside PGlite takes 3-6 s (far more on a busy machine), over the 2 s start budget. A
// freshly initialised cluster with our (empty) schema is identical every time for a given PGlite
// version and schema, so it is built once and every later start copies it (a synchronous copy of
// ~1000 files is ~10x faster than fs.promises.cp), then PGlite opens a cleanly shut down cluster.
// The cache lives with the installed dependencies, so a clean install starts clean.

const pollMs = 200;
/** A lock older than this belongs to a builder that died. */
const staleLockMs = 180_000;

function pgliteVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function templateDir(): string {
  const cacheDir = process.env['LOGTO_REFERENCE_SERVER_CACHE_DIR'] ?? join(REPO_ROOT, 'node_modules/.cache/logto-reference-server');
  const schemaHash = createHash('sha256').update(schemaSql).digest('hex').slice(0, 12);
  return join(cacheDir, `pglite-${pgliteVersion()}-schema-${schemaHash}`);
}

/** The rename is the commit point, so a directory with PG_VERSION in place is complete. */
const templateReady = (dir: string): boolean => existsSync(join(dir, 'PG_VERSION'));

async function buildTemplate(target: string): Promise<void> {
  const partial = `${target}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  const db = await PGlite.create({ dataDir: partial });
  await applySchema(db, partial);
  // Checkpointed and cleanly closed: opening a copy needs no WAL replay.
  await db.query('checkpoint');
  await db.close();
  await rename(partial, target);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function isStale(lock: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(lock)).mtimeMs > staleLockMs;
  } catch {
    return true;
  }
}

/**
 * The directory of an empty, initialised cluster, building it first if needed. Parallel starts
 * (test workers, the live suite's two servers) build it once: one takes a lock file, the others
 * wait. Undefined when the cache cannot be written: the caller then runs initdb itself.
 */
export async function emptyClusterTemplate(): Promise<string | undefined> {
  const target = templateDir();
  if (templateReady(target)) return target;
  const lock = `${target}.lock`;
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch {
    return undefined;
  }
  for (;;) {
    let handle;
    try {
      handle = await open(lock, 'wx');
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') return undefined;
      await sleep(pollMs);
      if (templateReady(target)) return target;
      if (await isStale(lock)) await unlink(lock).catch(() => undefined);
      continue;
    }
    try {
      await handle.close();
      if (!templateReady(target)) await buildTemplate(target);
    } catch {
      return undefined;
    } finally {
      await unlink(lock).catch(() => undefined);
    }
    return templateReady(target) ? target : undefined;
  }
}

/** Copies the template into `dir` (which must be missing or empty). */
export function copyTemplate(template: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  cpSync(template, dir, { recursive: true });
}
