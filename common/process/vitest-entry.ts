import { installedPackage } from './installed-package.js';

/** The JS entry of the installed vitest, run with `node` directly (no npx, no shell wrapper). */
export function vitestEntry(): string {
  return installedPackage('vitest').bin('vitest');
}
