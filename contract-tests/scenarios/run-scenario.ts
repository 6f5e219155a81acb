import { readPointer } from '../../common/spec/index.js';
import type { ReadAnswer } from '../lib/run/read-answer.js';
import { evaluateExpectation, unmetClauses, type ClauseResult } from './expectations.js';
import { abstractJson, abstractPrefix, containsRunPrefix, fill, fillJson, type Bindings } from './placeholders.js';
import { shapeOf } from './shape.js';
import type { ScenarioSpec, StepSpec } from './step-spec.js';
import type { AnswerRecord, TraceStep } from './trace-step.js';

/** Which Authorization header a step's API request carries. */
export type StepAuth = NonNullable<StepSpec['auth']>;

/** One filled API request, ready to go. */
export interface OutgoingRequest {
  /** `<scenario>/<step>`. */
  step: string;
  method: StepSpec['method'];
  /** The path with its query string, every placeholder filled. */
  target: string;
  /** The body as sent (`application/json`), when there is one. */
  body?: string;
  auth: StepAuth;
  /** Broken on purpose (see `StepSpec.invalid`). */
  invalid: boolean;
}

/**
 * How a scenario reaches a server. The live suite sends through its checked, recording session;
 * the recorder through plain fetch. Either way the scenario, the placeholders and the
 * expectations are the same.
 */
export interface ScenarioSender {
  send(request: OutgoingRequest): Promise<ReadAnswer>;
  /** A client-credentials request to `/oidc/token` (`StepSpec.token`); its answer never keeps the token's text. */
  token(step: string, token: NonNullable<StepSpec['token']>): Promise<ReadAnswer>;
  /** Waits before a step (`StepSpec.waitMs`); the live suite and the recorder wait on the server's clock. */
  wait?(ms: number): Promise<void>;
}

/** A step whose answer did not meet its expectation. */
export interface UnmetStep {
  step: string;
  what: string[];
}

export interface ScenarioRun {
  steps: TraceStep[];
  unmet: UnmetStep[];
}

/** A step could not go on (a value it saves is missing): the steps after it depend on it. */
export class ScenarioStopped extends Error {
  override name = 'ScenarioStopped';
  constructor(
    message: string,
    readonly run: ScenarioRun,
  ) {
    super(message);
  }
}

/**
 * A body this long (its JSON text) is recorded by its outline only: its size and its shape two
 * levels deep. Logto's own documents (its OpenAPI specs, its phrases) are megabytes of data that
 * say nothing a trace compares; every answer is still checked whole when the live suite sees it.
 */
const RECORDED_BODY_LIMIT = 32_768;

/** Headers whose presence or value is part of the contract; the rest are transport. */
const CONTRACT_HEADERS: Record<string, 'value' | 'presence'> = { allow: 'value', 'total-number': 'value', 'retry-after': 'presence' };

/**
 * Runs one scenario's steps in order: fills each request from the placeholders, sends it, saves
 * what later steps need, evaluates the step's expectation and records the step as a trace does.
 * It never deletes anything; whoever sends (and so sees every create) cleans up.
 */
export async function runScenario(scenario: ScenarioSpec, sender: ScenarioSender, bindings: Bindings): Promise<ScenarioRun> {
  const run: ScenarioRun = { steps: [], unmet: [] };
  for (const spec of scenario.steps) {
    const name = `${scenario.name}/${spec.name}`;
    if (spec.waitMs) await (sender.wait ?? defaultWait)(spec.waitMs);
    const answers = await sendStep(spec, name, sender, bindings);
    if (spec.save || spec.keep) {
      try {
        save(spec, name, answers, bindings);
      } catch (error) {
        run.steps.push(recordStep(spec, name, answers, bindings));
        throw new ScenarioStopped((error as Error).message, run);
      }
    }
    const step = recordStep(spec, name, answers, bindings);
    // A saved run name reads as its prefix in bodies: say which saved value it was, for the offline judge.
    const aliases = Object.fromEntries(Object.keys(spec.save ?? {}).flatMap((variable) => {
      const value = bindings.vars.get(variable);
      return value !== undefined && containsRunPrefix(value, bindings.prefix) ? [[variable, abstractPrefix(value, bindings.prefix)]] : [];
    }));
    if (Object.keys(aliases).length > 0) step.request.aliases = aliases;
    run.steps.push(step);
    const what = step.answers.flatMap((answer, i) => unmetClauses(answer.expectation ?? []).map((line) => (step.answers.length > 1 ? `answer ${i + 1}: ${line}` : line)));
    if (what.length > 0) run.unmet.push({ step: name, what });
    if (what.length > 0 && spec.precondition) throw new ScenarioStopped(`step ${name} is a precondition of the steps after it and was not met (${what.join('; ')}); the scenario stopped there`, run);
  }
  return run;
}

interface StepAnswer {
  answer: ReadAnswer;
  expectation?: ClauseResult[];
}

async function sendStep(spec: StepSpec, name: string, sender: ScenarioSender, bindings: Bindings): Promise<StepAnswer[]> {
  const path = String(fill(spec.path, bindings));
  const send = async (index: number): Promise<StepAnswer> => {
    const at: Bindings = { ...bindings, index };
    const answer = spec.token ? await sender.token(name, spec.token) : await sender.send({ step: name, method: spec.method, target: path + queryString(spec.query, at), ...bodyOf(spec, at), auth: spec.auth ?? 'token', invalid: spec.invalid === true });
    const expectation = spec.expect ? evaluateExpectation(spec.expect, { status: answer.status, headers: headerRecord(answer.headers), json: answer.json }, (template) => fillJson(template, at)) : undefined;
    return { answer, ...(expectation ? { expectation } : {}) };
  };
  if (spec.concurrent) return Promise.all(Array.from({ length: spec.concurrent }, (_, i) => send(i)));
  const answers: StepAnswer[] = [];
  for (let i = 0; i < (spec.repeat ?? 1); i += 1) answers.push(await send(i));
  return answers;
}

function queryString(query: StepSpec['query'], bindings: Bindings): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(fill(one, bindings)));
  const text = params.toString();
  return text ? `?${text}` : '';
}

function bodyOf(spec: StepSpec, bindings: Bindings): { body?: string } {
  if (spec.raw && 'text' in spec.raw) return { body: spec.raw.text };
  if (spec.raw) {
    // Valid JSON, too big: the server's body limit, not its JSON parser, must answer.
    return { body: JSON.stringify({ invitee: `${bindings.prefix}big@example.com`, filler: 'x'.repeat(spec.raw.oversizedBytes) }) };
  }
  return spec.body === undefined ? {} : { body: JSON.stringify(fillJson(spec.body, bindings)) };
}

function save(spec: StepSpec, name: string, answers: readonly StepAnswer[], bindings: Bindings): void {
  const first = answers.find((a) => a.answer.status < 300);
  for (const [variable, pointer] of Object.entries(spec.save ?? {})) {
    const value = first?.answer.json === undefined ? undefined : readPointer(first.answer.json, pointer);
    if (typeof value !== 'string' && typeof value !== 'number') {
      const seen = answers.map((a) => `${a.answer.status} ${a.answer.text.slice(0, 200)}`).join('; ');
      throw new Error(`step ${name}: cannot save {${variable}} from ${pointer} of the answer (${seen}); the steps after it depend on it`);
    }
    bindings.vars.set(variable, String(value));
  }
  for (const [variable, pointer] of Object.entries(spec.keep ?? {})) {
    const value = first?.answer.json === undefined ? undefined : readPointer(first.answer.json, pointer);
    if (value === undefined) throw new Error(`step ${name}: cannot keep {json:${variable}} from ${pointer} of the answer (${answers.map((a) => a.answer.status).join(', ')}); the steps after it depend on it`);
    bindings.kept ??= new Map();
    bindings.kept.set(variable, value);
  }
}

function recordStep(spec: StepSpec, name: string, answers: readonly StepAnswer[], bindings: Bindings): TraceStep {
  const records = answers.map((a) => recordAnswer(a, bindings));
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
      ...(spec.expect ? { expect: spec.expect } : {}),
      ...(spec.keep ? { keep: spec.keep } : {}),
    },
    answers: records,
  };
}

function recordAnswer({ answer, expectation }: StepAnswer, bindings: Bindings): AnswerRecord {
  const headers: Record<string, string> = {};
  for (const [name, how] of Object.entries(CONTRACT_HEADERS)) {
    const value = answer.headers.get(name);
    if (value !== null) headers[name] = how === 'value' ? value : 'present';
  }
  const body = answer.json;
  const errorCode = errorCodeOf(body);
  const outlineOnly = answer.text.length > RECORDED_BODY_LIMIT;
  return {
    status: answer.status,
    contentType: answer.headers.get('content-type'),
    ...(errorCode ? { errorCode } : {}),
    shape: body === undefined ? {} : shapeOf(body, outlineOnly ? 2 : undefined),
    headers,
    ...(outlineOnly ? { bodyOmitted: answer.text.length } : body !== undefined ? { body: abstractJson(body, bindings) } : answer.text ? { text: answer.text.slice(0, 200) } : {}),
    // What the expectation saw, abstracted like the body: a trace diff compares these values.
    ...(expectation ? { expectation: expectation.map((r) => ({ ...r, expected: abstractJson(r.expected, bindings), actual: abstractJson(r.actual, bindings) })) } : {}),
  };
}

function errorCodeOf(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.code === 'string') return record.code;
  return typeof record.error === 'string' ? record.error : undefined;
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

const defaultWait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
