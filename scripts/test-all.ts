/**
 * `npm test`: every check the project has, in the order a failure is cheapest to explain.
 *
 * Each step runs even when an earlier one failed, so one CI run shows everything that is
 * wrong. LOGTO_* variables are ignored (said once): the live step always tests the embedded
 * reference server. The closing line is the plain `N passed, N failed[, N skipped]` that CI
 * reads; a step that is not a test runner (typecheck, spec:build --check, lint, generate:check)
 * counts as one check.
 * Ctrl-C stops it after the current step with a closing line starting "interrupted".
 * Engine: contract-tests/live/runner/run-all.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAll, type Step } from '../contract-tests/live/runner/run-all.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const steps: Step[] = [
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

const { exitCode } = await runAll(steps, { cwd: root, env: process.env });
process.exitCode = exitCode;
