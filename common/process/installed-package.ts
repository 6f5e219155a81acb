import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface InstalledPackage {
  dir: string;
  version: string;
  /** The JS file of one of its commands, to run with `node` directly (no npx, no shell wrapper). */
  bin(command: string): string;
}

/** A package installed in this repo's node_modules, as its package.json describes it. */
export function installedPackage(name: string): InstalledPackage {
  const pkgPath = createRequire(import.meta.url).resolve(`${name}/package.json`);
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string; bin?: string | Record<string, string> };
  const dir = path.dirname(pkgPath);
  return {
    dir,
    version: pkg.version,
    bin(command) {
      // A string `bin` is the package's one command, named after the package.
      const file = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.[command];
      if (!file) throw new Error(`${name} ${pkg.version} has no "${command}" command in its package.json`);
      return path.join(dir, file);
    },
  };
}
