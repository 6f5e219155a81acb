import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The JS entry of the installed vitest, run with `node` directly (no npx, no shell wrapper). */
export function vitestEntry(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('vitest/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(pkgPath), pkg.bin.vitest as string);
}
