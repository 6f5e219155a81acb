import { describe, expect, inject } from 'vitest';
import { loadConformance } from '../support/conformance.js';
import { liveTest as test } from '../support/live-test.js';
import { NameFactory } from '../support/names.js';
import { operationsInScope, scopeFor } from '../generic/generic-scope.js';
import { planInvalidBodies } from './invalid-bodies.js';
import { readChangedOperations, touchesChanged } from '../support/check-selection.js';

// Every write operation's request schema, checked on the server: a body that breaks it in one
// way (a required property left out, a wrong type, one character too long) must get a documented
// 4xx other than 401/403, with an error body valid against the spec (the session's four checks).
const plan = inject('livePlan');
const conformance = await loadConformance();
const { operations } = await operationsInScope(conformance.index.operations, scopeFor(plan.main.kind));
const names = new NameFactory(plan.prefix);
// contract:live --changed-since: only the operations the spec diff names.
const changed = readChangedOperations();
const cases = planInvalidBodies(conformance.context, operations, () => names.missingId()).cases.filter((c) => touchesChanged([c.operationId], changed));

describe.concurrent('invalid bodies', () => {
  for (const c of cases) {
    test(`${c.operationId}: ${c.what}`, async ({ live }) => {
      const answer = await live.main.raw(c.method, c.target, { json: c.body, invalid: true });
      const refused = answer.status >= 400 && answer.status < 500 && answer.status !== 401 && answer.status !== 403;
      expect(refused, `${c.method} ${c.target} with ${c.what} answered ${answer.status} ${answer.text.slice(0, 200)}; expected a 4xx refusal (not 401/403)`).toBe(true);
    });
  }
});
