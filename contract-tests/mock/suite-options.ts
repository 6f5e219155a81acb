import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, from this file's location (never from the current directory). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_SPEC = resolve(REPO_ROOT, 'openapi/logto-management.yaml');
export const DEFAULT_REPORTS = resolve(REPO_ROOT, 'reports/mock');

/** Env vars `scripts/contract-mock.ts` sets; vitest passes them to global setup and workers. */
export const ENV_SPEC = 'CONTRACT_MOCK_SPEC';
export const ENV_REPORTS = 'CONTRACT_MOCK_REPORTS';

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(REPO_ROOT, path);
}

export function suiteOptions(env: NodeJS.ProcessEnv = process.env): { specPath: string; reportsDir: string } {
  return {
    specPath: absolute(env[ENV_SPEC] || DEFAULT_SPEC),
    reportsDir: absolute(env[ENV_REPORTS] || DEFAULT_REPORTS),
  };
}
