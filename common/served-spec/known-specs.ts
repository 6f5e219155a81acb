import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, REPO_ROOT, UPSTREAM_INDEX } from '../paths.js';
import { UsageError } from '../usage-error.js';
import { isObject, listSpecOperations, loadSpec, type JsonObject } from '../spec/index.js';
import { specFingerprint } from './index.js';

/**
 * One committed upstream spec and the Logto that served it. A served spec does not say its own
 * version (Logto writes `info.version: "Cloud"`), so the version is recorded by hand in
 * openapi/upstream/history/index.json, and recognised again by the structure's fingerprint.
 */
export interface KnownSpec {
  /** Repository-relative, `/`-separated. */
  file: string;
  /** The Logto version that served it, e.g. `1.40.0`. */
  logto: string;
  /** How it was obtained, in a line. */
  note: string;
  operations: number;
  /** specFingerprint of its structure. */
  fingerprint: string;
}

export async function loadKnownSpecs(indexFile: string = UPSTREAM_INDEX): Promise<KnownSpec[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(indexFile, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${displayPath(indexFile)} (${error instanceof SyntaxError ? 'not valid JSON' : 'missing'}); restore it from git`);
  }
  const specs = isObject(parsed) ? parsed.specs : undefined;
  const shape = 'expected {"specs": [{"file", "logto", "note", "operations", "fingerprint"}, ...]}';
  if (!Array.isArray(specs)) throw new UsageError(`${displayPath(indexFile)}: ${shape}`);
  return specs.map((entry, index) => {
    const ok =
      isObject(entry) &&
      typeof entry.file === 'string' &&
      typeof entry.logto === 'string' &&
      typeof entry.note === 'string' &&
      typeof entry.operations === 'number' &&
      typeof entry.fingerprint === 'string';
    if (!ok) throw new UsageError(`${displayPath(indexFile)}: specs[${index}] is incomplete; ${shape}`);
    return { file: entry.file as string, logto: entry.logto as string, note: entry.note as string, operations: entry.operations as number, fingerprint: entry.fingerprint as string };
  });
}

/** The recorded entry whose structure this spec has (a pulled copy or what a live Logto serves), if any. */
export function recognise(doc: JsonObject, known: readonly KnownSpec[]): KnownSpec | undefined {
  const fingerprint = specFingerprint(doc);
  return known.find((entry) => entry.fingerprint === fingerprint);
}

/**
 * What is wrong with the index, one sentence each, with what to do: an entry whose file is not
 * the spec it records (a new pull replaced it), a spec under history/ with no entry.
 */
export async function knownSpecProblems(indexFile: string = UPSTREAM_INDEX, root: string = REPO_ROOT): Promise<string[]> {
  const known = await loadKnownSpecs(indexFile);
  const problems: string[] = [];
  const shownIndex = displayPath(indexFile);
  for (const entry of known) {
    const file = path.join(root, entry.file);
    let doc: JsonObject;
    try {
      doc = (await loadSpec(file)).raw;
    } catch {
      problems.push(`${entry.file} (Logto ${entry.logto} in ${shownIndex}) cannot be read; restore it from git or remove its entry`);
      continue;
    }
    const operations = listSpecOperations(doc).length;
    if (specFingerprint(doc) !== entry.fingerprint || operations !== entry.operations) {
      problems.push(
        `${entry.file} is not the Logto ${entry.logto} spec ${shownIndex} records (now ${operations} operations, fingerprint ${specFingerprint(doc).slice(0, 12)}): ` +
          `after a new pull, record which Logto served it there (the served spec does not say), and keep the old one as openapi/upstream/history/logto-${entry.logto}.openapi.json (git show HEAD:${entry.file})`,
      );
    }
  }
  const historyDir = path.dirname(indexFile);
  const listed = new Set(known.map((entry) => path.join(root, entry.file)));
  for (const name of (await readdir(historyDir)).sort()) {
    if (!/\.(json|ya?ml)$/.test(name) || path.join(historyDir, name) === indexFile) continue;
    if (!listed.has(path.join(historyDir, name))) problems.push(`${displayPath(path.join(historyDir, name))} has no entry in ${shownIndex}; add which Logto served it`);
  }
  return problems;
}

/**
 * Records (or re-records) which Logto served the spec at `entry.file`: spec:pull --logto writes
 * this, so nobody copies a fingerprint by hand. An entry for the same file is replaced, unless it
 * already says the same.
 */
export async function recordKnownSpec(entry: KnownSpec, indexFile: string = UPSTREAM_INDEX): Promise<'recorded' | 'already recorded'> {
  const known = await loadKnownSpecs(indexFile);
  const parsed = JSON.parse(await readFile(indexFile, 'utf8')) as Record<string, unknown>;
  const same = known.find((spec) => spec.file === entry.file && spec.logto === entry.logto && spec.fingerprint === entry.fingerprint);
  // The same pull again changes nothing, not even the note someone wrote by hand.
  if (same) return 'already recorded';
  const specs = [...known.filter((spec) => spec.file !== entry.file), entry];
  await writeFile(indexFile, `${JSON.stringify({ ...parsed, specs }, null, 2)}\n`);
  return 'recorded';
}
