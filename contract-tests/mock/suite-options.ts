import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, from this file's location (never from the current directory). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_SPEC = resolve(REPO_ROOT, 'openapi/logto-management.yaml');
export const DEFAULT_REPORTS = resolve(REPO_ROOT, 'reports/mock');

/** Env vars `scripts/contract-mock.ts` sets; vitest passes them to global setup and workers. */
export const ENV_SPEC = 'CONTRACT_MOCK_SPEC';
export const ENV_REPORTS = 'CONTRACT_MOCK_REPORTS';
/** `info` makes Prism log every request to prism.log (slower); default `warn` logs violations. */
export const ENV_PRISM_LOG_LEVEL = 'CONTRACT_MOCK_PRISM_LOG_LEVEL';
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(REPO_ROOT, path);
}

export function suiteOptions(env: NodeJS.ProcessEnv = process.env): { specPath: string; reportsDir: string; prismLogLevel: (typeof LOG_LEVELS)[number] } {
  const level = env[ENV_PRISM_LOG_LEVEL] || 'warn';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`${ENV_PRISM_LOG_LEVEL}="${level}" is not a Prism log level; use one of ${LOG_LEVELS.join(', ')}`);
  }
  return {
    specPath: absolute(env[ENV_SPEC] || DEFAULT_SPEC),
    reportsDir: absolute(env[ENV_REPORTS] || DEFAULT_REPORTS),
    prismLogLevel: level as (typeof LOG_LEVELS)[number],
  };
}
