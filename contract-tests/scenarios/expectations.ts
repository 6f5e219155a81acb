import { isDeepStrictEqual } from 'node:util';
import { readPointer } from '../../common/spec/index.js';
import type { ElementMatch, StepExpectation } from './step-spec.js';

/** What a step's answer looks like to its expectation: live, or as a trace recorded it. */
interface ExpectedAnswer {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The parsed JSON body, or undefined. */
  json: unknown;
}

/**
 * One clause of an expectation, evaluated: what it asks, what the answer has there, and whether
 * that meets it. `actual` is what two recordings of the same step are compared on, so it says
 * where (an element's index, an array's length), not only whether.
 */
export interface ClauseResult {
  /** `status`, `/name`, `length /organizationRoles`, `holds / {"/id":"{app}"}`, `header total-number`. */
  clause: string;
  expected: unknown;
  actual: unknown;
  met: boolean;
}

/**
 * Evaluates every clause of `expect` on an answer. `fill` turns a template into the value this run
 * sent (live) or into its abstracted form (offline, on a trace), so the same expectation holds
 * for both.
 */
export function evaluateExpectation(expect: StepExpectation, answer: ExpectedAnswer, fill: (template: unknown) => unknown): ClauseResult[] {
  const results: ClauseResult[] = [{ clause: 'status', expected: expect.status, actual: answer.status, met: answer.status === expect.status }];
  // A body is only judged when the status is the expected one: a 404 has no `/name` to compare.
  if (answer.status !== expect.status) return results;
  for (const [pointer, template] of Object.entries(expect.values ?? {})) {
    const expected = fill(template);
    const actual = readPointer(answer.json, pointer);
    results.push({ clause: pointer || '(body)', expected, actual, met: isDeepStrictEqual(actual, expected) });
  }
  for (const [pointer, length] of Object.entries(expect.length ?? {})) {
    const value = readPointer(answer.json, pointer);
    const actual = Array.isArray(value) ? value.length : `not an array (${typeOfValue(value)})`;
    results.push({ clause: `length ${pointer || '(body)'}`, expected: length, actual, met: actual === length });
  }
  for (const [pointer, type] of Object.entries(expect.types ?? {})) {
    const actual = typeOfValue(readPointer(answer.json, pointer));
    results.push({ clause: `type ${pointer || '(body)'}`, expected: type, actual, met: actual === type });
  }
  for (const match of expect.holds ?? []) results.push(matchResult('holds', match, answer.json, fill));
  for (const match of expect.lacks ?? []) results.push(matchResult('lacks', match, answer.json, fill));
  for (const [name, value] of Object.entries(expect.headers ?? {})) {
    const actual = answer.headers[name.toLowerCase()] ?? null;
    results.push({ clause: `header ${name.toLowerCase()}`, expected: value, actual, met: actual === value });
  }
  return results;
}

/** The clauses an answer did not meet, one line each. */
export function unmetClauses(results: readonly ClauseResult[]): string[] {
  return results.filter((r) => !r.met).map((r) => `${r.clause}: expected ${preview(r.expected)}, got ${preview(r.actual)}`);
}

function matchResult(kind: 'holds' | 'lacks', match: ElementMatch, body: unknown, fill: (template: unknown) => unknown): ClauseResult {
  const at = match.at ?? '';
  const where = Object.fromEntries(Object.entries(match.where).map(([pointer, template]) => [pointer, fill(template)]));
  const clause = `${kind} ${at || '(body)'} ${JSON.stringify(where)}`;
  const list = readPointer(body, at);
  if (!Array.isArray(list)) return { clause, expected: kind === 'holds' ? 'an element' : 'no element', actual: `not an array (${typeOfValue(list)})`, met: false };
  const index = list.findIndex((element) => Object.entries(where).every(([pointer, value]) => isDeepStrictEqual(readPointer(element, pointer), value)));
  // The index and the length are the actual value, so a trace comparison also sees a changed order.
  const actual = index === -1 ? `none of ${list.length}` : `element ${index} of ${list.length}`;
  return { clause, expected: kind === 'holds' ? 'an element' : 'no element', actual, met: kind === 'holds' ? index !== -1 : index === -1 };
}

function typeOfValue(value: unknown): string {
  if (value === undefined) return 'absent';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function preview(value: unknown): string {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
