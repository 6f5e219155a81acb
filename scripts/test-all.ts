/**
 * `npm test`: every check the project has, in the order a failure is cheapest to explain.
 *
 * Each step runs even when an earlier one failed, so one CI run shows everything that is
 * wrong. LOGTO_* variables are ignored (said once): the live step always tests the embedded
 * reference server. The closing line is the plain `N passed, N failed[, N skipped]` that CI
 * reads; a step that is not a test runner counts as one check.
 * Ctrl-C stops it after the current step with a closing line starting "interrupted".
 * The steps are listed here; the engine that runs them is scripts/test-all/run-all.ts.
 */
import { runAll, type Step } from './test-all/run-all.js';
import { REPO_ROOT } from '../common/paths.js';

/**
 * `npm test`'s steps, in the order a failure is cheapest to explain. A step that is not a test
 * runner (typecheck, spec:build --check, lint, generate:check) counts as one check.
 */
const NPM_TEST_STEPS: readonly Step[] = [
  { name: 'typecheck', script: 'typecheck' },
  // The spec is built, not written: the committed one must be what upstream + overlay build.
  { name: 'spec:build --check', script: 'spec:build:check' },
  { name: 'lint:overlay', script: 'lint:overlay' },
  { name: 'lint:spec', script: 'lint:spec' },
  { name: 'generate:check', script: 'generate:check' },
  { name: 'unit', script: 'test:unit', vitestJson: 'reports/unit/results.json' },
  { name: 'contract:mock', script: 'contract:mock' },
  { name: 'contract:live (reference server)', script: 'contract:live' },
];

const { exitCode } = await runAll(NPM_TEST_STEPS, { cwd: REPO_ROOT, env: process.env });
process.exitCode = exitCode;
