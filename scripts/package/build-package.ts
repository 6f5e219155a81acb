import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../../common/paths.js';
import { startChild } from '../../common/process/index.js';

/**
 * What `npm run build` makes of src/: the package's JavaScript, bundled per entry point, and its
 * declarations, one `.d.ts` per module (tsc).
 *
 * The JavaScript is bundled because Node loads an ES module file by file, each costing a read, a
 * compile and a link: the client as some thirty modules took about 12 ms more CPU to import than
 * as two entries and one shared chunk (`npm run bench`, item 8: cold start). The entries share
 * that chunk, so `LogtoApiError` is one class whichever entry a program imports it from. Bare
 * imports (openapi-fetch, `node:` modules) stay imports; a bundler of the user's still tree-shakes
 * the output (its functions are module-level and the package declares no side effects).
 */

/** The package's entry points: `.` and `./operations` in package.json's exports. */
export const PACKAGE_ENTRIES = { index: 'src/index.ts', operations: 'src/operations.ts' } as const;

/** Bundles the entries into `outDir` (ESM for Node 20, one shared chunk under `chunks/`). */
export async function buildJavaScript(outDir: string): Promise<void> {
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: PACKAGE_ENTRIES,
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig: path.join(REPO_ROOT, 'tsconfig.build.json'),
    logLevel: 'warning',
  });
}

/** Writes the declarations: tsc with tsconfig.build.json (declarations only). */
async function buildDeclarations(): Promise<void> {
  let output = '';
  const tsc = startChild(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: REPO_ROOT,
    output: 'capture',
    onLine: (line) => (output += `${line}\n`),
  });
  const end = await tsc.ended;
  if (end.code !== 0) throw new Error(`tsc -p tsconfig.build.json failed:\n${output.trimEnd()}`);
}

/** `npm run build`: dist/ from scratch. */
export async function buildPackage(outDir: string = path.join(REPO_ROOT, 'dist')): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await buildDeclarations();
  await buildJavaScript(outDir);
}
