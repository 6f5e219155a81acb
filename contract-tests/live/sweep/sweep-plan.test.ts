import { describe, expect, it } from 'vitest';
import { RESOURCE_KINDS } from '../../../common/logto/resource-kinds.js';
import { executeSweep, planSweep, type SweepApi } from './sweep-plan.js';

/** A tenant as lists: rows by the path (without query) of each kind's find. */
function fakeApi(data: Record<string, unknown[]>, deleteStatus: (path: string) => number = () => 204): SweepApi & { deleted: string[]; listed: string[] } {
  const deleted: string[] = [];
  const listed: string[] = [];
  return {
    deleted,
    listed,
    async list(path) {
      listed.push(path);
      const [base, query] = path.split('?') as [string, string | undefined];
      const rows = data[base] ?? [];
      const params = new URLSearchParams(query ?? '');
      const pageNumber = Number(params.get('page') ?? '1');
      const size = Number(params.get('page_size') ?? '0');
      return { items: size > 0 ? rows.slice((pageNumber - 1) * size, pageNumber * size) : rows };
    },
    async delete(path) {
      deleted.push(path);
      return deleteStatus(path);
    },
  };
}

describe('contract:sweep planning, from the resource model', () => {
  it('finds every kind the model can find, only where a name or e-mail starts with the prefix (any case), and nothing else', async () => {
    const api = fakeApi({
      '/api/organization-invitations': [
        { id: 'i1', invitee: 'CT-abc-invitee-1@Example.com' },
        { id: 'i2', invitee: 'someone@example.com' },
        { id: 'i3', invitee: 'ct-abc-x@example.org' },
      ],
      '/api/organizations': [{ id: 'o1', name: 'ct-abc-org-1' }, { id: 'o2', name: 'Acme ct-abc' }, { id: 'o3', name: 'production' }],
      '/api/organization-roles': [{ id: 'r1', name: 'ct-abc-role-1' }, { id: 'r2', name: 'admin' }],
      '/api/users': [
        { id: 'u1', primaryEmail: 'ct-abc-user-1@example.com' },
        { id: 'u2', primaryEmail: null, name: 'ct-abc-named' },
        { id: 'u3', primaryEmail: 'ct-abc@company.com' },
      ],
      '/api/hooks': [{ id: 'h1', name: 'ct-abc-hook' }, { id: 'h2', name: 'deploy hook' }],
      '/api/resources': [{ id: 'api1', name: 'ct-abc-api' }, { id: 'mapi', name: 'Logto Management API' }],
      '/api/connectors': [{ id: 'c1', metadata: { target: 'ct-abc-oauth' } }, { id: 'email', metadata: { target: 'mock-email' } }],
    });
    const plan = await planSweep(api, 'ct-abc-');
    expect(plan.items.map((i) => `${i.kind}:${i.key}`).sort()).toEqual(
      ['connector:c1', 'hook:h1', 'organization-invitation:i1', 'organization-role:r1', 'organization:o1', 'resource:api1', 'user:u1', 'user:u2'].sort(),
    );
    expect(plan.items.find((i) => i.key === 'api1')?.deletePath).toBe('/api/resources/api1');
    expect(api.deleted).toEqual([]);
    // Every kind with a find was asked.
    const findable = RESOURCE_KINDS.filter((k) => k.find).length;
    expect(new Set(api.listed.map((p) => p.split('?')[0])).size).toBeLessThanOrEqual(findable);
    expect(api.listed.length).toBeGreaterThanOrEqual(new Set(RESOURCE_KINDS.filter((k) => k.find).map((k) => k.find?.path.split('?')[0])).size);
  });

  it('a narrower run prefix narrows the selection; a prefix outside ct- is refused', async () => {
    const api = fakeApi({ '/api/organizations': [{ id: 'o1', name: 'ct-run1-org' }, { id: 'o2', name: 'ct-run2-org' }] });
    expect((await planSweep(api, 'ct-run2-')).items.map((i) => i.key)).toEqual(['o2']);
    await expect(planSweep(api, 'prod-')).rejects.toThrow(/must start with ct-/);
  });

  it('names of letters and digits only are found by a run prefix, and named as unfindable by the bare ct-', async () => {
    const api = fakeApi({
      '/api/custom-profile-fields': [{ id: 'f1', name: 'ctrun1nickname' }, { id: 'f2', name: 'ctaButton' }],
      '/api/email-templates': [{ id: 't1', languageTag: 'ctrun1', templateType: 'SignIn' }],
    });
    const narrow = await planSweep(api, 'ct-run1-');
    expect(narrow.items.map((i) => `${i.kind}:${i.deletePath}`)).toEqual(['email-template:/api/email-templates/t1', 'custom-profile-field:/api/custom-profile-fields/ctrun1nickname']);
    const bare = await planSweep(api, 'ct-');
    expect(bare.items).toEqual([]);
    expect(bare.unlisted.map((u) => u.kind).sort()).toEqual(['custom-profile-field', 'email-template']);
  });

  it('pages through long lists', async () => {
    const orgs = Array.from({ length: 250 }, (_, i) => ({ id: `o${i}`, name: `ct-r-${i}` }));
    const api = fakeApi({ '/api/organizations': orgs });
    const plan = await planSweep(api, 'ct-');
    expect(plan.items).toHaveLength(250);
    expect(api.listed.filter((p) => p.startsWith('/api/organizations?'))).toHaveLength(3);
  });

  it("deletes in the model's order; 404 counts as already gone; what an owner being deleted holds is left to the cascade", async () => {
    const api = fakeApi({}, (path) => (path.includes('o1') ? 404 : path.includes('r1') ? 500 : 204));
    const outcome = await executeSweep(api, {
      unlisted: [],
      items: [
        { kind: 'user', key: 'u1', deletePath: '/api/users/u1', label: 'ct-u' },
        { kind: 'organization', key: 'o1', deletePath: '/api/organizations/o1', label: 'ct-o' },
        { kind: 'resource-scope', key: 's1', deletePath: '/api/resources/api1/scopes/s1', label: 'ct-s', owner: 'api1' },
        { kind: 'resource', key: 'api1', deletePath: '/api/resources/api1', label: 'ct-api' },
        { kind: 'organization-role', key: 'r1', deletePath: '/api/organization-roles/r1', label: 'ct-r' },
        { kind: 'organization-invitation', key: 'i1', deletePath: '/api/organization-invitations/i1', label: 'ct-i@example.com' },
        { kind: 'saml-application', key: 'saml1', deletePath: '/api/saml-applications/saml1', label: 'ct-saml' },
      ],
    });
    expect(api.deleted).toEqual([
      '/api/saml-applications/saml1',
      '/api/organization-invitations/i1',
      '/api/organizations/o1',
      '/api/organization-roles/r1',
      '/api/resources/api1',
      '/api/users/u1',
    ]);
    expect(outcome).toEqual({ deleted: 4, gone: 1, failed: ['organization-role ct-r (r1): 500'] });
  });
});
