import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * How one process hands another something it learns while the other starts: a launcher writes a
 * small JSON file once it knows (a temporary file renamed over it, so a reader never sees half),
 * and the process that needs it waits for the file. The mock suite's Prisms are announced so; so
 * is what `contract:live` learns about its target while vitest boots. An outcome, not a value: a
 * launcher that failed says why, and the waiting side fails with that instead of waiting out its
 * ceiling.
 */
type Announcement<T> = { ok: true; value: T } | { ok: false; error: string };

export function writeAnnouncement<T>(file: string, announcement: Announcement<T>): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify(announcement, null, 2)}\n`);
  renameSync(partial, file);
}

/**
 * Announces in `file` what `outcome` settles to: its value, or its error's message. A file that
 * cannot be written is said on stderr, prefixed with `tool`: the waiting side then fails at its
 * ceiling naming the file, and this line says why.
 */
export function announceOutcome<T>(file: string, outcome: Promise<T>, tool: string): void {
  void outcome
    .then(
      (value): Announcement<T> => ({ ok: true, value }),
      (error: unknown): Announcement<T> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    )
    .then((announcement) => {
      try {
        writeAnnouncement(file, announcement);
      } catch (error) {
        console.error(`${tool}: cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
}

function readAnnouncement<T>(file: string): Announcement<T> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return JSON.parse(text) as Announcement<T>;
}

/**
 * Waits for the announcement in `file`: its value, or its error thrown. `timeoutMs` is a ceiling
 * for a launcher that never writes (it died), not a speed: past it, the error is `whenMissing`.
 */
export async function awaitAnnouncement<T>(file: string, timeoutMs: number, whenMissing: () => string, pollMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const announcement = readAnnouncement<T>(file);
    if (announcement?.ok === true) return announcement.value;
    if (announcement?.ok === false) throw new Error(announcement.error);
    if (Date.now() >= deadline) throw new Error(whenMissing());
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
