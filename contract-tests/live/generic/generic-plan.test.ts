import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContractContext, type ContractContext } from '../../lib/context.js';
import { loadSpec } from '../../../common/spec/index.js';
import { listOperations, type OperationSpec } from '../../lib/spec/operations.js';
import { specFrom } from '../../lib/test-support.js';
import { fullerBody } from './fuller-body.js';
import { GENERIC_CHECK_NAMES, genericTestName, parseGenericTestName, unmetExpectation } from './generic-checks.js';
import { assertSafe, planGeneric, type GenericCase, type PlannedOperation } from './generic-plan.js';
import { buildGenericReport } from './generic-report.js';
import { operationsInScope, scopeFor } from './generic-scope.js';
import { REPO_ROOT, SPEC_PATH } from '../support/repo-paths.js';

const UPSTREAM = path.join(REPO_ROOT, 'openapi', 'upstream', 'management.openapi.json');

function counter(): () => string {
  let n = 0;
  return () => `ct-unit${(n += 1)}`;
}

// The generic phase's safety rule, checked on every operation of Logto's whole spec (284).
describe('generic plan over Logto 1.42 (all operations)', () => {
  let operations: OperationSpec[];
  let planned: PlannedOperation[];
  let cases: GenericCase[];
  beforeAll(async () => {
    const spec = await loadSpec(UPSTREAM);
    operations = listOperations(spec);
    planned = planGeneric(createContractContext(spec), operations, counter());
    cases = planned.flatMap((p) => p.cases);
  });

  it('plans every operation, and every check is either sent or says why not', () => {
    expect(operations.length).toBe(284);
    expect(planned.length).toBe(284);
    for (const p of planned) {
      for (const check of GENERIC_CHECK_NAMES) {
        const sent = p.cases.filter((c) => c.check === check).length;
        const reasons = p.notSent.filter((n) => n.check === check).length;
        expect(sent + reasons, `${p.operation.operationId} ${check}`).toBe(1);
      }
    }
  });

  it("never sends the run's token with POST, nor with a PUT/PATCH/DELETE without path parameters", () => {
    const withToken = cases.filter((c) => c.credential === 'run');
    expect(withToken.length).toBeGreaterThan(150);
    for (const c of withToken) {
      const op = operations.find((o) => o.operationId === c.operationId) as OperationSpec;
      const hasPathParams = op.parameters.some((p) => p.in === 'path');
      expect(c.method === 'GET' || (['PUT', 'PATCH', 'DELETE'].includes(c.method) && hasPathParams), `${c.operationId} ${c.method} ${op.path}`).toBe(true);
    }
    // The tenant-wide settings named in the rule get only the credential checks.
    for (const id of ['UpdateSignInExp', 'UpsertIdTokenConfig', 'DeleteCaptchaProvider', 'CreateUser']) {
      expect(cases.filter((c) => c.operationId === id).map((c) => c.credential).sort()).toEqual(['garbage', 'none', 'scopeless']);
    }
  });

  it('puts an id that cannot exist in every path parameter, outside every enum', () => {
    for (const c of cases) expect(c.target, c.operationId).not.toMatch(/\{|\}/);
    const phrase = cases.find((c) => c.operationId === 'ReplaceCustomPhrase' && c.check === 'unknown_id') as GenericCase;
    expect(phrase.target).toMatch(/^\/api\/custom-phrases\/ct-unit\d+$/);
    // The language tag is an enum: the request is invalid on purpose, and must be refused.
    expect(phrase.deliberatelyInvalid).toBe(true);
    const identity = cases.find((c) => c.operationId === 'DeleteUserIdentity' && c.check === 'unknown_id') as GenericCase;
    expect(identity.target).toMatch(/^\/api\/users\/ct-unit\d+\/identities\/ct-unit\d+$/);
  });

  it('asks lists for the smallest page and gives writes a body with something in it', () => {
    const users = cases.find((c) => c.operationId === 'ListUsers' && c.check === 'collection_read') as GenericCase;
    expect(users.target).toBe('/api/users?page_size=1');
    const update = cases.find((c) => c.operationId === 'UpdateHook' && c.check === 'unknown_id') as GenericCase;
    expect(Object.keys(update.json as object).length).toBeGreaterThan(0);
    const replace = cases.find((c) => c.operationId === 'ReplaceOrganizationUsers' && c.check === 'unknown_id') as GenericCase;
    expect((replace.json as { userIds: unknown[] }).userIds).toHaveLength(1);
    // Without usable credentials, at most an empty object.
    for (const c of cases.filter((x) => x.credential !== 'run')) expect(c.json === undefined || JSON.stringify(c.json) === '{}', c.operationId).toBe(true);
  });
});

describe('assertSafe', () => {
  const spec = specFrom({
    openapi: '3.0.1',
    info: { title: 't', version: '1' },
    paths: {
      '/api/things': { post: { operationId: 'CreateThing', responses: { 201: { description: 'ok' } } } },
      '/api/settings': { patch: { operationId: 'UpdateSettings', responses: { 200: { description: 'ok' } } } },
      '/api/things/{id}': { delete: { operationId: 'DeleteThing', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 204: { description: 'ok' } } } },
    },
  });
  const ops = listOperations(spec);
  const op = (id: string): OperationSpec => ops.find((o) => o.operationId === id) as OperationSpec;
  const base = { check: 'unknown_id' as const, credential: 'run' as const, deliberatelyInvalid: false };

  it("refuses the run's token on a POST and on a write without path parameters", () => {
    expect(() => assertSafe({ ...base, operationId: 'CreateThing', method: 'POST', target: '/api/things' }, op('CreateThing'), new Set())).toThrow(/could change the tenant/);
    expect(() => assertSafe({ ...base, operationId: 'UpdateSettings', method: 'PATCH', target: '/api/settings' }, op('UpdateSettings'), new Set())).toThrow(/could change the tenant/);
  });

  it('refuses a path parameter that is not one of the ids that cannot exist', () => {
    expect(() => assertSafe({ ...base, operationId: 'DeleteThing', method: 'DELETE', target: '/api/things/abc123' }, op('DeleteThing'), new Set(['ct-x1']))).toThrow(/not an id that cannot exist/);
    expect(() => assertSafe({ ...base, operationId: 'DeleteThing', method: 'DELETE', target: '/api/things/ct-x1' }, op('DeleteThing'), new Set(['ct-x1']))).not.toThrow();
  });

  it('lets requests without a usable token go to any method (they are refused before any handler)', () => {
    expect(() => assertSafe({ ...base, credential: 'none', operationId: 'CreateThing', method: 'POST', target: '/api/things' }, op('CreateThing'), new Set())).not.toThrow();
  });
});

describe('generic expectations', () => {
  it('wants 401 without a usable token and 403 without scope', () => {
    expect(unmetExpectation('missing_token', 'DELETE', { status: 401, json: {} })).toBeUndefined();
    expect(unmetExpectation('garbage_token', 'GET', { status: 404, json: {} })).toBe('status 401');
    expect(unmetExpectation('missing_scope', 'POST', { status: 403, json: {} })).toBeUndefined();
    expect(unmetExpectation('missing_scope', 'POST', { status: 201, json: {} })).toBe('status 403');
  });

  it('wants an unknown id refused, or a GET under it empty', () => {
    for (const status of [404, 400, 422]) expect(unmetExpectation('unknown_id', 'PATCH', { status, json: {} })).toBeUndefined();
    expect(unmetExpectation('unknown_id', 'GET', { status: 200, json: [] })).toBeUndefined();
    expect(unmetExpectation('unknown_id', 'GET', { status: 200, json: { grants: [] } })).toBeUndefined();
    expect(unmetExpectation('unknown_id', 'GET', { status: 200, json: [{ id: 'x' }] })).toMatch(/empty answer/);
    expect(unmetExpectation('unknown_id', 'PUT', { status: 204, json: undefined })).toBe('a 4xx other than 401/403');
    expect(unmetExpectation('unknown_id', 'GET', { status: 401, json: {} })).toMatch(/other than 401/);
  });

  it("wants the run's token accepted on collection reads", () => {
    expect(unmetExpectation('collection_read', 'GET', { status: 404, json: {} })).toBeUndefined();
    expect(unmetExpectation('collection_read', 'GET', { status: 403, json: {} })).toMatch(/token accepted/);
  });

  it('names tests so the runner can tell check and operation apart', () => {
    expect(parseGenericTestName(genericTestName('unknown_id', 'GetUser'))).toEqual({ check: 'unknown_id', operationId: 'GetUser' });
    expect(parseGenericTestName('generic phase > no_such_check > GetUser')).toBeUndefined();
    expect(parseGenericTestName('lifecycle > create')).toBeUndefined();
  });
});

describe('fullerBody', () => {
  let ctx: ContractContext;
  beforeAll(() => {
    ctx = createContractContext(specFrom({ openapi: '3.0.1', info: { title: 't', version: '1' }, paths: {} }));
  });

  it('gives an empty object one property and an empty array one item, and stays valid', () => {
    const schema = { type: 'object', properties: { name: { type: 'string', minLength: 1 }, tags: { type: 'array', items: { type: 'string' } } } };
    expect(fullerBody(ctx.validator, schema, {}, '#/x')).toEqual({ name: expect.any(String) });
    const list = { type: 'object', required: ['userIds'], properties: { userIds: { type: 'array', items: { type: 'string' } } } };
    expect(fullerBody(ctx.validator, list, { userIds: [] }, '#/y')).toEqual({ userIds: [expect.any(String)] });
  });

  it('keeps the minimal body when a fuller one would break the schema', () => {
    const schema = { type: 'object', properties: { ids: { type: 'array', maxItems: 0, items: { type: 'string' } } }, maxProperties: 0 };
    expect(fullerBody(ctx.validator, schema, {}, '#/z')).toEqual({});
  });
});

describe('generic scope and report', () => {
  it('on the reference server checks the carried operations only; on a server, all', async () => {
    const all = listOperations(await loadSpec(UPSTREAM));
    const reference = await operationsInScope(all, scopeFor('reference'));
    expect(reference.operations.map((o) => o.operationId)).toContain('GetOrganizationInvitation');
    expect(reference.operations.map((o) => o.operationId)).not.toContain('ListApplications');
    expect(reference.operations.length).toBeLessThan(30);
    expect((await operationsInScope(all, scopeFor('remote', {}))).operations.length).toBe(284);
    // Our spec (whether it is the carried operations only or the whole API): every carried operationId is in scope.
    const ours = listOperations(await loadSpec(SPEC_PATH));
    const inScope = (await operationsInScope(ours, scopeFor('reference'))).operations.map((o) => o.operationId);
    for (const id of ['ListOrganizationInvitations', 'CreateOrganization', 'GetUser', 'DeleteOrganizationRole', 'GetStatus']) expect(inScope).toContain(id);
  });

  it('narrows a server with LOGTO_CONTRACT_OPERATIONS (carried, implemented), holds the embedded server to what it implements, and refuses a value it does not know', () => {
    expect(scopeFor('remote', { LOGTO_CONTRACT_OPERATIONS: 'carried' })).toBe('carried');
    expect(scopeFor('remote', { LOGTO_CONTRACT_OPERATIONS: 'implemented' })).toBe('implemented');
    expect(scopeFor('remote', { LOGTO_CONTRACT_OPERATIONS: 'all' })).toBe('all');
    expect(scopeFor('reference', { LOGTO_CONTRACT_OPERATIONS: 'all' })).toBe('implemented');
    expect(() => scopeFor('remote', { LOGTO_CONTRACT_OPERATIONS: 'some' })).toThrow(/none of "all", "carried" and "implemented"/);
  });

  it('joins the plan with test results: passed, failed, not run, not applicable per operation and check', async () => {
    const spec = await loadSpec(SPEC_PATH);
    const planned = planGeneric(createContractContext(spec), listOperations(spec), counter());
    const test = (check: string, op: string, state: 'passed' | 'failed') => ({
      file: 'contract-tests/live/generic/generic.live.test.ts',
      name: `generic phase > ${check} > ${op}`,
      state,
      durationMs: 1,
      errors: state === 'failed' ? [{ name: 'AssertionError', message: 'unknown_id: GET /api/users/ct-1 answered 200\nmore' }] : [],
    });
    const report = buildGenericReport(planned, [test('missing_token', 'GetUser', 'passed'), test('unknown_id', 'GetUser', 'failed')], { spec: 's', target: 't', scope: 'x' });
    expect(report.checks.missing_token.passed).toBe(1);
    expect(report.checks.unknown_id.failed).toBe(1);
    expect(report.checks.missing_token['not run']).toBe(planned.filter((p) => p.cases.some((c) => c.check === 'missing_token')).length - 1);
    // GetStatus (and any other operation without a security requirement) needs no token.
    expect(report.checks.missing_token['not sent']).toBe(planned.filter((p) => p.notSent.some((n) => n.check === 'missing_token')).length);
    expect(report.cells.find((c) => c.check === 'missing_token' && c.operationId === 'GetStatus')).toMatchObject({ outcome: 'not sent' });
    expect(report.cells.find((c) => c.check === 'unknown_id' && c.operationId === 'GetUser')).toMatchObject({ outcome: 'failed', message: 'unknown_id: GET /api/users/ct-1 answered 200' });
  });
});
