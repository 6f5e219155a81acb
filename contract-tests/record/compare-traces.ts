import { answerDifferences, type DifferenceKind } from '../scenarios/answer-differences.js';
import type { AnswerRecord, Trace, TraceStep } from '../scenarios/trace.js';

/** One way a step's behaviour differs between two traces, said in a line. */
export interface StepDifference {
  step: string;
  what: string;
  /** What differs: a step on one side only, the request as written, the number of answers, or a part of an answer. */
  kind: DifferenceKind | 'step missing' | 'step new' | 'request' | 'answer count';
  /** For a part of an answer: the JSON pointer, header name or expectation clause (see AnswerDifference). */
  where?: string;
  /** For a part of an answer: the status of the answer on each side. */
  statuses?: { before: number; after: number };
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
    if (!current) differences.push({ step: old.step, what: 'step is missing from the second trace', kind: 'step missing' });
    else differences.push(...compareStep(old, current));
  }
  for (const step of after.steps) if (!beforeNames.has(step.step)) differences.push({ step: step.step, what: 'step is new in the second trace', kind: 'step new' });
  return differences;
}

function compareStep(before: TraceStep, after: TraceStep): StepDifference[] {
  const out: StepDifference[] = [];
  const requestBefore = JSON.stringify(before.request);
  const requestAfter = JSON.stringify(after.request);
  if (requestBefore !== requestAfter) out.push({ step: before.step, kind: 'request', what: `the request differs (${requestBefore} vs ${requestAfter}); the traces come from different scenario sets` });
  if (before.answers.length !== after.answers.length) {
    out.push({ step: before.step, kind: 'answer count', what: `${before.answers.length} answer(s) vs ${after.answers.length}` });
  }
  const n = Math.min(before.answers.length, after.answers.length);
  for (let i = 0; i < n; i += 1) {
    const label = before.answers.length > 1 ? `answer ${i + 1}: ` : '';
    const [a, b] = [before.answers[i] as AnswerRecord, after.answers[i] as AnswerRecord];
    for (const d of answerDifferences(a, b)) out.push({ step: before.step, kind: d.kind, where: d.where, statuses: { before: a.status, after: b.status }, what: label + d.what });
  }
  return out;
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
