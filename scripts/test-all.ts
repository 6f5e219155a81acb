/**
 * `npm test`: every check the project has, in the order a failure is cheapest to explain.
 *
 * Each step runs even when an earlier one failed, so one CI run shows everything that is
 * wrong. The closing line is the plain `N passed, N failed` that CI reads; a step that is not
 * a test runner (typecheck, lint, generate:check) counts as one check.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNpmScript } from '../contract-tests/live/runner/run-step.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Step {
  name: string;
  script: string;
  /** Where a vitest JSON report lands, for steps whose counts come from a report file. */
  vitestJson?: string;
}

const steps: Step[] = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint:spec', script: 'lint:spec' },
  { name: 'generate:check', script: 'generate:check' },
  { name: 'unit', script: 'test:unit', vitestJson: 'reports/unit/results.json' },
  { name: 'contract:mock', script: 'contract:mock' },
  { name: 'contract:live (reference server)', script: 'contract:live' },
];

interface Outcome {
  name: string;
  passed: number;
  failed: number;
  exitCode: number;
}

async function runStep(step: Step): Promise<Outcome> {
  console.log(`\n── ${step.name} (npm run ${step.script}) ──`);
  // A report left by an earlier run must not stand in for this one.
  if (step.vitestJson) rmSync(path.join(root, step.vitestJson), { force: true });
  const { exitCode, passed, failed } = await runNpmScript(step.script, [], root);
  let counts = passed === undefined || failed === undefined ? undefined : { passed, failed };
  if (step.vitestJson) counts = readVitestCounts(path.join(root, step.vitestJson)) ?? counts;
  if (!counts) counts = exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  // A runner that printed "0 failed" but exited non-zero still failed (e.g. a crashed setup).
  if (exitCode !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
  return { name: step.name, ...counts, exitCode };
}

function readVitestCounts(file: string): { passed: number; failed: number } | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests?: number; numFailedTests?: number };
    if (typeof report.numPassedTests !== 'number') return undefined;
    return { passed: report.numPassedTests, failed: report.numFailedTests ?? 0 };
  } catch {
    return undefined;
  }
}

const outcomes: Outcome[] = [];
for (const step of steps) outcomes.push(await runStep(step));

console.log('\n── summary ──');
for (const o of outcomes) {
  console.log(`${o.exitCode === 0 ? 'ok  ' : 'FAIL'} ${o.name}: ${o.passed} passed, ${o.failed} failed`);
}
const passed = outcomes.reduce((n, o) => n + o.passed, 0);
const failed = outcomes.reduce((n, o) => n + o.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = outcomes.every((o) => o.exitCode === 0) ? 0 : 1;
