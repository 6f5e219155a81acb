import { describe, expect, test } from 'vitest';
import type { ReadAnswer } from '../lib/run/read-answer.js';
import { runScenario, ScenarioStopped, type OutgoingRequest, type ScenarioSender } from './run-scenario.js';
import type { ScenarioSpec } from './step-spec.js';

function answer(status: number, json?: unknown): ReadAnswer {
  const text = json === undefined ? '' : JSON.stringify(json);
  return { status, headers: new Headers(json === undefined ? {} : { 'content-type': 'application/json' }), text, json };
}

/** A server that has a Korean phrase already, and records what it was sent. */
function sender(sent: OutgoingRequest[]): ScenarioSender {
  return {
    send: async (request) => {
      sent.push(request);
      return request.method === 'GET' ? answer(200, { languageTag: 'ko' }) : answer(201, { languageTag: 'ko' });
    },
    token: async () => answer(200, {}),
  };
}

const bindings = () => ({ prefix: 'ct-run1-', missingId: 'ct-missing', now: () => 0, vars: new Map<string, string>() });

describe('runScenario', () => {
  const steps = (precondition: boolean): ScenarioSpec => ({
    name: 'phrases',
    covers: [],
    steps: [
      { name: 'get-before', method: 'GET', path: '/api/custom-phrases/ko', expect: { status: 404 }, precondition },
      { name: 'create', method: 'PUT', path: '/api/custom-phrases/ko', body: { input: { username: 'x' } }, expect: { status: 201 } },
    ],
  });

  test('an unmet precondition stops the scenario before the steps after it are sent', async () => {
    const sent: OutgoingRequest[] = [];
    const stopped = await runScenario(steps(true), sender(sent), bindings()).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(ScenarioStopped);
    expect((stopped as ScenarioStopped).message).toMatch(/phrases\/get-before is a precondition.*status: expected 404, got 200/);
    expect((stopped as ScenarioStopped).run.unmet.map((u) => u.step)).toEqual(['phrases/get-before']);
    expect(sent.map((r) => r.method)).toEqual(['GET']);
  });

  test('an unmet expectation of an ordinary step is recorded and the scenario goes on', async () => {
    const sent: OutgoingRequest[] = [];
    const run = await runScenario(steps(false), sender(sent), bindings());
    expect(run.unmet.map((u) => u.step)).toEqual(['phrases/get-before']);
    expect(sent.map((r) => r.method)).toEqual(['GET', 'PUT']);
  });
});
