import { isAbsolute, join, resolve } from 'node:path';
import { OUR_SPEC, REPO_ROOT, REPORTS_DIR } from '../../common/paths.js';
import { UsageError } from '../../common/usage-error.js';
import { defaultFleetSize } from '../lib/prism/prism-fleet.js';

export const DEFAULT_SPEC = OUR_SPEC;
export const DEFAULT_REPORTS = join(REPORTS_DIR, 'mock');

/**
 * The mock suite's tunables and why they have these values (requests in flight per Prism:
 * run-conformance.ts).
 *
 * | key                | value                          | why                                                                   |
 * |--------------------|--------------------------------|-----------------------------------------------------------------------|
 * | `prismInstances`   | os.availableParallelism(), >=1 | Prism answers on one thread; a mock is stateless, so one per core     |
 * | `prismWaitMs`      | 120 000 ms                     | a test waits this long for the Prisms to answer; below the hook       |
 * |                    |                                | timeout, so the reason (not a bare vitest timeout) reaches the report |
 * | `prismLogLevel`    | `warn`                         | logs request violations; `info` also logs every request (slower)      |
 */
export const MOCK_SUITE_DEFAULTS = Object.freeze({
  prismWaitMs: 120_000,
  prismLogLevel: 'warn' as const,
});

/** Env vars `scripts/contract-mock.ts` sets; vitest passes them to global setup and workers. */
export const ENV_SPEC = 'CONTRACT_MOCK_SPEC';
export const ENV_REPORTS = 'CONTRACT_MOCK_REPORTS';
/** Set by the CLI when it started the Prisms itself: the file it announces them in. */
export const ENV_PRISM_FLEET_FILE = 'CONTRACT_MOCK_PRISM_FLEET_FILE';
/** How many Prisms serve the run (default: one per core). */
export const ENV_PRISM_INSTANCES = 'CONTRACT_MOCK_PRISM_INSTANCES';
/** `info` makes Prism log every request to its log (slower); default `warn` logs violations. */
const ENV_PRISM_LOG_LEVEL = 'CONTRACT_MOCK_PRISM_LOG_LEVEL';
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
const MAX_INSTANCES = 64;

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(REPO_ROOT, path);
}

export interface SuiteOptions {
  specPath: string;
  reportsDir: string;
  prismLogLevel: (typeof LOG_LEVELS)[number];
  prismInstances: number;
}

/** The run's settings; a bad CONTRACT_MOCK_* variable throws a UsageError naming it and the fix. */
export function suiteOptions(env: NodeJS.ProcessEnv = process.env): SuiteOptions {
  const level = env[ENV_PRISM_LOG_LEVEL] || MOCK_SUITE_DEFAULTS.prismLogLevel;
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new UsageError(`${ENV_PRISM_LOG_LEVEL}="${level}" is not a Prism log level; use one of ${LOG_LEVELS.join(', ')}`);
  }
  const instances = env[ENV_PRISM_INSTANCES] || String(defaultFleetSize());
  if (!/^\d+$/.test(instances) || Number(instances) < 1 || Number(instances) > MAX_INSTANCES) {
    throw new UsageError(`${ENV_PRISM_INSTANCES}="${instances}" is not a number of Prism instances; use a whole number from 1 to ${MAX_INSTANCES}, or leave it unset for one per core`);
  }
  return {
    specPath: absolute(env[ENV_SPEC] || DEFAULT_SPEC),
    reportsDir: absolute(env[ENV_REPORTS] || DEFAULT_REPORTS),
    prismLogLevel: level as (typeof LOG_LEVELS)[number],
    prismInstances: Number(instances),
  };
}

/** Where the Prisms of a run are announced to the tests (see prism-fleet-file.ts). */
export function fleetAnnouncementFile(reportsDir: string): string {
  return join(reportsDir, '.prism-fleet.json');
}
