import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { REPORTS_DIR, TMP_DIR } from '../../common/paths.js';

// The bench items name these from here; every path is common/paths.ts's.
export { REPO_ROOT } from '../../common/paths.js';

export const BENCH_REPORT = path.join(REPORTS_DIR, 'bench', 'bench.json');
/** The same figures as Markdown tables, for docs/benchmarks.md. */
export const BENCH_MARKDOWN = path.join(REPORTS_DIR, 'bench', 'bench.md');

/** A fresh directory under the gitignored `.tmp/`, removed by `remove()`. */
export async function makeBenchTempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  await mkdir(TMP_DIR, { recursive: true });
  const dir = await mkdtemp(path.join(TMP_DIR, `${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
