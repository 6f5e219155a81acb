import { describe, expect, inject } from 'vitest';
import { WHOLE_API_SCENARIOS } from '../../scenarios/api/index.js';
import { runScenario, ScenarioStopped, type ScenarioRun, type UnmetStep } from '../../scenarios/run-scenario.js';
import { driftFromRecording } from '../../scenarios/drift.js';
import { TransientFault } from '../../lib/run/transient-faults.js';
import type { Session } from '../support/session.js';
import { recordingFor } from '../../scenarios/trace.js';
import { loadConformance } from '../support/conformance.js';
import { liveTest as test } from '../support/live-test.js';
import { NameFactory } from '../support/names.js';
import { operationsOf, scenarioSkips } from '../../scenarios/scenario-skips.js';
import { readChangedOperations, touchesChanged } from '../support/check-selection.js';
import { operationsInScope, scopeFor } from '../generic/generic-scope.js';
import { sessionSender } from './session-sender.js';

// The whole-API scenarios: a test per scenario, its steps in order through the test's session
// (so every answer also gets the four response checks, and everything created is tracked and
// deleted), failing on any step whose answer does not meet its expectation.
const plan = inject('livePlan');
const conformance = await loadConformance();
const names = new NameFactory(plan.prefix);
const served = new Set((await operationsInScope(conformance.index.operations, scopeFor(plan.main.kind))).operations.map((op) => op.operationId));
const skips = scenarioSkips(
  WHOLE_API_SCENARIOS,
  {
    served,
    emailConnector: plan.main.emailConnector,
    allowSettings: plan.allowSettings,
    name: plan.main.kind === 'reference' ? 'the embedded reference server' : 'this target',
    ...(plan.main.connectorFactories ? { connectorFactories: plan.main.connectorFactories } : {}),
  },
  conformance.index,
);

// contract:live --changed-since: only the scenarios that send to an operation the spec diff names
// (each runs whole, its fixtures with it); the runner counts the others and says why they did not run.
const changed = readChangedOperations();
const selected = WHOLE_API_SCENARIOS.filter((scenario) => touchesChanged(operationsOf(scenario, conformance.index), changed));

// What this Logto version answered when the scenarios were recorded (contract-tests/traces/), when
// the target serves the spec of a recorded one: each step is also judged against it.
const recording = recordingFor(plan.main.specFingerprint, plan.main.emailConnector);
const recorded = new Map((recording?.steps ?? []).map((step) => [step.step, step]));

/**
 * One scenario as a test: its steps in order, failing on any answer that breaks its expectation
 * or that drifted from the recording in what the contract depends on (a field new since the
 * recording is only a finding: printed, not a failure).
 */
function scenarioTest(scenario: (typeof WHOLE_API_SCENARIOS)[number]): void {
  const skip = skips.get(scenario.name);
  test.skipIf(skip !== undefined)(`${scenario.tag ?? 'untagged'} > ${scenario.name}${skip ? ` (skipped: ${skip})` : ''}`, async ({ live }) => {
    let run: ScenarioRun;
    try {
      run = await runOnce(scenario, live.main, plan.prefix);
    } catch (error) {
      if (!(error instanceof TransientFault)) throw error;
      // The target dropped a request that is not safe to repeat (a create may have happened):
      // what the scenario made is deleted, and it runs once more under names of its own
      // (`<prefix>r2-`, still the run's, so the run's closing sweep removes anything the dropped
      // request made). Flakiness of the target, said as such, not a contract failure.
      console.warn(`[whole API] ${scenario.name}: ${error.message}; running it again`);
      await live.main.cleanup();
      run = await runOnce(scenario, live.main, `${plan.prefix}r2-`);
    }
    const drifted: string[] = [];
    for (const step of run.steps) {
      const before = recorded.get(step.step);
      if (!before) continue;
      const drift = driftFromRecording(before, step);
      drifted.push(...drift.failures.map((what) => `  ${step.step}: ${what}`));
      for (const what of drift.findings) console.info(`[whole API] finding: ${step.step}: ${what} (not in the recording of Logto ${recording?.logtoVersion})`);
    }
    expect(run.unmet.length, `steps whose answer broke their expectation:\n${describeUnmet(run.unmet)}`).toBe(0);
    expect(drifted.length, `steps that answer otherwise than Logto ${recording?.logtoVersion} did when recorded:\n${drifted.join('\n')}`).toBe(0);
  });
}

describe.concurrent('whole API', () => {
  for (const scenario of selected.filter((s) => !s.changesSettings)) scenarioTest(scenario);
});

// Scenarios that change tenant-wide settings run one at a time: two may change the same setting
// (deleting the captcha provider writes the sign-in experience's captcha policy). Each restores
// what it changed in its own last steps; the runner puts back anything left from its snapshot.
describe.sequential('whole API, tenant-wide settings', () => {
  for (const scenario of selected.filter((s) => s.changesSettings)) scenarioTest(scenario);
});

async function runOnce(scenario: (typeof WHOLE_API_SCENARIOS)[number], session: Session, prefix: string): Promise<ScenarioRun> {
  const bindings = { prefix, missingId: names.missingId(), now: Date.now, vars: new Map<string, string>() };
  try {
    return await runScenario(scenario, sessionSender(session), bindings);
  } catch (error) {
    if (!(error instanceof ScenarioStopped)) throw error;
    throw new Error(`${error.message}${error.run.unmet.length > 0 ? `\nbefore it:\n${describeUnmet(error.run.unmet)}` : ''}`);
  }
}

function describeUnmet(unmet: readonly UnmetStep[]): string {
  return unmet.map((u) => `  ${u.step}: ${u.what.join('; ')}`).join('\n');
}
