import { describe, expect, it } from 'vitest';
import { executeSweep, planSweep, type SweepApi } from './sweep-plan.js';

function fakeApi(data: Record<string, unknown[]>, deleteStatus: (path: string) => number = () => 204): SweepApi & { deleted: string[]; listed: string[] } {
  const deleted: string[] = [];
  const listed: string[] = [];
  return {
    deleted,
    listed,
    async list(path) {
      listed.push(path);
      const base = path.split('?')[0] as string;
      const rows = data[base];
      if (!rows) return { unavailable: `GET ${base} answered 404` };
      const page = Number(new URLSearchParams(path.split('?')[1] ?? '').get('page') ?? '1');
      return { items: base === '/api/organization-invitations' ? rows : rows.slice((page - 1) * 100, page * 100) };
    },
    async delete(path) {
      deleted.push(path);
      return deleteStatus(path);
    },
  };
}

describe('contract:sweep planning', () => {
  it('selects only names and e-mails that start with the prefix, case-insensitively, and nothing else', async () => {
    const api = fakeApi({
      '/api/organization-invitations': [
        { id: 'i1', invitee: 'CT-abc-invitee-1@Example.com' },
        { id: 'i2', invitee: 'someone@example.com' },
        { id: 'i3', invitee: 'ct-abc-x@example.org' },
      ],
      '/api/organizations': [
        { id: 'o1', name: 'ct-abc-org-1' },
        { id: 'o2', name: 'Acme ct-abc' },
        { id: 'o3', name: 'production' },
      ],
      '/api/organization-roles': [{ id: 'r1', name: 'ct-abc-role-1' }, { id: 'r2', name: 'admin' }],
      '/api/users': [
        { id: 'u1', primaryEmail: 'ct-abc-user-1@example.com' },
        { id: 'u2', primaryEmail: null, name: 'ct-abc' },
        { id: 'u3', primaryEmail: 'ct-abc@company.com' },
      ],
    });
    const plan = await planSweep(api, 'ct-');
    expect(plan.items.map((i) => `${i.kind}:${i.id}`)).toEqual(['invitation:i1', 'organization:o1', 'role:r1', 'user:u1']);
    expect(plan.unlisted).toEqual([]);
    expect(api.deleted).toEqual([]);
  });

  it('a narrower run prefix narrows the selection; a prefix outside ct- is refused', async () => {
    const api = fakeApi({
      '/api/organization-invitations': [],
      '/api/organizations': [{ id: 'o1', name: 'ct-run1-org' }, { id: 'o2', name: 'ct-run2-org' }],
      '/api/organization-roles': [],
      '/api/users': [],
    });
    expect((await planSweep(api, 'ct-run2-')).items.map((i) => i.id)).toEqual(['o2']);
    await expect(planSweep(api, 'prod-')).rejects.toThrow(/must start with ct-/);
  });

  it('pages through long lists and reports kinds the server cannot list', async () => {
    const orgs = Array.from({ length: 250 }, (_, i) => ({ id: `o${i}`, name: `ct-r-${i}` }));
    const api = fakeApi({ '/api/organization-invitations': [], '/api/organizations': orgs });
    const plan = await planSweep(api, 'ct-');
    expect(plan.items).toHaveLength(250);
    expect(plan.unlisted.map((u) => u.kind)).toEqual(['role', 'user']);
    expect(api.listed.filter((p) => p.startsWith('/api/organizations'))).toHaveLength(3);
  });

  it('deletes invitations, then organizations, roles and users; 404 counts as already gone', async () => {
    const api = fakeApi({}, (path) => (path.includes('o1') ? 404 : path.includes('r1') ? 500 : 204));
    const outcome = await executeSweep(api, {
      unlisted: [],
      items: [
        { kind: 'user', id: 'u1', label: 'ct-u' },
        { kind: 'organization', id: 'o1', label: 'ct-o' },
        { kind: 'role', id: 'r1', label: 'ct-r' },
        { kind: 'invitation', id: 'i1', label: 'ct-i@example.com' },
      ],
    });
    expect(api.deleted).toEqual(['/api/organization-invitations/i1', '/api/organizations/o1', '/api/organization-roles/r1', '/api/users/u1']);
    expect(outcome).toEqual({ deleted: 2, gone: 1, failed: ['role ct-r (r1): 500'] });
  });
});
