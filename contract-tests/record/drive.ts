import type { AppCredentials, AppTokens } from '../live/support/app-tokens.js';
import { sendTokenStep } from '../live/support/token-request.js';
import { readAnswer, type ReadAnswer } from '../lib/run/read-answer.js';
import type { Bindings } from '../scenarios/placeholders.js';
import { runScenario, ScenarioStopped, type OutgoingRequest, type ScenarioSender, type StepAuth, type UnmetStep } from '../scenarios/run-scenario.js';
import type { ScenarioSpec } from '../scenarios/step-spec.js';
import type { TraceStep } from './trace.js';

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
}

export interface DriveResult {
  steps: TraceStep[];
  /** Steps whose answer did not meet the step's expectation. */
  unmet: UnmetStep[];
  /** Scenarios that stopped half-way (a value a later step needs was not in an answer). */
  stopped: string[];
  /** Deletions of what the run created that did not answer 204 or 404. */
  cleanupProblems: string[];
}

const REQUEST_TIMEOUT_MS = 30_000;
/** Where a created entity is deleted, by the collection it was created in. Deleted in this order. */
const COLLECTIONS = ['/api/organization-invitations', '/api/users', '/api/organization-roles', '/api/organizations'];

/** Runs the scenarios one after another, each step in order, and records every answer. */
export async function driveScenarios(scenarios: ScenarioSpec[], target: DriveTarget, onStep?: (step: TraceStep) => void): Promise<DriveResult> {
  const result: DriveResult = { steps: [], unmet: [], stopped: [], cleanupProblems: [] };
  for (const scenario of scenarios) {
    if (scenario.needsEmailConnector && scenario.needsEmailConnector !== target.emailConnector) continue;
    const bindings: Bindings = { prefix: target.prefix, missingId: target.missingId, now: Date.now, vars: new Map() };
    const created: Array<{ collection: string; id: string }> = [];
    try {
      const run = await runScenario(scenario, fetchSender(target, created), bindings);
      result.steps.push(...run.steps);
      result.unmet.push(...run.unmet);
      for (const step of run.steps) onStep?.(step);
    } catch (error) {
      if (!(error instanceof ScenarioStopped)) throw error;
      result.steps.push(...error.run.steps);
      result.stopped.push(`${scenario.name}: ${error.message}`);
    } finally {
      result.cleanupProblems.push(...(await deleteCreated(target, created)));
    }
  }
  return result;
}

/** Plain fetch, as a client would send: the app's token (renewed once after a 401), or the header a step asks for. */
function fetchSender(target: DriveTarget, created: Array<{ collection: string; id: string }>): ScenarioSender {
  return {
    async send(request) {
      const answer = await sendOnce(target, request);
      track(request, answer, created);
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

function track(request: OutgoingRequest, answer: ReadAnswer, created: Array<{ collection: string; id: string }>): void {
  const path = request.target.split('?')[0] as string;
  if (request.method !== 'POST' || answer.status >= 300 || !COLLECTIONS.includes(path)) return;
  const id = (answer.json as Record<string, unknown> | undefined)?.id;
  if (typeof id === 'string') created.push({ collection: path, id });
}

async function deleteCreated(target: DriveTarget, created: Array<{ collection: string; id: string }>): Promise<string[]> {
  const problems: string[] = [];
  const ordered = [...created].sort((a, b) => COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection));
  for (const { collection, id } of ordered) {
    try {
      const response = await fetch(`${target.endpoint}${collection}/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${await target.tokens.getToken()}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.status !== 204 && response.status !== 404) problems.push(`DELETE ${collection}/${id} answered ${response.status}`);
    } catch (error) {
      problems.push(`DELETE ${collection}/${id} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

