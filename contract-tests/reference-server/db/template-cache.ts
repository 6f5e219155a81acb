import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

// initdb inside PGlite takes 3-6 s, far over the 2 s start budget. A freshly initialised, empty
// cluster is identical every time for a given PGlite version, so it is dumped once and every later
// start loads the dump (~0.5-1.5 s). The cache lives with the installed dependencies so a clean
// install (new PGlite) starts clean.

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');

function pgliteVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function templatePath(): string {
  const cacheDir = process.env['LOGTO_REFERENCE_SERVER_CACHE_DIR'] ?? join(repoRoot, 'node_modules/.cache/logto-reference-server');
  return join(cacheDir, `pglite-${pgliteVersion()}-empty-cluster.tar.gz`);
}

export async function readTemplate(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(templatePath())]);
  } catch {
    return undefined;
  }
}

/** Saves the freshly initialised (still empty) cluster; a failure only costs speed later. */
export async function saveTemplate(db: PGlite): Promise<void> {
  const target = templatePath();
  try {
    // A checkpointed cluster needs no WAL replay when it is loaded: measurably faster starts.
    await db.query('checkpoint');
    const dump = await db.dumpDataDir('gzip');
    await mkdir(dirname(target), { recursive: true });
    // Write-then-rename: parallel first starts may race, and a reader must never see half a file.
    const partial = `${target}.${process.pid}.${Date.now()}.partial`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, target);
  } catch {
    // Read-only install or full disk: the server still works, it just starts slower next time.
  }
}
