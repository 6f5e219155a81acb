import { describe, expect, test } from 'vitest';
import { compareTraces } from '../record/compare-traces.js';
import { driveScenarios } from '../record/drive.js';
import { openRecordTarget } from '../record/record-target.js';
import { SCENARIO_SETS } from '../scenarios/scenario-sets.js';
import { scenarioSkips } from '../scenarios/scenario-skips.js';
import { TRACE_FORMAT } from '../scenarios/trace.js';
import { tracesOfOurLogto } from '../scenarios/trace-logto.js';

/**
 * What keeps CI honest about Logto: the scenario sets recorded from the Logto our spec is for
 * (the reference server implements that version; other versions' traces: other-versions.test.ts) are replayed
 * against the reference server, as far as it implements them (a whole-API scenario that calls an
 * operation it does not serve is left out, by name), and every replayed step must behave as
 * recorded (status, error code, content type, contract headers, body shape, the values its
 * expectation names). A difference names the step; either the reference server is wrong, or Logto
 * changed and the trace must be recorded again (README: "Recorded traces").
 */
describe.each(await tracesOfOurLogto())('the reference server reproduces $file', ({ trace }) => {
  test(`every step it implements, as real Logto answered it (e-mail connector ${trace.emailConnector})`, { timeout: 180_000 }, async () => {
    // An empty environment: this replays against the embedded server, whatever LOGTO_* says.
    const target = await openRecordTarget({ emailConnector: trace.emailConnector === 'present', env: {} });
    try {
      const scenarios = Object.values(SCENARIO_SETS).flat();
      const skips = scenarioSkips(scenarios, { served: target.served, emailConnector: target.emailConnector, allowSettings: false, name: 'the embedded reference server' }, target.index);
      const replay = await driveScenarios(scenarios, target, { skips });
      expect(replay.cleanupProblems).toEqual([]);
      const scenarioOf = (step: { step: string }): string => step.step.split('/')[0] as string;
      const replayed = new Set(replay.steps.map(scenarioOf));
      const inTrace = new Set(trace.steps.map(scenarioOf));
      // Compared where both hold the scenario: a scenario newer than the trace is judged by its expectations only.
      const recorded = { ...trace, steps: trace.steps.filter((s) => replayed.has(scenarioOf(s))) };
      const compared = replay.steps.filter((s) => inTrace.has(scenarioOf(s)));
      // Every invitation scenario the trace holds is replayed: the reference server implements them all.
      const invitationScenarios = SCENARIO_SETS.invitations.map((s) => s.name).filter((name) => trace.steps.some((s) => s.step.startsWith(`${name}/`)));
      expect(invitationScenarios.filter((name) => !replayed.has(name))).toEqual([]);
      const differences = compareTraces(recorded, { ...trace, format: TRACE_FORMAT, target: target.label, recordedAt: '', steps: compared });
      expect(differences.map((d) => `${d.step}: ${d.what}`)).toEqual([]);
      expect(replay.unmet).toEqual([]);
    } finally {
      await target.stop();
    }
  });
});
