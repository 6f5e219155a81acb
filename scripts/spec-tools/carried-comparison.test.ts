import { describe, expect, it } from 'vitest';
import { captureIo } from './capture-io.js';
import { runDiff } from './diff-cli.js';
import type { DiffReport } from './report.js';
import type { Change } from '../../common/spec-diff/change.js';
import { OUR_SPEC, UPSTREAM_SPEC } from '../../common/paths.js';

/**
 * Logto 1.42's served spec (its structure as committed in openapi/upstream/, the file spec:build
 * reads; the prose spec:pull removes is not part of any disagreement) against ours, cut to the
 * carried operations. The known
 * disagreements (openapi/KNOWN-DIFFERENCES.md, "Where Logto's spec is wrong about Logto", observed on
 * a running Logto 1.42) must show up, each as the change that corrects it.
 */
describe('ours vs the committed upstream (Logto 1.42 served spec), carried operations only', async () => {
  const { io, stdout, err } = captureIo();
  const code = await runDiff(['--json', '--carried', UPSTREAM_SPEC, OUR_SPEC], io);
  const report = JSON.parse(stdout()) as DiffReport;
  const find = (operationId: string, kind: string, locationPart: string): Change[] =>
    report.changes.filter((c) => c.operationId === operationId && c.kind === kind && c.location.includes(locationPart));

  it('runs cleanly and reports disagreements (exit 1: some are breaking relative to Logto\'s spec)', () => {
    expect(err).toEqual([]);
    expect(code).toBe(1);
  });

  it('compares the same 18 operations on both sides (none added or removed)', () => {
    expect(report.changes.filter((c) => c.kind === 'operation-added' || c.kind === 'operation-removed')).toEqual([]);
  });

  it('messagePayload: required in Logto\'s spec, optional in ours; its boolean branch loses format "false"', () => {
    expect(find('CreateOrganizationInvitation', 'field-became-optional', '/properties/messagePayload')).toHaveLength(1);
    const format = find('CreateOrganizationInvitation', 'constraint-relaxed', '/properties/messagePayload');
    expect(format.map((c) => c.message).join('\n')).toContain('format "false" → none');
  });

  it('status change documents 404; resend documents 404 and 501', () => {
    expect(find('ReplaceOrganizationInvitationStatus', 'response-added', '/responses/404')).toHaveLength(1);
    expect(find('CreateOrganizationInvitationMessage', 'response-added', '/responses/404')).toHaveLength(1);
    expect(find('CreateOrganizationInvitationMessage', 'response-added', '/responses/501')).toHaveLength(1);
  });

  it('every carried operation that can fail gains a JSON error body where Logto documents none', () => {
    const withErrorBodies = new Set(
      report.changes.filter((c) => c.kind === 'content-type-added' && /\/responses\/[45]\d\d\/content\/application~1json$/.test(c.location)).map((c) => c.operationId),
    );
    expect(withErrorBodies.size).toBe(17); // all carried operations but GetStatus
    expect(withErrorBodies.has('GetStatus')).toBe(false);
  });

  it('CreateOrganizationRole: defaulted arrays are optional in ours', () => {
    expect(find('CreateOrganizationRole', 'field-became-optional', '/properties/organizationScopeIds')).toHaveLength(1);
    expect(find('CreateOrganizationRole', 'field-became-optional', '/properties/resourceScopeIds')).toHaveLength(1);
  });

  it('JavaScript regex literals in `pattern` are replaced by real patterns (a relaxation)', () => {
    const relaxed = find('CreateUser', 'constraint-relaxed', '/properties/primaryPhone/pattern');
    expect(relaxed).toHaveLength(1);
    expect(relaxed[0]?.message).toContain('JavaScript regex literal');
  });

  it('format "url" (and "empty"), which are no standard formats, are dropped: CreateUser\'s avatar, organizations\' branding (row 7)', () => {
    const avatar = find('CreateUser', 'constraint-relaxed', '/properties/avatar/format').map((c) => c.message).join('\n');
    expect(avatar).toContain('format "url" → none');
    expect(avatar).toContain('format "empty" → none');
    expect(find('GetOrganization', 'constraint-relaxed', '/properties/branding/properties/logoUrl/format').map((c) => c.message).join('\n')).toContain('format "url" → none');
  });

  it('CreateUser answers 200 on both sides (Logto\'s spec is right there; ours keeps it)', () => {
    expect(report.changes.filter((c) => c.operationId === 'CreateUser' && /\/responses\/20\d$/.test(c.location))).toEqual([]);
  });

  it('a body over 1 MiB: every operation with a request body documents the 404 text/plain Logto really sends (KNOWN-DIFFERENCES row 10)', () => {
    for (const operationId of ['CreateOrganizationInvitation', 'CreateOrganization', 'AddOrganizationUsers', 'CreateOrganizationRole']) {
      expect(find(operationId, 'response-added', '/responses/404'), operationId).toHaveLength(1);
    }
    // CreateUser's served spec already lists a 404; ours gives it the plain-text body.
    expect(find('CreateUser', 'content-type-added', '/responses/404/content/text~1plain')).toHaveLength(1);
    expect(report.changes.filter((c) => c.location.includes('/responses/413'))).toEqual([]);
  });

  it('ListOrganizationUsers: the 404 its route never answers is removed (row 11)', () => {
    expect(find('ListOrganizationUsers', 'response-removed', '/responses/404')).toHaveLength(1);
  });

  it('AddOrganizationUsers: userIds must not be empty (row 12); page_size is at most 100 (row 13)', () => {
    expect(find('AddOrganizationUsers', 'constraint-tightened', '/requestBody/content/application~1json/schema/properties/userIds/minItems')).toHaveLength(1);
    const pageSize = report.changes.filter((c) => c.operationId === 'ListOrganizationUsers' && c.kind === 'constraint-tightened' && c.message.includes('page_size'));
    expect(pageSize.map((c) => c.message).join('\n')).toContain('maximum none → 100');
  });

  it('authentication: OAuth2 client credentials vs HTTP bearer is the same header on the wire (non-breaking)', () => {
    const security = report.changes.filter((c) => c.location.endsWith('/security'));
    expect(security.length).toBe(17);
    expect(security.every((c) => c.kind === 'security-scheme-changed' && c.class === 'non-breaking')).toBe(true);
  });
});
