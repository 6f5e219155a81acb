import { describe, expect, inject } from 'vitest';
import { loadConformance } from '../support/conformance.js';
import { liveTest as test } from '../support/live-test.js';
import { NameFactory } from '../support/names.js';
import type { Session } from '../support/session.js';
import { GARBAGE_TOKEN, GENERIC_CHECK_NAMES, GENERIC_CHECKS, GENERIC_SUITE, unmetExpectation, type GenericCredential } from './generic-checks.js';
import { planGeneric } from './generic-plan.js';
import { operationsInScope, scopeFor } from './generic-scope.js';
import { scopelessTokens } from './scopeless-tokens.js';
import { readChangedOperations, touchesChanged } from '../support/check-selection.js';

// The generic phase: every operation of the spec (on the reference server, the ones it
// implements), checked with requests that cannot change anything (the rule: generic-plan.ts).
// One test per operation and check, so the reports say which check failed where.
const plan = inject('livePlan');
const conformance = await loadConformance();
const { operations } = await operationsInScope(conformance.index.operations, scopeFor(plan.main.kind));
const names = new NameFactory(plan.prefix);
const planned = planGeneric(conformance.context, operations, () => names.missingId());
// contract:live --changed-since: only the operations the spec diff names.
const changed = readChangedOperations();

async function authorizationFor(s: Session, credential: GenericCredential): Promise<string | null | undefined> {
  if (credential === 'run') return undefined;
  if (credential === 'none') return null;
  if (credential === 'garbage') return `Bearer ${GARBAGE_TOKEN}`;
  return `Bearer ${await scopelessTokens(s.target).getToken()}`;
}

/** Waits before each retry of a request that got no answer (a connection reset under load). */
const RETRY_DELAYS_MS = [250, 1000];

/**
 * Sends again when the connection failed before an answer came (fetch throws; an answer, any
 * status, is never retried). Every generic request is safe to repeat: it cannot change anything.
 */
async function sendWithRetry<T>(what: string, send: () => Promise<T>): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      console.warn(`[generic] ${what}: no answer (${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}); sending it again in ${delay} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return send();
}

describe.concurrent(GENERIC_SUITE, () => {
  for (const check of GENERIC_CHECK_NAMES) {
    const cases = planned.flatMap((p) => p.cases.filter((c) => c.check === check && touchesChanged([c.operationId], changed)));
    if (cases.length === 0) continue;
    describe(check, () => {
      for (const c of cases) {
        test(c.operationId, async ({ live }) => {
          const s = live.main;
          const answer = await sendWithRetry(`${check} ${c.method} ${c.target}`, async () => s.raw(c.method, c.target, { json: c.json, authorization: await authorizationFor(s, c.credential), invalid: c.deliberatelyInvalid }));
          const unmet = unmetExpectation(check, c.method, answer);
          const body = answer.text.replace(/\s+/g, ' ').slice(0, 200);
          expect(unmet === undefined, `${check}: ${c.method} ${c.target} answered ${answer.status}${body ? ` ${body}` : ''}; expected ${unmet ?? ''} (${GENERIC_CHECKS[check]})`).toBe(true);
        });
      }
    });
  }
});
