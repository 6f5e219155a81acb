import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConformance } from './conformance.js';
import { buildReport, readLeftovers, writeLiveReports } from './live-report.js';
import type { LedgerEntry, Observation } from './observation.js';

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

describe('live report files', () => {
  it('name the spec as it is typed from the project root, and show the failing request as a curl command', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ct-live-report-'));
    try {
      const observations = path.join(dir, '.observations');
      const curl = `curl -X GET 'http://127.0.0.1:1/api/organization-invitations/x' -H "Authorization: Bearer $LOGTO_TOKEN"`;
      const broken = observation({ status: 200, violations: [{ check: 'response_schema_conformance', message: 'GetOrganizationInvitation 200 response_schema_conformance: /id must be string (value: 5)', details: [{ pointer: '/id', message: 'must be string', expected: 'must be string', value: 5 }] }], curl });
      mkdirWrite(path.join(observations, 'worker-1-a.jsonl'), `${JSON.stringify(broken)}\n`);
      await writeLiveReports({ target: 't', startedAt: new Date(), reportsDir: dir, observationsDir: observations });
      const md = readFileSync(path.join(dir, 'coverage.md'), 'utf8');
      expect(md).toContain('Spec `openapi/logto-management.yaml`');
      expect(md).toContain(curl);
      expect(readFileSync(path.join(dir, 'conformance-junit.xml'), 'utf8')).toContain('at /id: expected must be string; actual 5\nreproduce: curl -X GET');
      expect(readFileSync(path.join(dir, 'conformance-junit.xml'), 'utf8')).not.toContain('>[]</failure>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the ledger: what was created and not seen deleted, once each; a line cut by a kill is skipped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ct-ledger-'));
    try {
      const line = (e: LedgerEntry): string => `${JSON.stringify(e)}\n`;
      writeFileSync(
        path.join(dir, 'worker-1-a.jsonl'),
        line({ ledger: 'created', kind: 'organization', key: 'o1', deletePath: '/api/organizations/o1', target: 'main' }) +
          line({ ledger: 'created', kind: 'user', key: 'u1', deletePath: '/api/users/u1', target: 'main' }) +
          `${JSON.stringify(observation({}))}\n` +
          line({ ledger: 'gone', kind: 'organization', deletePath: '/api/organizations/o1', target: 'main' }),
      );
      writeFileSync(path.join(dir, 'worker-2-b.jsonl'), line({ ledger: 'created', kind: 'role', key: 'r1', deletePath: '/api/roles/r1', target: 'main' }) + '{"ledger":"created","ki');
      expect(readLeftovers(dir)).toEqual([
        { kind: 'user', key: 'u1', deletePath: '/api/users/u1', target: 'main' },
        { kind: 'role', key: 'r1', deletePath: '/api/roles/r1', target: 'main' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function mkdirWrite(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
