import type { AppCredentials, AppTokens } from '../live/support/app-tokens.js';
import { sendTokenStep } from '../live/support/token-request.js';
import { readAnswer, type ReadAnswer } from '../lib/run/read-answer.js';
import type { Bindings } from '../scenarios/placeholders.js';
import { runScenario, ScenarioStopped, type OutgoingRequest, type ScenarioSender, type StepAuth, type UnmetStep } from '../scenarios/run-scenario.js';
import type { ScenarioSpec } from '../scenarios/step-spec.js';
import { cleanupOrder, createdResources, deletedResource, type CreatedResource } from '../../common/logto/created-resource.js';
import type { OperationIndex } from '../lib/spec/operation-index.js';
import type { TraceStep } from '../scenarios/trace.js';

/** Where the scenario set is sent, and how its steps get their tokens. */
export interface DriveTarget {
  /** Server root, no trailing slash. */
  endpoint: string;
  /** The app's tokens: the client's own cached, refreshed source, and one without scope `all`. */
  tokens: AppTokens;
  /** The app itself, for the token-endpoint steps. */
  app: AppCredentials;
  emailConnector: 'present' | 'absent';
  /** Every name and e-mail the run creates starts with it (`ct-<runid>-`). */
  prefix: string;
  /** An id no entity can have. */
  missingId: string;
  /** The spec's operations, to know what a request created or deleted. */
  index: OperationIndex;
  /**
   * The time the steps' `{time:…}` values are computed from and a step's `waitMs` passes on: the
   * real clock for a real server (the default); the server's own, driven clock for the embedded
   * one, where a wait moves it instead of sleeping.
   */
  clock?: DriveClock;
}

export interface DriveClock {
  now(): number;
  wait(ms: number): Promise<void>;
}

const realClock: DriveClock = { now: () => Date.now(), wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

interface DriveResult {
  steps: TraceStep[];
  /** Scenarios not driven, with the reason (the target does not serve an operation, settings, the e-mail connector). */
  skipped: Array<{ scenario: string; reason: string }>;
  /** Steps whose answer did not meet the step's expectation. */
  unmet: UnmetStep[];
  /** Scenarios that stopped half-way (a value a later step needs was not in an answer). */
  stopped: string[];
  /** Deletions of what the run created that did not answer 204 or 404. */
  cleanupProblems: string[];
}

const REQUEST_TIMEOUT_MS = 30_000;

interface DriveOptions {
  /** Scenarios that cannot run on this target, with the reason (scenarios/scenario-skips.ts). */
  skips?: ReadonlyMap<string, string>;
  onStep?: (step: TraceStep) => void;
  /**
   * Scenarios under way at once (default 1: one after another, as a recording does, so a trace
   * reads in the set's order). Each scenario's steps stay in order; the steps of the result are
   * in the set's order either way.
   */
  concurrency?: number;
}

/**
 * Runs the scenarios, each step in order, and records every answer. What a scenario creates is
 * deleted when it ends (the resource model says how), whatever happened.
 */
export async function driveScenarios(scenarios: readonly ScenarioSpec[], target: DriveTarget, options: DriveOptions = {}): Promise<DriveResult> {
  const runs = new Array<DriveResult>(scenarios.length);
  const queue = scenarios.map((scenario, i) => ({ scenario, i }));
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) runs[next.i] = await driveOne(next.scenario, target, options);
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  const result: DriveResult = { steps: [], skipped: [], unmet: [], stopped: [], cleanupProblems: [] };
  for (const run of runs) {
    result.steps.push(...run.steps);
    result.skipped.push(...run.skipped);
    result.unmet.push(...run.unmet);
    result.stopped.push(...run.stopped);
    result.cleanupProblems.push(...run.cleanupProblems);
  }
  return result;
}

/** One scenario, then the deletion of what it created. */
async function driveOne(scenario: ScenarioSpec, target: DriveTarget, options: DriveOptions): Promise<DriveResult> {
  const result: DriveResult = { steps: [], skipped: [], unmet: [], stopped: [], cleanupProblems: [] };
  const skip = scenario.needsEmailConnector && scenario.needsEmailConnector !== target.emailConnector ? `needs a tenant ${scenario.needsEmailConnector === 'present' ? 'with' : 'without'} an e-mail connector` : options.skips?.get(scenario.name);
  if (skip) {
    result.skipped.push({ scenario: scenario.name, reason: skip });
    return result;
  }
  const clock = target.clock ?? realClock;
  const bindings: Bindings = { prefix: target.prefix, missingId: target.missingId, now: () => clock.now(), vars: new Map() };
  const created = new Map<string, CreatedResource>();
  try {
    const run = await runScenario(scenario, { ...fetchSender(target, created), wait: (ms) => clock.wait(ms) }, bindings);
    result.steps.push(...run.steps);
    result.unmet.push(...run.unmet);
    for (const step of run.steps) options.onStep?.(step);
  } catch (error) {
    if (!(error instanceof ScenarioStopped)) throw error;
    result.steps.push(...error.run.steps);
    result.stopped.push(`${scenario.name}: ${error.message}`);
  } finally {
    result.cleanupProblems.push(...(await deleteCreated(target, created)));
  }
  return result;
}

/** Plain fetch, as a client would send: the app's token (renewed once after a 401), or the header a step asks for. */
function fetchSender(target: DriveTarget, created: Map<string, CreatedResource>): ScenarioSender {
  return {
    async send(request) {
      const answer = await sendOnce(target, request);
      track(target, request, answer, created);
      return answer;
    },
    token: (_step, token) => sendTokenStep(target.app, token, REQUEST_TIMEOUT_MS),
  };
}

async function sendOnce(target: DriveTarget, request: OutgoingRequest): Promise<ReadAnswer> {
  if (request.auth !== 'token') return sendWith(target, request, await authorizationFor(request.auth, target));
  // As the client does: a 401 on the app's token drops it and tries once more with a fresh one.
  const token = await target.tokens.getToken();
  const answer = await sendWith(target, request, `Bearer ${token}`);
  if (answer.status !== 401) return answer;
  target.tokens.invalidate(token);
  return sendWith(target, request, `Bearer ${await target.tokens.getToken()}`);
}

async function authorizationFor(auth: StepAuth, target: DriveTarget): Promise<string | undefined> {
  switch (auth) {
    case 'no-scope':
      return `Bearer ${await target.tokens.noScopeToken()}`;
    case 'garbage':
      return 'Bearer not-a-token';
    case 'basic-scheme':
      return 'Basic Y3Q6Y3Q=';
    default:
      return undefined;
  }
}

async function sendWith(target: DriveTarget, request: OutgoingRequest, authorization: string | undefined): Promise<ReadAnswer> {
  const headers = new Headers({ Accept: 'application/json' });
  if (authorization) headers.set('Authorization', authorization);
  if (request.body !== undefined) headers.set('Content-Type', 'application/json');
  // `manual`: a redirect is the answer to record (a 302 of the SAML sign-in entry points), not followed.
  const response = await fetch(`${target.endpoint}${request.target}`, { method: request.method, headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return readAnswer(response);
}

/** What the answer created, by the resource model, and what a DELETE removed. */
function track(target: DriveTarget, request: OutgoingRequest, answer: ReadAnswer, created: Map<string, CreatedResource>): void {
  const path = request.target.split('?')[0] as string;
  const operation = target.index.find(request.method, path);
  if (!operation) return;
  for (const made of createdResources(operation.operationId, path, answer.status, answer.json, target.prefix)) created.set(made.deletePath, made);
  const gone = deletedResource(operation.operationId, path, answer.status);
  if (gone) created.delete(gone.deletePath);
}

async function deleteCreated(target: DriveTarget, created: Map<string, CreatedResource>): Promise<string[]> {
  const problems: string[] = [];
  for (const { kind, deletePath } of cleanupOrder([...created.values()])) {
    try {
      const response = await fetch(`${target.endpoint}${deletePath}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${await target.tokens.getToken()}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 300 && response.status !== 404) problems.push(`DELETE ${deletePath} (${kind}) answered ${response.status}`);
    } catch (error) {
      problems.push(`DELETE ${deletePath} (${kind}) failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}
