import type { Shape } from '../scenarios/shape.js';
import type { AnswerRecord, Trace, TraceStep } from './trace.js';

/** One way a step's behaviour differs between two traces, said in a line. */
export interface StepDifference {
  step: string;
  what: string;
}

/**
 * Compares two traces step by step: steps only one has, and for steps both have, the request as
 * written and every answer's status, error code, content type, contract headers, shape, and the
 * values that matter (what each clause of the step's expectation found there: a value, an
 * element's place in a list, a length). Other values are data, not behaviour: not compared.
 */
export function compareTraces(before: Trace, after: Trace): StepDifference[] {
  const differences: StepDifference[] = [];
  const afterSteps = new Map(after.steps.map((s) => [s.step, s]));
  const beforeNames = new Set(before.steps.map((s) => s.step));
  for (const old of before.steps) {
    const current = afterSteps.get(old.step);
    if (!current) differences.push({ step: old.step, what: 'step is missing from the second trace' });
    else differences.push(...compareStep(old, current));
  }
  for (const step of after.steps) if (!beforeNames.has(step.step)) differences.push({ step: step.step, what: 'step is new in the second trace' });
  return differences;
}

function compareStep(before: TraceStep, after: TraceStep): StepDifference[] {
  const out: StepDifference[] = [];
  const say = (what: string): void => {
    out.push({ step: before.step, what });
  };
  const requestBefore = JSON.stringify(before.request);
  const requestAfter = JSON.stringify(after.request);
  if (requestBefore !== requestAfter) say(`the request differs (${requestBefore} vs ${requestAfter}); the traces come from different scenario sets`);
  if (before.answers.length !== after.answers.length) {
    say(`${before.answers.length} answer(s) vs ${after.answers.length}`);
  }
  const n = Math.min(before.answers.length, after.answers.length);
  for (let i = 0; i < n; i += 1) {
    const label = before.answers.length > 1 ? `answer ${i + 1}: ` : '';
    for (const what of compareAnswer(before.answers[i] as AnswerRecord, after.answers[i] as AnswerRecord)) say(label + what);
  }
  return out;
}

export function compareAnswer(before: AnswerRecord, after: AnswerRecord): string[] {
  const out: string[] = [];
  if (before.status !== after.status) out.push(`status ${before.status} → ${after.status}`);
  if ((before.errorCode ?? null) !== (after.errorCode ?? null)) out.push(`error code ${before.errorCode ?? 'none'} → ${after.errorCode ?? 'none'}`);
  if (normaliseContentType(before.contentType) !== normaliseContentType(after.contentType)) {
    out.push(`content type ${before.contentType ?? 'none'} → ${after.contentType ?? 'none'}`);
  }
  const headerNames = new Set([...Object.keys(before.headers), ...Object.keys(after.headers)]);
  for (const name of [...headerNames].sort()) {
    const a = before.headers[name];
    const b = after.headers[name];
    if (a !== b) out.push(`header ${name}: ${a ?? 'absent'} → ${b ?? 'absent'}`);
  }
  out.push(...compareShapes(before.shape, after.shape));
  out.push(...compareExpectations(before, after));
  return out;
}

/** What the step's expectation found, clause by clause, where both answers were judged. */
function compareExpectations(before: AnswerRecord, after: AnswerRecord): string[] {
  const out: string[] = [];
  const later = new Map((after.expectation ?? []).map((clause) => [clause.clause, clause]));
  for (const clause of before.expectation ?? []) {
    const other = later.get(clause.clause);
    if (!other || clause.clause === 'status') continue;
    if (JSON.stringify(clause.actual) !== JSON.stringify(other.actual)) {
      out.push(`${clause.clause}: ${preview(clause.actual)} → ${preview(other.actual)}${clause.met && !other.met ? ' (no longer meets the expectation)' : ''}`);
    }
  }
  return out;
}

function preview(value: unknown): string {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Whether two traces come from the same Logto: the same version label and the same served spec
 * (a difference between them is then a change of behaviour of that version), or from different
 * ones (a difference may be what the upgrade changed), said in a line.
 */
export function versionsOf(before: Trace, after: Trace): { same: boolean; line: string } {
  const label = (t: Trace): string => `Logto ${t.logtoVersion} (spec ${t.specFingerprint.slice(0, 12)})`;
  const same = before.specFingerprint === after.specFingerprint && before.logtoVersion === after.logtoVersion && before.specFingerprint !== 'unknown';
  return { same, line: same ? `both traces come from ${label(before)}: a difference is a change of behaviour of the same version` : `the traces come from different Logto versions: ${label(before)} and ${label(after)}` };
}

export function compareShapes(before: Shape, after: Shape): string[] {
  const out: string[] = [];
  const pointers = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const pointer of [...pointers].sort()) {
    const a = before[pointer];
    const b = after[pointer];
    const where = pointer === '' ? 'body' : pointer;
    if (a === undefined) out.push(`${where}: new (${b})`);
    else if (b === undefined) out.push(`${where}: gone (was ${a})`);
    else if (a !== b) out.push(`${where}: ${a} → ${b}`);
  }
  return out;
}

/** `application/json; charset=utf-8` and `application/json;charset=UTF-8` say the same thing. */
function normaliseContentType(value: string | null): string | null {
  return value === null ? null : value.toLowerCase().replace(/\s+/g, '');
}
