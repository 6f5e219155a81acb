import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATED_MARKER } from './generate-files.js';

interface DirDifference {
  differs: string[];
  missing: string[];
  extra: string[];
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Compares the expected files with `dir` (top level only: the generator writes no subdirectories). */
export async function compareWithDir(dir: string, expected: Map<string, string>): Promise<DirDifference> {
  const present = await listFiles(dir);
  const difference: DirDifference = { differs: [], missing: [], extra: [] };
  for (const name of [...expected.keys()].sort()) {
    if (!present.includes(name)) difference.missing.push(name);
    else if ((await readFile(path.join(dir, name), 'utf8')) !== expected.get(name)) difference.differs.push(name);
  }
  difference.extra = present.filter((name) => !expected.has(name));
  return difference;
}

/**
 * Writes the files and deletes files the generator wrote earlier but no longer produces.
 * Files without the generated marker are left alone: they are someone's hand-written work.
 */
export async function writeToDir(dir: string, files: Map<string, string>): Promise<{ written: string[]; removed: string[] }> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.join(dir, name);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current !== content) {
      await writeFile(target, content);
      written.push(name);
    }
  }
  const removed: string[] = [];
  for (const name of await listFiles(dir)) {
    if (files.has(name)) continue;
    const content = await readFile(path.join(dir, name), 'utf8');
    if (content.split('\n', 1)[0]?.includes(GENERATED_MARKER)) {
      await rm(path.join(dir, name));
      removed.push(name);
    }
  }
  return { written, removed };
}
