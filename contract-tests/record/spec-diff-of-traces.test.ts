import { describe, expect, test } from 'vitest';
import type { Change } from '../../common/spec-diff/index.js';
import type { TraceStep } from '../scenarios/trace.js';
import type { StepDifference } from './compare-traces.js';
import { placeDifference, type TracesSpecDiff } from './spec-diff-of-traces.js';

const change = (operationId: string, kind: string, base?: string, field = '', direction: 'request' | 'response' = 'response'): Change => ({
  class: 'non-breaking',
  kind,
  operationId,
  location: '#',
  message: `${operationId} ${kind}`,
  ...(base ? { subject: { base, field }, direction } : {}),
});

/** A hand-made spec diff of three operations. */
const specs: TracesSpecDiff = {
  old: undefined,
  new: undefined,
  line: '',
  named: new Map([
    ['GetUser', [change('GetUser', 'field-added', 'response 200 body', 'cimdClientId')]],
    ['ListMembers', [change('ListMembers', 'parameter-added', 'query parameter `roleId`', '', 'request')]],
    ['GetConfig', [change('GetConfig', 'operation-added')]],
  ]),
  operationOf: (method, path) => (({ 'GET /api/users/{user}': 'GetUser', 'GET /api/members': 'ListMembers', 'GET /api/config': 'GetConfig', 'GET /api/other': 'Other' }) as Record<string, string>)[`${method} ${path}`],
};

const step = (path: string, extra: Partial<TraceStep['request']> = {}): TraceStep => ({ step: `s${path}`, request: { method: 'GET', path, auth: 'token', ...extra }, answers: [{ status: 200, contentType: 'application/json', shape: { '': 'object' }, headers: {} }] });
const at = (kind: StepDifference['kind'], where?: string, statuses = { before: 200, after: 200 }): StepDifference => ({ step: 's', what: kind, kind, ...(where !== undefined ? { where } : {}), statuses });

describe('placing a behaviour difference in or out of the spec diff', () => {
  test('a field the diff adds to the same answer is in it; another field, or another operation, is not', () => {
    expect(placeDifference(at('field new', '/cimdClientId'), step('/api/users/{user}'), specs)).toMatchObject({ in: true });
    expect(placeDifference(at('field new', '/name'), step('/api/users/{user}'), specs)).toEqual({ in: false });
    expect(placeDifference(at('field new', '/cimdClientId'), step('/api/other'), specs)).toEqual({ in: false });
  });

  test('an error code that changed alone is not in any spec diff', () => {
    expect(placeDifference(at('error code'), step('/api/users/{user}'), specs)).toEqual({ in: false });
  });

  test('anything about an answer to a request that sent a parameter the diff names is in it (the older server does not know it)', () => {
    expect(placeDifference(at('header', 'total-number'), step('/api/members', { query: { roleId: 'x' } }), specs)).toMatchObject({ in: true });
    expect(placeDifference(at('header', 'total-number'), step('/api/members'), specs)).toEqual({ in: false });
  });

  test('a new operation explains its steps, even those only one trace has', () => {
    expect(placeDifference({ step: 's', what: 'new', kind: 'step new' }, step('/api/config'), specs)).toMatchObject({ in: true });
    expect(placeDifference(at('status', undefined, { before: 404, after: 200 }), step('/api/config'), specs)).toMatchObject({ in: true });
  });

  test('an answer that is an OpenAPI document is a spec diff itself', () => {
    const document = { ...step('/api/other'), answers: [{ status: 200, contentType: 'application/json', shape: { '': 'object', '/openapi': 'string', '/paths': 'object' }, headers: {} }] };
    expect(placeDifference(at('field new', '/paths/~1api~1x'), document, specs)).toMatchObject({ in: true, note: expect.stringMatching(/OpenAPI document/) });
  });

  test('without both specs nothing is placed', () => {
    expect(placeDifference(at('status'), step('/api/users/{user}'), { ...specs, named: undefined })).toEqual({ in: 'unknown' });
  });
});
