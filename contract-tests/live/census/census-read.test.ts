import { describe, expect, it } from 'vitest';
import type { TenantSetting } from '../../../common/logto/tenant-settings.js';
import { loadSpec } from '../../../common/spec/index.js';
import { createContractContext } from '../../lib/context.js';
import { listOperations } from '../../lib/spec/operations.js';
import { SPEC_PATH } from '../support/repo-paths.js';
import { auditLogGrowth, censusChanges, changedPointers, listOperationsOf, MAX_PARENTS, takeCensus, type CensusReader } from './census.js';

const spec = await loadSpec(SPEC_PATH);
const ctx = createContractContext(spec);
const operations = listOperations(spec);
const byId = (...ids: string[]) => operations.filter((op) => ids.includes(op.operationId));

/** A tenant as answers by path (with query); anything else is 404. */
function reader(answers: Record<string, unknown>): CensusReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async get(path) {
      asked.push(path);
      const found = Object.entries(answers).find(([key]) => key === path || key === path.split('?')[0]);
      return found ? { status: 200, json: found[1], headers: new Headers() } : { status: 404, json: { code: 'entity.not_found' }, headers: new Headers() };
    },
  };
}

const setting = (name: string, path: string, absentStatus?: number): TenantSetting => ({ setting: name, read: { path, ...(absentStatus ? { absentStatus } : {}) }, restore: () => [] });

describe('the census', () => {
  it('knows every JSON-array GET of the spec as a list, with or without a parent', () => {
    const lists = listOperationsOf(operations).map((o) => o.operationId);
    expect(lists).toEqual(expect.arrayContaining(['ListUsers', 'ListOrganizations', 'ListApplications', 'ListLogs', 'ListOrganizationUsers', 'ListUserRoles']));
    expect(lists).not.toContain('GetUser');
    expect(lists).not.toContain('GetSignInExp');
  });

  it('reads every page of a list, lists under each parent, and every setting; a fingerprint ignores key and item order', async () => {
    const orgs = Array.from({ length: 150 }, (_, i) => ({ id: `o${i}`, name: `org ${i}` }));
    const answers: Record<string, unknown> = {
      '/api/organizations?page=1&page_size=100': orgs.slice(0, 100),
      '/api/organizations?page=2&page_size=100': orgs.slice(100),
      '/api/sign-in-exp': { color: { primaryColor: '#000' }, languageInfo: { autoDetect: true } },
    };
    for (const org of orgs) answers[`/api/organizations/${org.id}/users?page=1&page_size=100`] = [];
    const census = await takeCensus(ctx, byId('ListOrganizations', 'ListOrganizationUsers'), reader(answers), [setting('sign-in experience', '/api/sign-in-exp'), setting('captcha', '/api/captcha-provider', 404)]);
    const top = census.entries.find((e) => e.name === 'ListOrganizations');
    expect(top).toMatchObject({ what: 'list', count: 150 });
    expect(census.entries.filter((e) => e.name.startsWith('ListOrganizationUsers of '))).toHaveLength(MAX_PARENTS);
    expect(census.entries.find((e) => e.name === 'ListOrganizationUsers' && e.fingerprint === null)?.note).toMatch(/first 50 of 150 parents/);
    expect(census.entries.find((e) => e.name === 'captcha')).toMatchObject({ fingerprint: 'absent' });
    expect(census.settings.get('sign-in experience')).toEqual({ color: { primaryColor: '#000' }, languageInfo: { autoDetect: true } });

    const reordered = await takeCensus(ctx, byId('ListOrganizations'), reader({ ...answers, '/api/organizations?page=1&page_size=100': [...orgs.slice(0, 100)].reverse().map((o) => ({ name: o.name, id: o.id })) }), []);
    expect(reordered.entries.find((e) => e.name === 'ListOrganizations')?.fingerprint).toBe(top?.fingerprint);
  });

  it('says why a list was not read: its parents are not listed here, or it answered something else', async () => {
    const census = await takeCensus(ctx, byId('ListOrganizationUsers', 'ListRoles'), reader({}), []);
    expect(census.entries.find((e) => e.name === 'ListOrganizationUsers')?.note).toMatch(/no list of its parents \(GET \/api\/organizations\)/);
    expect(census.entries.find((e) => e.name === 'ListRoles')).toMatchObject({ count: null, fingerprint: null, note: expect.stringMatching(/answered 404/) });
  });

  it('a changed item, count or setting is a change; an unchanged tenant has none', async () => {
    const base = { '/api/organizations?page=1&page_size=100': [{ id: 'o1', name: 'a' }], '/api/sign-in-exp': { color: '#000' } };
    const settings = [setting('sign-in experience', '/api/sign-in-exp')];
    const before = await takeCensus(ctx, byId('ListOrganizations'), reader(base), settings);
    expect(censusChanges(before.entries, (await takeCensus(ctx, byId('ListOrganizations'), reader(base), settings)).entries)).toEqual([]);
    const renamed = await takeCensus(ctx, byId('ListOrganizations'), reader({ ...base, '/api/organizations?page=1&page_size=100': [{ id: 'o1', name: 'b' }] }), settings);
    expect(censusChanges(before.entries, renamed.entries).map((c) => c.name)).toEqual(['ListOrganizations']);
    const recolored = await takeCensus(ctx, byId('ListOrganizations'), reader({ ...base, '/api/sign-in-exp': { color: '#fff' } }), settings);
    expect(censusChanges(before.entries, recolored.entries).map((c) => c.name)).toEqual(['sign-in experience']);
  });

  it('a one-time token turning expired by itself is no change', async () => {
    const token = (status: string) => ({ '/api/one-time-tokens': [{ id: 't1', email: 'a@example.com', status }] });
    const before = await takeCensus(ctx, byId('ListOneTimeTokens'), reader(token('active')), []);
    const after = await takeCensus(ctx, byId('ListOneTimeTokens'), reader(token('expired')), []);
    expect(before.entries[0]?.fingerprint).not.toBeNull();
    expect(censusChanges(before.entries, after.entries)).toEqual([]);
  });

  it('names where a setting changed, never what it holds', () => {
    expect(changedPointers({ a: 1, b: { c: 'secret-1' }, d: [1] }, { a: 1, b: { c: 'secret-2' }, d: [2] })).toEqual(['/b/c', '/d']);
    expect(changedPointers({ a: 1 }, undefined)).toEqual(['(whole)']);
    expect(JSON.stringify(changedPointers({ key: 'secret-1' }, { key: 'secret-2' }))).not.toContain('secret');
  });

  it("accounts for the audit log's growth: requests to the run's own applications and refused requests, nothing else", async () => {
    const logs = [
      { key: 'ExchangeTokenBy.ClientCredentials', payload: { result: 'Success', applicationId: 'app1' } },
      { key: 'SamlAuthn', payload: { result: 'Error' } },
      { key: 'ExchangeTokenBy.ClientCredentials', payload: { result: 'Success', applicationId: 'someone-else' } },
    ];
    const growth = await auditLogGrowth(reader({ '/api/logs?page=1&page_size=100': logs }), 3, new Set(['app1']));
    expect(growth.unexplained).toBe(1);
    expect(growth.added).toEqual({ 'ExchangeTokenBy.ClientCredentials (Success)': 2, 'SamlAuthn (Error)': 1 });
  });
});
