import type { Shape } from './shape.js';
import type { AnswerRecord } from './trace-step.js';

/** What kind of thing differs between two recorded answers of the same step. */
export type DifferenceKind = 'status' | 'error code' | 'content type' | 'header' | 'field new' | 'field gone' | 'field retyped' | 'value';

interface AnswerDifference {
  kind: DifferenceKind;
  /** A JSON pointer, a header name or an expectation clause, where the difference is. */
  where: string;
  /** Said in a line: `status 404 → 413`, `/name: gone (was string)`. */
  what: string;
}

/**
 * How two answers to the same step differ: status, error code, content type, contract headers,
 * the body's shape (fields new, gone or retyped) and the values the step's expectation names.
 * Bodies' other values are data, not behaviour: not compared.
 */
export function answerDifferences(before: AnswerRecord, after: AnswerRecord): AnswerDifference[] {
  const out: AnswerDifference[] = [];
  if (before.status !== after.status) out.push({ kind: 'status', where: 'status', what: `status ${before.status} → ${after.status}` });
  if ((before.errorCode ?? null) !== (after.errorCode ?? null)) out.push({ kind: 'error code', where: 'code', what: `error code ${before.errorCode ?? 'none'} → ${after.errorCode ?? 'none'}` });
  if (normaliseContentType(before.contentType) !== normaliseContentType(after.contentType)) {
    out.push({ kind: 'content type', where: 'content-type', what: `content type ${before.contentType ?? 'none'} → ${after.contentType ?? 'none'}` });
  }
  for (const name of [...new Set([...Object.keys(before.headers), ...Object.keys(after.headers)])].sort()) {
    const a = before.headers[name];
    const b = after.headers[name];
    if (a !== b) out.push({ kind: 'header', where: name, what: `header ${name}: ${a ?? 'absent'} → ${b ?? 'absent'}` });
  }
  out.push(...shapeDifferences(before.shape, after.shape));
  out.push(...expectationDifferences(before, after));
  return out;
}

function shapeDifferences(before: Shape, after: Shape): AnswerDifference[] {
  const out: AnswerDifference[] = [];
  for (const pointer of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const a = before[pointer];
    const b = after[pointer];
    const where = pointer === '' ? 'body' : pointer;
    if (a === undefined) out.push({ kind: 'field new', where: pointer, what: `${where}: new (${b})` });
    else if (b === undefined) out.push({ kind: 'field gone', where: pointer, what: `${where}: gone (was ${a})` });
    else if (a !== b) out.push({ kind: 'field retyped', where: pointer, what: `${where}: ${a} → ${b}` });
  }
  return out;
}

/** What the step's expectation found, clause by clause, where both answers were judged. */
function expectationDifferences(before: AnswerRecord, after: AnswerRecord): AnswerDifference[] {
  const out: AnswerDifference[] = [];
  const later = new Map((after.expectation ?? []).map((clause) => [clause.clause, clause]));
  for (const clause of before.expectation ?? []) {
    const other = later.get(clause.clause);
    if (!other || clause.clause === 'status') continue;
    if (JSON.stringify(clause.actual) !== JSON.stringify(other.actual)) {
      out.push({ kind: 'value', where: clause.clause, what: `${clause.clause}: ${preview(clause.actual)} → ${preview(other.actual)}${clause.met && !other.met ? ' (no longer meets the expectation)' : ''}` });
    }
  }
  return out;
}

function preview(value: unknown): string {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `application/json; charset=utf-8` and `application/json;charset=UTF-8` say the same thing. */
function normaliseContentType(value: string | null): string | null {
  return value === null ? null : value.toLowerCase().replace(/\s+/g, '');
}
