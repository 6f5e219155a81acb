import { describe, expect, it } from 'vitest';
import { OUR_SPEC } from '../paths.js';
import { listSpecOperations, loadSpec } from '../spec/index.js';
import { cleanupOrder, createdResources, deletedResource, described, matchPath, prefixForms } from './created-resource.js';
import { RESOURCE_KINDS, resourceKind } from './resource-kinds.js';
import { SELF_HOSTED_LIMITS } from './self-hosted-limits.js';
import { TENANT_SETTINGS } from './tenant-settings.js';

const spec = await loadSpec(OUR_SPEC);
const operations = listSpecOperations(spec.document);
const byId = new Map(operations.map((op) => [String(op.operation.operationId), op]));

describe('the facts about Logto are true of our spec', () => {
  it.each(RESOURCE_KINDS.map((k) => [k.kind, k] as const))('%s: its create and delete operations are the spec\'s, at those paths', (_name, kind) => {
    const create = byId.get(kind.create.operationId);
    expect(create, kind.create.operationId).toBeDefined();
    expect({ method: create?.method, path: create?.path }).toEqual({ method: kind.create.method.toLowerCase(), path: kind.create.path });
    expect(Object.keys((create?.operation.responses ?? {}) as object)).toContain(String(kind.create.status));
    for (const also of kind.alsoCreatedBy ?? []) {
      const other = byId.get(also.operationId);
      expect({ method: other?.method, path: other?.path }).toEqual({ method: also.method.toLowerCase(), path: also.path });
    }
    const del = byId.get(kind.delete.operationId);
    expect({ method: del?.method, path: del?.path }).toEqual({ method: 'delete', path: kind.delete.path });
    if (kind.ownedBy) expect(() => resourceKind(kind.ownedBy as string)).not.toThrow();
    if (kind.find) {
      const list = operations.find((op) => op.method === 'get' && op.path === kind.find?.path.split('?')[0]);
      expect(list, `GET ${kind.find.path}`).toBeDefined();
    }
    expect(kind.find !== undefined || kind.ownedBy !== undefined, 'a sweep can find it, or it goes with its owner').toBe(true);
    // Every delete parameter but the key comes from the create path.
    expect(() => described(kind, 'key', matchPath(kind.create.path, kind.create.path.replace(/\{([^}]+)\}/g, 'v-$1')) ?? {})).not.toThrow();
  });

  it('names each operation that cannot answer 2xx on a self-hosted Logto once, with a reason and evidence', () => {
    const ids = SELF_HOSTED_LIMITS.map((l) => l.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const limit of SELF_HOSTED_LIMITS) {
      expect(byId.has(limit.operationId), limit.operationId).toBe(true);
      expect(limit.reason.length).toBeGreaterThan(10);
      expect(limit.evidence.length).toBeGreaterThan(5);
      // A status the table says is always answered is the one its reason names.
      if (limit.answers !== undefined) expect(limit.reason, limit.operationId).toContain(`${limit.answers} `);
    }
    expect(SELF_HOSTED_LIMITS.filter((l) => l.answers === 501).map((l) => l.operationId).sort()).toEqual(['CreateOrganizationInvitationMessage', 'CreateVerificationCode', 'GetSystemApplicationConfig']);
  });

  it('reads every tenant-wide setting with a GET of the spec', () => {
    for (const setting of TENANT_SETTINGS) expect(operations.some((op) => op.method === 'get' && matchPath(op.path, setting.read.path.split('?')[0] as string) !== undefined), setting.read.path).toBe(true);
  });
});

describe('what a create made, and what removes it', () => {
  it('keys a create by its answer, and fills the delete path from the create path', () => {
    expect(createdResources('CreateResourceScope', '/api/resources/api1/scopes', 201, { id: 's1' }, 'ct-r1-')).toEqual([{ kind: 'resource-scope', key: 's1', deletePath: '/api/resources/api1/scopes/s1', owner: 'api1' }]);
    expect(createdResources('CreateApplicationSecret', '/api/applications/a1/secrets', 201, { name: 'ct-r1-s' }, 'ct-r1-')[0]?.deletePath).toBe('/api/applications/a1/secrets/ct-r1-s');
    expect(createdResources('CreateOrganization', '/api/organizations', 422, { id: 'x' }, 'ct-r1-')).toEqual([]);
    expect(createdResources('GetOrganization', '/api/organizations/o1', 200, { id: 'o1' }, 'ct-r1-')).toEqual([]);
  });

  it('an upsert counts as created only when it answered 201 or holds the run prefix, so a cleanup never deletes what the tenant had', () => {
    expect(createdResources('ReplaceUserIdentity', '/api/users/u1/identities/github', 201, {}, 'ct-r1-')).toMatchObject([{ kind: 'user-identity', key: 'github' }]);
    expect(createdResources('ReplaceUserIdentity', '/api/users/u1/identities/github', 200, {}, 'ct-r1-')).toEqual([]);
    // A list answer: each element is one; only the run's own are taken.
    expect(createdResources('ReplaceEmailTemplates', '/api/email-templates', 200, [{ id: 't1', languageTag: 'ctr1' }, { id: 't2', languageTag: 'en' }], 'ct-r1-').map((c) => c.key)).toEqual(['t1']);
  });

  it('a batch creates one of the kind per element of its answer', () => {
    const made = createdResources('CreateCustomProfileFieldsBatch', '/api/custom-profile-fields/batch', 201, [{ name: 'ctr1age' }, { name: 'ctr1birthday' }], 'ct-r1-');
    expect(made.map((c) => c.deletePath)).toEqual(['/api/custom-profile-fields/ctr1age', '/api/custom-profile-fields/ctr1birthday']);
  });

  it('a DELETE that answered 204 or 404 names what is gone', () => {
    expect(deletedResource('DeleteResource', '/api/resources/api1', 204)).toEqual({ kind: 'resource', deletePath: '/api/resources/api1' });
    expect(deletedResource('DeleteResource', '/api/resources/api1', 500)).toBeUndefined();
  });

  it("orders a cleanup by the model, and leaves what an owner being deleted holds to the cascade", () => {
    const order = cleanupOrder([
      { kind: 'resource-scope', key: 's1', owner: 'api1' },
      { kind: 'user', key: 'u1' },
      { kind: 'resource', key: 'api1' },
      { kind: 'resource-scope', key: 's2', owner: 'other' },
      { kind: 'saml-application', key: 'saml1' },
    ]);
    expect(order.map((o) => o.key)).toEqual(['saml1', 'api1', 's2', 'u1']);
  });

  it('spells a run prefix every way names take it, and never as a bare "ct"', () => {
    expect(prefixForms('ct-ab12-')).toEqual(['ct-ab12-', 'ct_ab12_', 'ctab12']);
    expect(prefixForms('ct-')).toEqual(['ct-']);
  });
});
