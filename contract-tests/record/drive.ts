import { setTimeout as sleep } from 'node:timers/promises';
import { readPointer } from '../../common/spec/index.js';
import { abstractJson, fill, fillJson, type Bindings } from './placeholders.js';
import { shapeOf } from './shape.js';
import type { ScenarioSpec, StepSpec } from './step-spec.js';
import type { AnswerRecord, TraceStep } from './trace.js';
import type { AppCredentials, AppTokens } from '../live/support/app-tokens.js';
import { readAnswer, type ReadAnswer } from '../lib/run/read-answer.js';

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

const realClock: DriveClock = { now: () => Date.now(), wait: (ms) => sleep(ms) };

export interface DriveResult {
  steps: TraceStep[];
  /** Deletions of what the run created that did not answer 204 or 404. */
  cleanupProblems: string[];
}

const REQUEST_TIMEOUT_MS = 30_000;
/** Headers whose presence or value is part of the contract; the rest are transport. */
const CONTRACT_HEADERS: Record<string, 'value' | 'presence'> = { allow: 'value', 'total-number': 'value', 'retry-after': 'presence' };
/** Where a created entity is deleted, by the collection it was created in. Deleted in this order. */
const COLLECTIONS = ['/api/organization-invitations', '/api/users', '/api/organization-roles', '/api/organizations', '/api/organization-scopes', '/api/resources'];

/** Runs the scenarios one after another, each step in order, and records every answer. */
export async function driveScenarios(scenarios: ScenarioSpec[], target: DriveTarget, onStep?: (step: TraceStep) => void): Promise<DriveResult> {
  const steps: TraceStep[] = [];
  const cleanupProblems: string[] = [];
  for (const scenario of scenarios) {
    if (scenario.needsEmailConnector && scenario.needsEmailConnector !== target.emailConnector) continue;
    const clock = target.clock ?? realClock;
    const bindings: Bindings = { prefix: target.prefix, missingId: target.missingId, now: () => clock.now(), vars: new Map() };
    const created: Array<{ collection: string; id: string }> = [];
    try {
      for (const spec of scenario.steps) {
        const step = await driveStep(spec, `${scenario.name}/${spec.name}`, target, bindings, created);
        steps.push(step);
        onStep?.(step);
      }
    } finally {
      cleanupProblems.push(...(await deleteCreated(target, created)));
    }
  }
  return { steps, cleanupProblems };
}

async function driveStep(spec: StepSpec, name: string, target: DriveTarget, bindings: Bindings, created: Array<{ collection: string; id: string }>): Promise<TraceStep> {
  if (spec.waitMs) await (target.clock ?? realClock).wait(spec.waitMs);
  const path = String(fill(spec.path, bindings));
  const send = async (index: number): Promise<Answer> => {
    const at = { ...bindings, index };
    const query = spec.query ? Object.entries(spec.query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((one) => [k, String(fill(one, at))])) : undefined;
    const url = `${target.endpoint}${path}${query ? `?${new URLSearchParams(query).toString()}` : ''}`;
    return spec.token ? sendTokenRequest(spec.token, target.app) : sendOnce(url, spec, rawBody(spec, at), target);
  };

  let answers: Answer[];
  if (spec.concurrent) {
    answers = await Promise.all(Array.from({ length: spec.concurrent }, (_, i) => send(i)));
  } else {
    answers = [];
    for (let i = 0; i < (spec.repeat ?? 1); i += 1) answers.push(await send(i));
  }
  for (const answer of answers) track(spec, path, answer, created);
  if (spec.save) {
    const first = answers.find((a) => a.status < 300);
    for (const [variable, pointer] of Object.entries(spec.save)) {
      const value = first?.json === undefined ? undefined : readPointer(first.json, pointer);
      if (typeof value !== 'string') {
        const seen = answers.map((a) => `${a.status} ${a.text.slice(0, 200)}`).join('; ');
        throw new Error(`step ${name}: cannot save {${variable}} from ${pointer} of the answer (${seen}); the steps after it depend on it`);
      }
      bindings.vars.set(variable, value);
    }
  }
  const records = answers.map((a) => record(a, bindings));
  if (spec.concurrent) records.sort((a, b) => a.status - b.status || (a.errorCode ?? '').localeCompare(b.errorCode ?? ''));
  return {
    step: name,
    request: {
      method: spec.method,
      path: spec.path,
      ...(spec.query ? { query: spec.query } : {}),
      ...(spec.body !== undefined ? { body: spec.body } : {}),
      ...(spec.raw ? { raw: 'text' in spec.raw ? spec.raw.text : `<${spec.raw.oversizedBytes} bytes of JSON>` } : {}),
      auth: spec.auth ?? 'token',
      ...(spec.concurrent ? { concurrent: spec.concurrent } : {}),
      ...(spec.repeat ? { repeat: spec.repeat } : {}),
      ...(spec.waitMs ? { waitMs: spec.waitMs } : {}),
      ...(spec.token ? { token: spec.token } : {}),
    },
    answers: records,
  };
}

type Answer = ReadAnswer;

function rawBody(spec: StepSpec, bindings: Bindings): string | undefined {
  if (spec.raw && 'text' in spec.raw) return spec.raw.text;
  if (spec.raw) {
    // Valid JSON, too big: the server's body limit, not its JSON parser, must answer.
    const filler = 'x'.repeat(spec.raw.oversizedBytes);
    return JSON.stringify({ invitee: `${bindings.prefix}big@example.com`, filler });
  }
  return spec.body === undefined ? undefined : JSON.stringify(fillJson(spec.body, bindings));
}

async function sendOnce(url: string, spec: StepSpec, body: string | undefined, target: DriveTarget): Promise<Answer> {
  const auth = spec.auth ?? 'token';
  if (auth !== 'token') return sendWith(url, spec, body, await authorizationFor(auth, target));
  // As the client does: a 401 on the app's token drops it and tries once more with a fresh one.
  const token = await target.tokens.getToken();
  const answer = await sendWith(url, spec, body, `Bearer ${token}`);
  if (answer.status !== 401) return answer;
  target.tokens.invalidate(token);
  return sendWith(url, spec, body, `Bearer ${await target.tokens.getToken()}`);
}

async function authorizationFor(auth: NonNullable<StepSpec['auth']>, target: DriveTarget): Promise<string | undefined> {
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

async function sendWith(url: string, spec: StepSpec, body: string | undefined, authorization: string | undefined): Promise<Answer> {
  const headers = new Headers({ Accept: 'application/json' });
  if (authorization) headers.set('Authorization', authorization);
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(url, { method: spec.method, headers, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return readAnswer(response);
}

async function sendTokenRequest(token: NonNullable<StepSpec['token']>, app: AppCredentials): Promise<Answer> {
  const secret = token.secret === 'right' ? app.appSecret : `${app.appSecret}-wrong`;
  const form = new URLSearchParams({ grant_type: 'client_credentials', resource: token.resource === 'right' ? app.resource : 'https://ct-unknown.example.com/api' });
  if (token.scope === 'all') form.set('scope', 'all');
  const headers = new Headers({ 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' });
  if (token.clientAuth === 'form') {
    form.set('client_id', app.appId);
    form.set('client_secret', secret);
  } else {
    headers.set('Authorization', `Basic ${Buffer.from(`${encodeURIComponent(app.appId)}:${encodeURIComponent(secret)}`).toString('base64')}`);
  }
  const response = await fetch(`${app.upstream}/oidc/token`, { method: 'POST', headers, body: form.toString(), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const answer = await readAnswer(response);
  // A JSON token answer is recorded from its parsed value, which is scrubbed; its raw text (the token) is not kept.
  return { ...answer, text: answer.json === undefined ? answer.text : '' };
}

function record(answer: Answer, bindings: Bindings): AnswerRecord {
  const headers: Record<string, string> = {};
  for (const [name, how] of Object.entries(CONTRACT_HEADERS)) {
    const value = answer.headers.get(name);
    if (value !== null) headers[name] = how === 'value' ? value : 'present';
  }
  const body = answer.json;
  const errorCode = errorCodeOf(body);
  return {
    status: answer.status,
    contentType: answer.headers.get('content-type'),
    ...(errorCode ? { errorCode } : {}),
    shape: body === undefined ? {} : shapeOf(body),
    headers,
    ...(body !== undefined ? { body: abstractJson(body, bindings) } : answer.text ? { text: answer.text.slice(0, 200) } : {}),
  };
}

function errorCodeOf(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.code === 'string') return record.code;
  return typeof record.error === 'string' ? record.error : undefined;
}

function track(spec: StepSpec, path: string, answer: Answer, created: Array<{ collection: string; id: string }>): void {
  if (spec.method !== 'POST' || answer.status >= 300 || !COLLECTIONS.includes(path)) return;
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
