import { describe, expect, test } from 'vitest';
import { compareTraces } from '../record/compare-traces.js';
import { driveScenarios } from '../record/drive.js';
import { openRecordTarget } from '../record/record-target.js';
import { SCENARIO_SET } from '../scenarios/invitation-scenarios.js';
import { TRACE_FORMAT } from '../record/trace.js';
import { committedTraces } from './committed-traces.js';

/**
 * What keeps CI honest about Logto: the scenario set recorded from real Logto is replayed against
 * the reference server, and every step must behave as recorded (status, error code, content type,
 * contract headers, body shape). A difference names the step; either the reference server is
 * wrong, or Logto changed and the trace must be recorded again (README: "Recorded traces").
 */
describe.each(committedTraces())('the reference server reproduces $file', ({ trace }) => {
  test(`every step, as real Logto answered it (${trace.steps.length} steps, e-mail connector ${trace.emailConnector})`, { timeout: 120_000 }, async () => {
    // An empty environment: this replays against the embedded server, whatever LOGTO_* says.
    const target = await openRecordTarget({ emailConnector: trace.emailConnector === 'present', env: {} });
    try {
      const replay = await driveScenarios(SCENARIO_SET, target);
      expect(replay.cleanupProblems).toEqual([]);
      const differences = compareTraces(trace, { format: TRACE_FORMAT, target: target.label, emailConnector: target.emailConnector, recordedAt: '', steps: replay.steps });
      expect(differences.map((d) => `${d.step}: ${d.what}`)).toEqual([]);
    } finally {
      await target.stop();
    }
  });
});
