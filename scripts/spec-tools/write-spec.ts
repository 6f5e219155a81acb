import { mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { CliError } from './cli-error.js';
import type { JsonObject } from './types.js';

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
    throw new CliError(`refusing to write to ${path.relative(process.cwd(), ourSpec) || ourSpec}: that is our corrected spec; write the upstream copy elsewhere (default openapi/upstream/) and edit ours deliberately`, 2);
  }
}

/** JSON, or YAML when the name ends in .yaml/.yml; always newline-terminated. */
export async function writeSpec(out: string, doc: JsonObject): Promise<void> {
  const text = /\.ya?ml$/i.test(out) ? stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false }) : `${JSON.stringify(doc, null, 2)}\n`;
  try {
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'write failed';
    throw new CliError(`cannot write ${out} (${code}); choose another --out`, 2);
  }
}
