import { readPointer } from '../../common/spec/index.js';
import { evaluateExpectation, type ClauseResult } from './expectations.js';
import { abstractJson, EPOCH_MS, fillJson, type Bindings } from './placeholders.js';
import type { AnswerRecord, TraceStep } from './trace-step.js';

/**
 * A step's expectation, evaluated again on what a trace recorded. A recording holds the body with
 * the run's values abstracted (`{run:}x`, `{org}`, EPOCH_MS), so each template is filled for a
 * stand-in run and abstracted the same way: the expectation and the recording then speak the
 * same language, and CI can check the values that matter of every recorded answer offline.
 */
export function recordedExpectations(steps: readonly TraceStep[]): Array<{ step: string; answer: number; clauses: ClauseResult[] }> {
  const out: Array<{ step: string; answer: number; clauses: ClauseResult[] }> = [];
  const kept = new Map<string, Map<string, unknown>>();
  for (const step of steps) {
    const scenario = step.step.split('/')[0] as string;
    const keptHere = kept.get(scenario) ?? new Map<string, unknown>();
    kept.set(scenario, keptHere);
    const expect = step.request.expect;
    if (expect) step.answers.forEach((answer, i) => out.push({ step: step.step, answer: i, clauses: expectationOnRecord(step, answer, keptHere) }));
    // A value kept for later steps ({json:name}) is what the recording holds there, abstracted as the later bodies are.
    const first = step.answers.find((a) => a.status < 300);
    for (const [name, pointer] of Object.entries(step.request.keep ?? {})) keptHere.set(name, readPointer(first?.body, pointer));
  }
  return out;
}

/** One recorded answer judged by its step's expectation. */
export function expectationOnRecord(step: TraceStep, answer: AnswerRecord, kept: ReadonlyMap<string, unknown> = new Map()): ClauseResult[] {
  const expect = step.request.expect;
  if (!expect) return [];
  const bindings = standInBindings(kept);
  return evaluateExpectation(expect, { status: answer.status, headers: answer.headers, json: answer.body }, (template) => abstractJson(fillJson(template, bindings), bindings));
}

/**
 * A run that never happened: prefix `ct-recorded-`, every saved value `<name>`-shaped, the clock
 * at a plausible epoch (filled times abstract to EPOCH_MS like the recorded ones).
 */
function standInBindings(kept: ReadonlyMap<string, unknown>): Bindings {
  const vars = new StandInValues();
  return { prefix: 'ct-recorded-', missingId: 'ct-recorded-missing', now: () => EPOCH_MS, vars, kept: new Map(kept) };
}

/** Saved values as markers named after themselves, so abstracting a filled template gives back `{name}`. */
class StandInValues extends Map<string, string> {
  override get(name: string): string {
    if (!super.has(name)) super.set(name, `\u0000saved-${name}\u0000`);
    return super.get(name) as string;
  }
  override has(): boolean {
    return true;
  }
}
