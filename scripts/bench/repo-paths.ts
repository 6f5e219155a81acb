import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** CI clones the repo beside ../shared, so the fixture is found relative to the repo root. */
export const LOGTO_FIXTURE = path.resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'logto-1.42-management.openapi.json');
/** The same path as written on a command line run from the repo root. */
export const LOGTO_FIXTURE_ARG = path.relative(REPO_ROOT, LOGTO_FIXTURE);

export const BENCH_REPORT = path.join(REPO_ROOT, 'reports', 'bench', 'bench.json');
/** The same figures as Markdown tables, for the README's Performance section. */
export const BENCH_MARKDOWN = path.join(REPO_ROOT, 'reports', 'bench', 'bench.md');

export function requireFixture(): string {
  if (!existsSync(LOGTO_FIXTURE)) {
    throw new Error(`the Logto 1.42 spec fixture is missing at ${LOGTO_FIXTURE}: clone the repo beside shared/ (it must be at <repo>/../shared/fixtures/).`);
  }
  return LOGTO_FIXTURE;
}

/** A fresh directory under the gitignored `.tmp/`, removed by `remove()`. */
export async function makeBenchTempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const base = path.join(REPO_ROOT, '.tmp');
  await mkdir(base, { recursive: true });
  const dir = await mkdtemp(path.join(base, `${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
