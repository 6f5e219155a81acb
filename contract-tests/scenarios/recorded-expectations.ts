import { readPointer } from '../../common/spec/index.js';
import { evaluateExpectation, type ClauseResult } from './expectations.js';
import { abstractJson, EPOCH_MS, fill, fillJson, type Bindings } from './placeholders.js';
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
  const aliases = new Map<string, Map<string, string>>();
  for (const step of steps) {
    const scenario = step.step.split('/')[0] as string;
    const keptHere = kept.get(scenario) ?? new Map<string, unknown>();
    kept.set(scenario, keptHere);
    const aliasesHere = aliases.get(scenario) ?? new Map<string, string>();
    aliases.set(scenario, aliasesHere);
    const expect = step.request.expect;
    if (expect) step.answers.forEach((answer, i) => out.push({ step: step.step, answer: i, clauses: expectationOnRecord(step, answer, keptHere, aliasesHere) }));
    for (const [name, alias] of Object.entries(step.request.aliases ?? {})) aliasesHere.set(name, alias);
    // A value kept for later steps ({json:name}) is what the recording holds there, abstracted as the later bodies are.
    const first = step.answers.find((a) => a.status < 300);
    for (const [name, pointer] of Object.entries(step.request.keep ?? {})) keptHere.set(name, readPointer(first?.body, pointer));
  }
  return out;
}

/** One recorded answer judged by its step's expectation (`aliases`: saved values that were run names, as recorded). */
export function expectationOnRecord(step: TraceStep, answer: AnswerRecord, kept: ReadonlyMap<string, unknown> = new Map(), aliases: ReadonlyMap<string, string> = new Map()): ClauseResult[] {
  const recorded = step.request.expect;
  if (!recorded) return [];
  // A body recorded by its outline only (too long to keep) was judged whole when it was seen: its status and headers are judged again here.
  const expect = answer.bodyOmitted === undefined ? recorded : { status: recorded.status, ...(recorded.headers ? { headers: recorded.headers } : {}) };
  const bindings = standInBindings(kept, aliases);
  const headers = { ...answer.headers, ...(answer.contentType !== null ? { 'content-type': answer.contentType } : {}) };
  return evaluateExpectation(expect, { status: answer.status, headers, json: answer.body }, (template) => abstractJson(fillJson(template, bindings), bindings));
}

const STAND_IN_PREFIX = 'ct-recorded-';

/**
 * A run that never happened: prefix `ct-recorded-`, every saved value an id named after itself
 * (or the run name it was, by its alias), the clock at a plausible epoch (filled times abstract
 * to EPOCH_MS like the recorded ones).
 */
function standInBindings(kept: ReadonlyMap<string, unknown>, aliases: ReadonlyMap<string, string>): Bindings {
  const vars = new StandInValues(aliases);
  return { prefix: STAND_IN_PREFIX, missingId: 'ct-recorded-missing', now: () => EPOCH_MS, vars, kept: new Map(kept) };
}

/** Saved values as ids named after themselves, so abstracting a filled template gives back `{name}`; a run name, its alias filled. */
class StandInValues extends Map<string, string> {
  constructor(private readonly aliases: ReadonlyMap<string, string>) {
    super();
  }

  override get(name: string): string {
    if (!super.has(name)) {
      const alias = this.aliases.get(name);
      super.set(name, alias !== undefined ? String(fill(alias, { prefix: STAND_IN_PREFIX, missingId: '', now: () => EPOCH_MS, vars: new Map() })) : `sv0${name}9x00000000`);
    }
    return super.get(name) as string;
  }
  override has(): boolean {
    return true;
  }
}
