import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../reference-server/index.js';
import { loadSpec } from '../../../common/spec/index.js';
import { listOperations } from '../../lib/spec/operations.js';
import { operationsInScope } from '../generic/generic-scope.js';
import { SPEC_PATH } from '../support/repo-paths.js';
import { accessTokenOf, requestToken } from '../support/token-request.js';
import { disposeRunner, readReport, remoteEnv, startRunner, waitFor, type RunnerProcess } from '../runner/test-harness.js';

// The safety proof CI can run: `contract:live --generic --census` against the reference server
// posing as a tenant that holds data, narrowed to the operations it implements
// (LOGTO_CONTRACT_OPERATIONS=carried, from remoteEnv).
describe('contract:live --generic --census against a tenant', () => {
  let server: ReferenceServer;
  let token: string;
  let carriedCount: number;
  const seeded: Record<string, string> = {};
  const runs: RunnerProcess[] = [];

  const api = async (method: string, route: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
    const response = await fetch(`${server.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const idOf = (answer: { json: unknown }): string => (answer.json as { id: string }).id;
  const snapshot = async (): Promise<unknown[]> =>
    Promise.all([`/api/organizations/${seeded.organization}`, `/api/users/${seeded.user}`, `/api/organization-invitations/${seeded.invitation}`, `/api/organizations/${seeded.organization}/users`].map(async (route) => (await api('GET', route)).json));

  beforeAll(async () => {
    server = await startReferenceServer();
    token = accessTokenOf(await requestToken({ endpoint: server.url, ...server.credentials, resource: server.resource, scope: 'all' })) as string;
    seeded.organization = idOf(await api('POST', '/api/organizations', { name: 'ct-census-org' }));
    seeded.user = idOf(await api('POST', '/api/users', { primaryEmail: 'ct-census-user@example.com' }));
    expect((await api('POST', `/api/organizations/${seeded.organization}/users`, { userIds: [seeded.user] })).status).toBe(201);
    seeded.role = idOf(await api('POST', '/api/organization-roles', { name: 'ct-census-role' }));
    seeded.invitation = idOf(await api('POST', '/api/organization-invitations', { invitee: 'ct-census-invitee@example.com', organizationId: seeded.organization, expiresAt: Date.now() + 86_400_000 }));
    carriedCount = (await operationsInScope(listOperations(await loadSpec(SPEC_PATH)), 'implemented')).operations.length;
  });
  afterEach(() => {
    for (const run of runs.splice(0)) disposeRunner(run);
  });
  afterAll(async () => {
    await server?.stop();
  });

  function start(runId: string): RunnerProcess {
    // No LOGTO_CONTRACT_ALLOW_WRITES: the generic phase alone must not need it.
    const { LOGTO_CONTRACT_ALLOW_WRITES: _writes, ...env } = remoteEnv(server, runId);
    const run = startRunner({ ...env, LOGTO_CONTRACT_EMAIL_CONNECTOR: 'absent' }, { args: ['--generic', '--census'] });
    runs.push(run);
    return run;
  }

  it('checks every operation it implements without write permission and leaves the tenant as it was: census unchanged, exit 0', { timeout: 180_000 }, async () => {
    const before = await snapshot();
    const run = start('ctunitcensusa');
    const code = await run.done;
    const output = run.output();
    expect(code, output.slice(-3000)).toBe(0);
    // Every list the server serves is read, those under a parent for each parent it lists.
    const census = JSON.parse(readReport(run, 'census.json')) as { before: Array<{ what: string; name: string; fingerprint: string | null }> };
    const lists = census.before.filter((e) => e.what === 'list' && e.fingerprint !== null).map((e) => e.name.replace(/ of .*$/, ' of <parent>'));
    expect(lists.sort()).toEqual(['ListConnectors', 'ListOrganizationInvitations', 'ListOrganizationRoles', 'ListOrganizationUsers of <parent>', 'ListOrganizations', 'ListUserOrganizations of <parent>', 'ListUsers']);
    expect(output).toMatch(/census before the run: 7 lists read \(\d+ items\)/);
    expect(output).toMatch(/census after the run: 7 lists read \(\d+ items\)/);
    expect(output).toContain('census unchanged');
    expect(run.stdout().trim().split('\n').at(-1)).toMatch(/^[1-9]\d* passed, 0 failed$/);
    const generic = JSON.parse(readReport(run, 'generic.json')) as { operations: number; checks: Record<string, { passed: number; failed: number }> };
    expect(generic.operations).toBe(carriedCount);
    expect(carriedCount).toBeGreaterThanOrEqual(18);
    for (const [check, counts] of Object.entries(generic.checks)) {
      expect(counts.failed, check).toBe(0);
      expect(counts.passed, check).toBeGreaterThan(0);
    }
    // Beyond the counts: what was there reads exactly as before.
    expect(await snapshot()).toEqual(before);
  });

  it('fails the run when the tenant changes under it (someone deleted an invitation meanwhile)', { timeout: 180_000 }, async () => {
    const run = start('ctunitcensusb');
    await waitFor(() => run.output().includes('census before the run'), 60_000, `the first census (output so far: ${run.output()})`);
    expect((await api('DELETE', `/api/organization-invitations/${seeded.invitation}`)).status).toBe(204);
    const code = await run.done;
    const output = run.output();
    expect(code, output.slice(-3000)).toBe(1);
    expect(output).toMatch(/census CHANGED during the run: ListOrganizationInvitations 1 item\(s\) \w+ -> 0 item\(s\) \w+/);
    expect(JSON.parse(readReport(run, 'census.json'))).toMatchObject({ changes: [{ name: 'ListOrganizationInvitations' }] });
  });
});
