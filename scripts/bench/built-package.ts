import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildJavaScript } from '../package/build-package.js';
import { makeBenchTempDir } from './repo-paths.js';

interface BuiltPackage {
  /** The folder the package's JavaScript was built into (it resolves openapi-fetch from the repo's node_modules). */
  dir: string;
  /** `file:` URL of an entry point's module: `index` (the full client) or `operations` (the small form). */
  entryUrl(entry: 'index' | 'operations'): string;
  /** The path of an entry point's module. */
  entryPath(entry: 'index' | 'operations'): string;
  remove(): Promise<void>;
}

/**
 * The package's JavaScript as `npm run build` makes it, built afresh from src/ into `.tmp/`, so
 * items 7 and 8 measure the code of this checkout and not whatever dist/ last held.
 */
export async function buildPackageForBench(prefix: string): Promise<BuiltPackage> {
  const temp = await makeBenchTempDir(prefix);
  const dir = path.join(temp.dir, 'dist');
  await buildJavaScript(dir);
  const entryPath = (entry: 'index' | 'operations'): string => path.join(dir, `${entry}.js`);
  return { dir, entryPath, entryUrl: (entry) => pathToFileURL(entryPath(entry)).href, remove: temp.remove };
}
