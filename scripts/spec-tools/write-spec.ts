import { mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { UsageError } from '../../common/usage-error.js';
import type { JsonObject } from '../../common/spec/index.js';

/**
 * Refuses to write over our corrected spec, however the path is spelled (relative, `..`, symlinks).
 * Our spec changes only by a deliberate edit, never by a pull.
 */
export async function assertNotOurSpec(out: string, ourSpec: string): Promise<void> {
  const canonical = async (file: string): Promise<string> => {
    try {
      return await realpath(file);
    } catch {
      // Not there yet: canonicalise the directory, which may itself be a symlink.
      try {
        return path.join(await realpath(path.dirname(file)), path.basename(file));
      } catch {
        return path.resolve(file);
      }
    }
  };
  if ((await canonical(out)) === (await canonical(ourSpec))) {
    throw new UsageError(`refusing to write to ${path.relative(process.cwd(), ourSpec) || ourSpec}: that is our corrected spec; write the upstream copy elsewhere (default openapi/upstream/) and edit ours deliberately`);
  }
}

/**
 * JSON, or YAML when the name ends in .yaml/.yml; always newline-terminated. A `header` becomes
 * `#` comment lines at the top of a YAML file (JSON has no comments, so it is left out there).
 */
export function renderSpec(out: string, doc: JsonObject, header?: string): string {
  if (!/\.ya?ml$/i.test(out)) return `${JSON.stringify(doc, null, 2)}\n`;
  const comment = header === undefined ? '' : `${header.replace(/^/gm, '# ')}\n`;
  return comment + stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}

export async function writeSpec(out: string, doc: JsonObject, header?: string): Promise<void> {
  const text = renderSpec(out, doc, header);
  try {
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'write failed';
    throw new UsageError(`cannot write ${out} (${code}); choose another --out`);
  }
}
