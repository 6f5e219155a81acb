import { describe, expect, it } from 'vitest';
import { loadConformance } from '../support/conformance.js';
import { buildReport } from '../support/live-report.js';
import type { Observation } from '../support/observation.js';

function observation(partial: Partial<Observation>): Observation {
  return {
    test: 't',
    target: 'main',
    operationId: 'GetOrganizationInvitation',
    method: 'GET',
    path: '/api/organization-invitations/{id}',
    status: 200,
    contentType: 'application/json',
    deliberatelyInvalid: false,
    violations: [],
    durationMs: 1,
    ...partial,
  };
}

describe('operation index', () => {
  it('finds the operation of a concrete request, literal segments before parameters', async () => {
    const { index } = await loadConformance();
    expect(index.find('PUT', '/api/organization-invitations/abc/status')?.operationId).toBe('ReplaceOrganizationInvitationStatus');
    expect(index.find('delete', '/api/organization-invitations/abc')?.operationId).toBe('DeleteOrganizationInvitation');
    expect(index.find('GET', '/api/users/u1/organizations')?.operationId).toBe('ListUserOrganizations');
    expect(index.find('PATCH', '/api/organization-invitations')).toBeUndefined();
    expect(index.find('GET', '/api/organization-invitations/a/b/c')).toBeUndefined();
  });
});

describe('live report', () => {
  it('one pair per documented status: passed, failed or not reachable; undocumented statuses are added as failed', async () => {
    const { index } = await loadConformance();
    const op = index.byId('GetOrganizationInvitation');
    const report = buildReport([op], [
      observation({ status: 200 }),
      observation({ status: 404, violations: [{ check: 'response_schema_conformance', message: 'missing code' }] }),
      observation({ status: 418, contentType: 'text/plain', violations: [{ check: 'status_code_conformance', message: 'status 418 is not documented' }] }),
      observation({ status: 401, deliberatelyInvalid: true }),
    ], { title: 't', specSource: 's', openapi: '3.0.3', target: 'x', startedAt: '', durationMs: 0, findings: [] });
    const outcome = Object.fromEntries(report.pairs.map((p) => [p.status, p.outcome]));
    expect(outcome).toEqual({ '200': 'passed', '400': 'not_reachable', '401': 'passed', '403': 'not_reachable', '404': 'failed', '418': 'failed' });
    expect(report.negatives).toMatchObject([{ observedStatus: 401, outcome: 'passed' }]);
  });
});
