import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../capture-io.js';
import { runDiff } from '../diff-cli.js';
import { runBuild } from '../overlay/build-cli.js';
import type { DiffReport } from '../report.js';
import { clientReportOf } from './client-report-of.js';
import type { ClientChange, ClientReport } from './client-report.js';
import { OUR_SPEC_ARG, REPO_ROOT } from '../../../common/paths.js';

/**
 * The committed real pair: Logto 1.40.0's served spec (openapi/upstream/history/) and 1.42.0's
 * (openapi/upstream/, what our spec is built from). Every fact asserted here was checked in the
 * two generated clients (npm run generate on each spec) and in the two served specs.
 */
const UPSTREAM_140 = 'openapi/upstream/history/logto-1.40.0.openapi.json';
const UPSTREAM_142 = 'openapi/upstream/management.openapi.json';
const inRepo = (file: string): string => path.join(REPO_ROOT, file);

const find = (report: ClientReport, method: string, text: RegExp): ClientChange | undefined => report.changes.find((c) => c.methods.includes(method) && text.test(c.text));
const methodsWith = (report: ClientReport, impact: string, text: RegExp): string[] =>
  report.changes.filter((c) => c.impact === impact && c.area === 'methods' && text.test(c.text)).flatMap((c) => c.methods);

describe('spec:diff on Logto 1.40.0 → 1.42.0, on the wire', () => {
  it('28 breaking and 109 non-breaking changes, none of them documentation (spec:pull removes prose)', async () => {
    const { io, stdout } = captureIo();
    expect(await runDiff(['--json', inRepo(UPSTREAM_140), inRepo(UPSTREAM_142)], io)).toBe(1);
    const report = JSON.parse(stdout()) as DiffReport;
    expect(report.summary).toEqual({ breaking: 28, nonBreaking: 109, documentation: 0 });
    expect(report.changes.filter((c) => c.kind === 'operation-added')).toHaveLength(21);
    expect(report.changes.filter((c) => c.kind === 'operation-removed')).toHaveLength(0);
  });
});

describe('spec:diff --client on Logto 1.40.0 → 1.42.0 (both upstream, as spec:pull wrote them)', () => {
  let report: ClientReport;
  let code: number;
  beforeAll(async () => {
    ({ report, code } = await clientReportOf(inRepo(UPSTREAM_140), inRepo(UPSTREAM_142)));
  }, 60_000);

  it('says which specs it compares: both Logto\'s, pulled, from 1.40.0 and 1.42.0 (recognised by openapi/upstream/history/index.json)', () => {
    expect(report.old).toMatchObject({ file: inRepo(UPSTREAM_140), kind: 'upstream', logto: '1.40.0', description: "Logto's served spec as spec:pull writes it: Logto 1.40.0" });
    expect(report.new).toMatchObject({ file: inRepo(UPSTREAM_142), kind: 'upstream', logto: '1.42.0' });
    expect(report.notes).toEqual([]);
  });

  it('suggests a major version: 26 breaking changes, 103 additions, 1 compatible, 9 wire changes the client does not show', () => {
    expect([report.semver, code]).toEqual(['major', 1]);
    expect(report.summary).toEqual({ breaking: 26, additions: 103, compatible: 1, notShown: 9 });
    expect(report.notShown).toEqual({ 'constraint-tightened': 1, 'response-added': 7, 'response-removed': 1 });
  });

  it('lists the 21 methods 1.42 added, named as the generator names them, and removes none', () => {
    const added = methodsWith(report, 'addition', /^new: /);
    expect(added).toHaveLength(21);
    expect(added).toEqual(expect.arrayContaining(['logto.configs.listActions', 'logto.users.updateUserPasswordExpiration', 'logto.ssoConnectors.listSsoConnectorSigningKeys', 'logto.cimd.listCimdUserConsentScopes']));
    expect(find(report, 'logto.configs.listActions', /^new: /)?.text).toBe('new: `GET /api/configs/actions`');
    expect(report.changes.filter((c) => c.impact === 'breaking' && c.area === 'methods')).toEqual([]);
    expect(report.changes).toContainEqual({ impact: 'addition', area: 'types', methods: [], type: 'CIMDApi', text: 'new class `CIMDApi` (`logto.cimd`)' });
  });

  it('names the request fields 1.42 retyped or removed, with the TypeScript type they are in', () => {
    expect(find(report, 'logto.applications.updateApplication', /appLevelAccessControlEnabled/)).toEqual({
      impact: 'breaking',
      area: 'request',
      methods: ['logto.applications.updateApplication'],
      type: "NonNullable<operations['UpdateApplication']['requestBody']>['content']['application/json']",
      field: 'appLevelAccessControlEnabled',
      text: 'request body field `appLevelAccessControlEnabled`: type changed from object to boolean',
      why: 'a call that compiled may not compile any more',
    });
    for (const method of ['logto.organizations.updateOrganization', 'logto.organizationRoles.updateOrganizationRole', 'logto.organizationScopes.updateOrganizationScope']) {
      expect(find(report, method, /^request body field `id` was removed$/)?.impact).toBe('breaking');
    }
  });

  it('names the response fields removed, made optional or given new enum values', () => {
    expect(find(report, 'logto.signInExperience.getSignInExp', /^response 200 body field `emailBlocklistPolicy\.blockDisposableAddress` was removed$/)?.type).toBe(
      "operations['GetSignInExp']['responses'][200]['content']['application/json']",
    );
    expect(find(report, 'logto.applications.getApplication', /^response 200 body field `secret` became optional/)?.impact).toBe('breaking');
    expect(find(report, 'logto.hooks.getHook', /^response 200 body field `events\[\]`: enum widened, may now return "Message\.RateLimited", "Grant\.LimitExceeded"/)?.field).toBe('events[]');
    // Additions on the same fields in requests are not breaking: the client may send more.
    expect(find(report, 'logto.hooks.createHook', /^request body field `events\[\]`: enum widened/)?.impact).toBe('addition');
  });

  it('sees that deleteApplicationLegacySecret no longer resolves to undefined (1.42 dropped its 204): compatible', () => {
    expect(find(report, 'logto.applications.deleteApplicationLegacySecret', /^resolves to /)).toMatchObject({
      impact: 'compatible',
      area: 'signatures',
      text: 'resolves to `the 200 application/json body` (was `the 200 application/json body | undefined`)',
    });
  });

  it('the other way (a client for 1.42 taken back to 1.40): every added method is a removed one', async () => {
    const back = (await clientReportOf(inRepo(UPSTREAM_142), inRepo(UPSTREAM_140))).report;
    expect(back.semver).toBe('major');
    const removed = methodsWith(back, 'breaking', /^removed \(was /);
    expect(removed.sort()).toEqual(methodsWith(report, 'addition', /^new: /).sort());
    expect(back.changes).toContainEqual(expect.objectContaining({ impact: 'breaking', area: 'types', type: 'CIMDApi', text: 'class `CIMDApi` (`logto.cimd`) is no longer generated' }));
  });
});

describe('spec:diff --client on our spec built on each (the client this package ships)', () => {
  let tmp: string;
  let report: ClientReport;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'client-diff-ours-'));
    const built140 = path.join(tmp, 'ours-1.40.yaml');
    const build = captureIo();
    expect(await runBuild(['--upstream', inRepo(UPSTREAM_140), '--out', built140, '--allow-stale'], build.io)).toBe(0);
    report = (await clientReportOf(built140, inRepo(OUR_SPEC_ARG))).report;
  }, 120_000);
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('says both are ours, built on Logto 1.40.0 (some actions skipped) and 1.42.0', () => {
    expect(report.old.kind).toBe('ours');
    expect(report.old.description).toMatch(/^our spec, built by spec:build from .*logto-1\.40\.0\.openapi\.json \(Logto 1\.40\.0\) and .*corrections\.overlay\.yaml; some overlay actions did not fit it and were skipped \(--allow-stale\)$/);
    expect(report.new).toMatchObject({ kind: 'ours', logto: '1.42.0', description: 'our spec, built by spec:build from openapi/upstream/management.openapi.json (Logto 1.42.0) and openapi/corrections.overlay.yaml' });
    expect(report.semver).toBe('major');
  });

  it('names a change once on the named type our overlay gives (User), with every method that returns it', () => {
    expect(report.changes).toContainEqual({
      impact: 'addition',
      area: 'response',
      methods: ['logto.users.createUser', 'logto.users.getUser'],
      type: "components['schemas']['User']",
      field: 'cimdClientId',
      text: "new `components['schemas']['User']` field `cimdClientId`",
    });
  });

  it('against Logto\'s own 1.40 spec, says the kinds differ: our corrections are part of the difference', async () => {
    const mixed = (await clientReportOf(inRepo(UPSTREAM_140), inRepo(OUR_SPEC_ARG))).report;
    expect([mixed.old.kind, mixed.new.kind]).toEqual(['upstream', 'ours']);
    expect(mixed.notes).toEqual([expect.stringMatching(/^The two specs are of different kinds \(upstream and ours\): what differs includes our corrections/)]);
  });
});
