import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../run-generate.js';

/**
 * A fresh directory under the repo's gitignored `.tmp/`: inside the repo so generated code
 * resolves `openapi-fetch` from our node_modules and can import the real runtime.
 */
export async function makeRepoTempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const base = path.join(REPO_ROOT, '.tmp');
  await mkdir(base, { recursive: true });
  const dir = await mkdtemp(path.join(base, `${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The `--runtime-import` that makes code generated into `outDir` use the real `src/runtime/unwrap.ts`. */
export function runtimeImportFor(outDir: string): string {
  const relative = path.relative(outDir, path.join(REPO_ROOT, 'src', 'runtime', 'unwrap.js')).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
