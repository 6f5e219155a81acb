import path from 'node:path';
import { REPO_ROOT } from '../../common/paths.js';
import type { KnownSpec } from '../../common/served-spec/known-specs.js';
import { changesAboutAnswer, changesAboutRequest, diffDocuments, indexOperations, operationsNamed, type AnswerPlace, type Change } from '../../common/spec-diff/index.js';
import { isObject, loadSpec, type JsonObject } from '../../common/spec/index.js';
import type { Trace, TraceStep } from '../scenarios/trace.js';
import type { StepDifference } from './compare-traces.js';

/** The specs two traces' servers served, known by fingerprint, and the diff between them. */
export interface TracesSpecDiff {
  old: KnownSpec | undefined;
  new: KnownSpec | undefined;
  /** The operations the spec diff names, with their changes; undefined when a side's spec is not known. */
  named: Map<string, Change[]> | undefined;
  /** The operationId a step's request calls (its path as written, placeholders and all), in either spec. */
  operationOf(method: string, stepPath: string): string | undefined;
  /** What is known, in a line. */
  line: string;
}

/**
 * Finds each trace's served spec in openapi/upstream/history/index.json by the fingerprint the
 * recorder stamped, and diffs them with the one engine (common/spec-diff): both are Logto's
 * served specs, so like is compared with like. A spec the index does not know is said, and then
 * no difference can be placed in or out of a spec diff.
 */
export async function specDiffOfTraces(before: Trace, after: Trace, known: readonly KnownSpec[]): Promise<TracesSpecDiff> {
  const find = (trace: Trace): KnownSpec | undefined => known.find((spec) => spec.fingerprint === trace.specFingerprint);
  const [old, current] = [find(before), find(after)];
  const docs = await Promise.all([old, current].map(async (spec) => (spec ? (await loadSpec(path.join(REPO_ROOT, spec.file))).raw : undefined)));
  const [oldDoc, newDoc] = docs;
  const templates = docs.flatMap((doc) => (doc ? [...indexOperations(doc).values()] : []));
  const operationOf = (method: string, stepPath: string): string | undefined => {
    const sent = stepPath.split('?')[0]?.split('/') ?? [];
    return templates.find((op) => op.method === method.toLowerCase() && sameRoute(op.path.split('/'), sent))?.operationId;
  };
  const unknown = (trace: Trace, spec: KnownSpec | undefined): string | undefined =>
    spec ? undefined : `the spec the server of ${trace.target} served (fingerprint ${trace.specFingerprint.slice(0, 12)}) is not in openapi/upstream/history/index.json`;
  const missing = [unknown(before, old), unknown(after, current)].filter((line): line is string => line !== undefined);
  if (!oldDoc || !newDoc || !old || !current) {
    return { old, new: current, named: undefined, operationOf, line: `${missing.join('; ')}: no difference can be placed in or out of a spec diff (pull that Logto's spec with npm run spec:pull -- --logto <version> to record it)` };
  }
  const named = operationsNamed(diffDocuments({ raw: oldDoc, source: old.file }, { raw: newDoc, source: current.file }));
  const changes = [...named.values()].reduce((n, list) => n + list.length, 0);
  return { old, new: current, named, operationOf, line: `spec diff ${old.file} (Logto ${old.logto}) → ${current.file} (Logto ${current.logto}): ${changes} change(s) on ${named.size} operation(s)` };
}

/** A template segment `{id}` matches any segment; a step's own placeholders (`{org}`) are one segment. */
function sameRoute(template: string[], sent: string[]): boolean {
  return template.length === sent.length && template.every((segment, i) => /^\{[^}]+\}$/.test(segment) || segment === sent[i]);
}

/** Whether a spec diff shows a difference, and which of its changes do (or why it is one without them). */
export type Placement = { in: true; changes: Change[]; note?: string } | { in: false } | { in: 'unknown' };

/** An answer that is itself an OpenAPI document (a served spec): what changed in it is a spec diff by definition. */
const SPEC_DOCUMENT_NOTE = 'the answer is a served OpenAPI document: what changed in it is a spec diff itself';

/**
 * Places one difference between two recordings of a step in or out of the spec diff: in, when a
 * change of the step's operation is about the place that differs (the status or its content
 * type, a body field or one around it, a header, the operation itself coming or going, or, for
 * a status, a request field or parameter the step sent). An error code, a list's contents or a
 * value no change names is behaviour the spec does not describe: out.
 */
export function placeDifference(difference: StepDifference, step: TraceStep | undefined, specs: TracesSpecDiff): Placement {
  if (!specs.named) return { in: 'unknown' };
  if (!step || step.request.token) return { in: false };
  if (step.answers.some((answer) => answer.shape['/openapi'] === 'string' && answer.shape['/paths'] === 'object')) return { in: true, changes: [], note: SPEC_DOCUMENT_NOTE };
  const operationId = specs.operationOf(step.request.method, step.request.path);
  const changes = operationId ? (specs.named.get(operationId) ?? []) : [];
  if (changes.length === 0) return { in: false };
  // A request field or parameter the step sent that the spec diff names (one the older Logto does
  // not know, or reads otherwise) may account for anything about the answer.
  const found = [...new Set([...changesFor(difference, step, changes), ...(isAboutAnswer(difference) ? changesAboutRequest(changes, sentBy(step)) : [])])];
  return found.length > 0 ? { in: true, changes: found } : { in: false };
}

function isAboutAnswer(d: StepDifference): boolean {
  return d.statuses !== undefined;
}

function changesFor(d: StepDifference, step: TraceStep, changes: readonly Change[]): Change[] {
  const whole = changes.filter((c) => c.kind === 'operation-added' || c.kind === 'operation-removed');
  const statuses = d.statuses ? [d.statuses.before, d.statuses.after] : [];
  const answer = (place: AnswerPlace): Change[] => changesAboutAnswer(changes, place);
  const status = (): Change[] => answer({ what: 'status', statuses });
  switch (d.kind) {
    case 'step missing':
    case 'step new':
    case 'request':
    case 'answer count':
      return whole;
    case 'status':
      return status();
    case 'error code':
      // Error codes are not in Logto's spec; one that changed with the status is the status's change.
      return d.statuses && d.statuses.before !== d.statuses.after ? status() : whole;
    case 'content type':
      return [...new Set(statuses.flatMap((s) => answer({ what: 'content type', status: s })))];
    case 'header':
      return answer({ what: 'header', status: d.statuses?.after ?? 0, name: d.where ?? '' });
    case 'field new':
      return answer({ what: 'field', status: d.statuses?.after ?? 0, pointer: d.where ?? '' });
    case 'field gone':
      return answer({ what: 'field', status: d.statuses?.before ?? 0, pointer: d.where ?? '' });
    case 'field retyped':
      return [...new Set(statuses.flatMap((s) => answer({ what: 'field', status: s, pointer: d.where ?? '' })))];
    case 'value': {
      // An expectation clause: `/name` and `type /name` are about a field, `header x` about a header; lists and lengths are data.
      const clause = d.where ?? '';
      const pointer = /^(?:type )?(\/.*)$/.exec(clause)?.[1];
      if (pointer !== undefined) return answer({ what: 'field', status: d.statuses?.after ?? 0, pointer });
      const header = /^header (\S+)$/.exec(clause)?.[1];
      return header ? answer({ what: 'header', status: d.statuses?.after ?? 0, name: header }) : whole;
    }
  }
}

/** The top-level body fields and the query parameters a step sent, as written. */
function sentBy(step: TraceStep): { bodyFields: string[]; parameters: Array<{ in: string; name: string }> } {
  const body = step.request.body;
  return {
    bodyFields: isObject(body) ? Object.keys(body as JsonObject) : [],
    parameters: Object.keys(step.request.query ?? {}).map((name) => ({ in: 'query', name })),
  };
}
