/**
 * `npm test`: every check the project has, in the order a failure is cheapest to explain.
 *
 * Each step runs even when an earlier one failed, so one CI run shows everything that is
 * wrong. LOGTO_* variables are ignored (said once): the live step always tests the embedded
 * reference server. The closing line is the plain `N passed, N failed[, N skipped]` that CI
 * reads; a step that is not a test runner counts as one check.
 * Ctrl-C stops it after the current step with a closing line starting "interrupted".
 * Steps and engine: contract-tests/live/runner/run-all.ts.
 */
import { NPM_TEST_STEPS, runAll } from '../contract-tests/live/runner/run-all.js';
import { REPO_ROOT } from './common/paths.js';

const { exitCode } = await runAll(NPM_TEST_STEPS, { cwd: REPO_ROOT, env: process.env });
process.exitCode = exitCode;
