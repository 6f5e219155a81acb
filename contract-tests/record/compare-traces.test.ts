import { describe, expect, test } from 'vitest';
import { compareTraces, versionsOf } from './compare-traces.js';
import { TRACE_FORMAT, type AnswerRecord, type Trace } from '../scenarios/trace.js';

const answer = (over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  status: 201,
  contentType: 'application/json; charset=utf-8',
  shape: { '': 'object', '/id': 'string' },
  headers: {},
  ...over,
});
const trace = (steps: Array<[string, AnswerRecord[]]>, version = '1.42.0', fingerprint = 'f42'): Trace => ({
  format: TRACE_FORMAT,
  target: 't',
  logtoVersion: version,
  specFingerprint: fingerprint,
  emailConnector: 'absent',
  recordedAt: '2026-12-01T00:00:00.000Z',
  steps: steps.map(([step, answers]) => ({ step, request: { method: 'POST', path: '/api/x', auth: 'token' }, answers })),
});

describe('compareTraces', () => {
  test('identical behaviour is no difference, whatever the bodies hold', () => {
    expect(compareTraces(trace([['a/b', [answer({ body: { id: '1' } })]]]), trace([['a/b', [answer({ body: { id: '2' } })]]]))).toEqual([]);
  });

  test('names the step and each difference: status, code, content type, header, shape', () => {
    const before = trace([['s/one', [answer({ status: 404, contentType: 'text/plain; charset=utf-8', shape: {} })]]]);
    const after = trace([['s/one', [answer({ status: 413, errorCode: 'request.too_large', headers: { allow: 'GET' }, shape: { '': 'object', '/code': 'string' } })]]]);
    expect(compareTraces(before, after)).toMatchObject([
      { step: 's/one', what: 'status 404 → 413' },
      { step: 's/one', what: 'error code none → request.too_large' },
      { step: 's/one', what: 'content type text/plain; charset=utf-8 → application/json; charset=utf-8' },
      { step: 's/one', what: 'header allow: absent → GET' },
      { step: 's/one', what: 'body: new (object)' },
      { step: 's/one', what: '/code: new (string)' },
    ]);
  });

  test('steps present on one side only, and answer counts of repeated steps', () => {
    const before = trace([['a', [answer()]], ['gone', [answer()]], ['rep', [answer(), answer({ status: 429 })]]]);
    const after = trace([['a', [answer()]], ['rep', [answer()]], ['new', [answer()]]]);
    expect(compareTraces(before, after).map((d) => `${d.step}: ${d.what}`)).toEqual([
      'gone: step is missing from the second trace',
      'rep: 2 answer(s) vs 1',
      'new: step is new in the second trace',
    ]);
  });

  test('charset spelling does not count; a type change inside the shape does', () => {
    const before = trace([['a', [answer({ shape: { '': 'object', '/inviterId': 'null' } })]]]);
    const after = trace([['a', [answer({ contentType: 'application/json;charset=UTF-8', shape: { '': 'object', '/inviterId': 'string' } })]]]);
    expect(compareTraces(before, after)).toMatchObject([{ step: 'a', what: '/inviterId: null → string' }]);
  });

  test('compares the values each clause of the expectation found: a value, a place in a list, a length', () => {
    const clause = (name: string, actual: unknown, met = true) => ({ clause: name, expected: 'e', actual, met });
    const before = trace([['s/list', [answer({ expectation: [clause('status', 200), clause('/name', '{run:}a'), clause('holds (body) {"/id":"{a}"}', 'element 0 of 2')] })]]]);
    const after = trace([['s/list', [answer({ expectation: [clause('status', 200), clause('/name', '{run:}a'), clause('holds (body) {"/id":"{a}"}', 'element 1 of 2')] })]]]);
    expect(compareTraces(before, after)).toMatchObject([{ step: 's/list', what: 'holds (body) {"/id":"{a}"}: "element 0 of 2" → "element 1 of 2"' }]);
    const ignored = trace([['s/list', [answer({ expectation: [clause('status', 200), clause('/name', '{run:}a'), clause('holds (body) {"/id":"{a}"}', 'none of 1', false)] })]]]);
    expect(compareTraces(before, ignored)[0]?.what).toMatch(/no longer meets the expectation/);
  });

  test('says whether two traces come from the same Logto version and spec', () => {
    expect(versionsOf(trace([]), trace([])).same).toBe(true);
    expect(versionsOf(trace([], '1.40.0', 'f40'), trace([])).line).toBe('the traces come from different Logto versions: Logto 1.40.0 (spec f40) and Logto 1.42.0 (spec f42)');
    expect(versionsOf(trace([], 'unknown', 'unknown'), trace([], 'unknown', 'unknown')).same).toBe(false);
  });
});
