import { describe, expect, it } from 'vitest';
import { OUR_SPEC } from '../../../common/paths.js';
import { loadSpec } from '../../../common/spec/index.js';
import { OperationIndex } from '../../lib/spec/operation-index.js';
import { listOperations } from '../../lib/spec/operations.js';
import { WHOLE_API_SCENARIOS } from './index.js';

const index = new OperationIndex(listOperations(await loadSpec(OUR_SPEC)));

describe('the whole-API scenario set', () => {
  it('has unique scenario names, and unique step names within each', () => {
    const names = WHOLE_API_SCENARIOS.map((s) => s.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const scenario of WHOLE_API_SCENARIOS) {
      const steps = scenario.steps.map((s) => s.name);
      expect(steps.filter((n, i) => steps.indexOf(n) !== i), scenario.name).toEqual([]);
    }
  });

  it('calls only operations of our spec, under the tag it names, and every step says what must come back', () => {
    for (const scenario of WHOLE_API_SCENARIOS) {
      expect(scenario.tag, scenario.name).toBeDefined();
      for (const step of scenario.steps) {
        const where = `${scenario.name}/${step.name}`;
        // A token step asks /oidc/token, which is no Management API operation.
        if (!step.token) expect(index.find(step.method, step.path.split('?')[0] as string), `${where}: ${step.method} ${step.path}`).toBeDefined();
        expect(step.expect?.status, `${where} has no expected status`).toBeTypeOf('number');
      }
    }
  });

  it('checks more than the status: every scenario checks values, list contents or lengths (one whose answers have no body aside)', () => {
    for (const scenario of WHOLE_API_SCENARIOS) {
      if (scenario.steps.every((s) => s.expect?.status === 204)) continue;
      const checksValues = scenario.steps.some((s) => s.expect && (s.expect.values || s.expect.holds || s.expect.lacks || s.expect.length || s.expect.headers || s.expect.types));
      expect(checksValues, scenario.name).toBe(true);
    }
  });
});
