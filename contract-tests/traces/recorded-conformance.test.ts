import { describe, expect, test } from 'vitest';
import { loadConformance } from '../live/support/conformance.js';
import { tracesOfOurLogto } from '../scenarios/trace-logto.js';
import { recordedExpectations } from '../scenarios/recorded-expectations.js';

/**
 * Offline, what the Logto our spec is for answered must pass our spec's checks (traces of other
 * Logto versions answer to their own spec: other-versions.test.ts): every recorded answer of an
 * operation in openapi/logto-management.yaml has a documented status, a documented content type
 * and a body valid against the documented schema (a body recorded by its outline only, a Logto
 * document of megabytes, is judged by its status and content type). Steps outside the spec (the token endpoint,
 * unknown paths) are the trace's business only.
 */
describe.each(await tracesOfOurLogto())('recorded answers in $file pass our spec', ({ trace }) => {
  test('status documented, content type documented, body valid', async () => {
    const conformance = await loadConformance();
    const failures: string[] = [];
    let checked = 0;
    for (const step of trace.steps) {
      const operation = conformance.index.find(step.request.method, step.request.path);
      if (!operation) continue;
      for (const answer of step.answers) {
        checked += 1;
        const bodyText = answer.body !== undefined ? JSON.stringify(answer.body) : (answer.text ?? '');
        const headers = new Headers(answer.contentType ? { 'content-type': answer.contentType } : {});
        for (const result of conformance.check(operation, { status: answer.status, headers, bodyText })) {
          // A body recorded by its outline only (too long to keep) was checked whole by the live run that saw it.
          if (answer.bodyOmitted !== undefined && result.name === 'response_schema_conformance') continue;
          if (result.outcome === 'failed') failures.push(`${step.step}: ${result.message}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });

  test("every step's expectation holds on what real Logto answered: the values that matter, offline", () => {
    const judged = recordedExpectations(trace.steps);
    const unmet = judged.flatMap(({ step, answer, clauses }) => clauses.filter((c) => !c.met).map((c) => `${step}${answer > 0 ? ` (answer ${answer + 1})` : ''}: ${c.clause}: expected ${JSON.stringify(c.expected)}, recorded ${JSON.stringify(c.actual)}`));
    expect(unmet).toEqual([]);
  });
});
