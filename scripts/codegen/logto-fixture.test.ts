import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../common/spec/index.js';
import { captureIo } from '../spec-tools/capture-io.js';
import { runBuild } from '../spec-tools/overlay/build-cli.js';
import { generateFiles } from './generate-files.js';
import { REPO_ROOT, runGenerate } from './run-generate.js';
import { signatureOf } from './test-support/signatures.js';
import { makeRepoTempDir, runtimeImportFor } from './test-support/temp-dir.js';
import { typecheck, writeUsage } from './test-support/typecheck.js';

const OUR_SPEC = path.join(REPO_ROOT, 'openapi', 'logto-management.yaml');
const SEED_METHODS = [
  'createOrganizationInvitation',
  'createOrganizationInvitationMessage',
  'deleteOrganizationInvitation',
  'getOrganizationInvitation',
  'listOrganizationInvitations',
  'replaceOrganizationInvitationStatus',
];

/**
 * The whole Management API: Logto 1.42's served spec as spec:pull --all wrote it
 * (openapi/upstream/management.openapi.json), corrected by openapi/corrections.overlay.yaml,
 * generated and type-checked.
 */
describe('generating the whole Management API (Logto 1.42 upstream + corrections overlay)', () => {
  let temp: Awaited<ReturnType<typeof makeRepoTempDir>>;
  let outDir: string;
  let specFile: string;
  let apis: string;
  let operationsFile: string;
  let spec: { paths: Record<string, Record<string, { operationId?: string; tags?: string[]; parameters?: { name?: string }[] }>> };

  beforeAll(async () => {
    temp = await makeRepoTempDir('codegen-logto');
    specFile = path.join(temp.dir, 'management.yaml');
    const { io, err } = captureIo();
    expect(await runBuild(['--out', specFile], io)).toBe(0);
    expect(err).toEqual([]);
    spec = (await loadSpec(specFile)).raw as typeof spec;
    outDir = path.join(temp.dir, 'generated');
    const result = await runGenerate(['--spec', specFile, '--out', outDir, '--runtime-import', runtimeImportFor(outDir)]);
    expect(result.stderr).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout[0]).toMatch(/ — 284 operations \(28 with a page iterator\) in 37 API classes from /);
    apis = await readFile(path.join(outDir, 'apis.ts'), 'utf8');
    operationsFile = await readFile(path.join(outDir, 'operations.ts'), 'utf8');
  }, 180_000);

  afterAll(async () => {
    await temp?.remove();
  });

  const operations = (): { method: string; route: string; operationId: string; tag: string; paged: boolean }[] =>
    Object.entries(spec.paths).flatMap(([route, item]) =>
      Object.entries(item)
        .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'].includes(method))
        .map(([method, op]) => ({ method, route, operationId: op.operationId ?? '', tag: op.tags?.[0] ?? '', paged: (op.parameters ?? []).some((p) => p.name === 'page') })),
    );

  it('has a method for each of the 284 operations, each in the class of its tag', () => {
    const indexBody = apis.slice(apis.indexOf('export const operationIndex = {'), apis.indexOf('} as const;'));
    const entries = indexBody.split('\n').filter((line) => line.includes("methodName: '"));
    expect(entries).toHaveLength(284);
    expect(operationsFile.match(/ client\.(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\(/g)?.length).toBe(284 + 28); // each iterator calls its list too
    expect(operationsFile.match(/^export function \w+\(/gm)).toHaveLength(284 + 28);
    expect(apis.match(/return ops\.\w+\(this\.#client/g)).toHaveLength(284 + 28);
    for (const { operationId, tag } of operations()) {
      expect(indexBody).toMatch(new RegExp(`\\n  ${operationId}: \\{ [^\\n]*tag: '${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'`));
    }
    const tags = new Set(operations().map((op) => op.tag));
    const classes = apis.match(/^export class \w+Api\d* \{$/gm) ?? [];
    expect(classes).toHaveLength(tags.size);
    for (const name of ['UsersApi', 'ApplicationsApi', 'OrganizationInvitationsApi', 'SAMLApplicationsApi', 'OneTimeTokensApi']) expect(classes).toContain(`export class ${name} {`);
  });

  it('gives every page-based list whose page is a JSON array an ...Iterate method (28 of the 29 page-based lists)', () => {
    const paged = operations().filter((op) => op.paged);
    expect(paged).toHaveLength(29);
    const iterators = apis.match(/^ {2}\w+Iterate\(/gm) ?? [];
    expect(iterators).toHaveLength(28);
    expect(apis).toContain('  listUsersIterate(\n');
    // Its page is an object ({ organizations: [...] }), not an array: no iterator.
    expect(apis).not.toContain('listApplicationUserConsentOrganizationsIterate(');
  });

  it('keeps the six seed methods with the names and signatures they have today', async () => {
    const ours = (await generateFiles({ specFile: OUR_SPEC })).files.get('apis.ts') ?? '';
    const slice = (text: string): string => text.slice(text.indexOf('export class OrganizationInvitationsApi {'), text.indexOf('\n}\n', text.indexOf('export class OrganizationInvitationsApi {')));
    for (const method of SEED_METHODS) expect([method, signatureOf(slice(apis), method)]).toEqual([method, signatureOf(slice(ours), method)]);
  });

  it("carries no Logto prose: an operation we have no words for is documented by route, operationId and statuses", () => {
    const start = apis.lastIndexOf('/**', apis.indexOf('  listUsers(\n'));
    const doc = apis.slice(start, apis.indexOf('*/', start));
    expect(doc).toContain('`GET /api/users` (operationId `ListUsers`).');
    expect(doc).toContain('- 200: OK [application/json]');
    expect(doc).not.toMatch(/Get users|Query users|search users/i);
  });

  it('type-checks, and reads the way the README says it is used', async () => {
    const usage = await writeUsage(temp.dir, 'logto', `export async function usage(): Promise<void> {
  for await (const user of logto.users.listUsersIterate({ page_size: 50 })) {
    const id: string = user.id;
    void id;
  }
  for await (const member of logto.organizations.listOrganizationUsersIterate('org', undefined, { maxPages: 3 })) void member.id;
  // @ts-expect-error the iterator walks the pages itself
  logto.users.listUsersIterate({ page: 2 });
  await logto.organizationInvitations.createOrganizationInvitation({ invitee: 'a@example.com', organizationId: 'o', expiresAt: 1 }); // messagePayload is optional
  await logto.organizationRoles.createOrganizationRole({ name: 'r' }); // the defaulted arrays are optional
}
`);
    expect(typecheck([path.join(outDir, 'apis.ts'), path.join(outDir, 'operations.ts'), path.join(outDir, 'schema.ts'), usage])).toEqual([]);
  }, 180_000);

  it('is deterministic: a second run reports no difference', async () => {
    const check = await runGenerate(['--check', '--spec', specFile, '--out', outDir, '--runtime-import', runtimeImportFor(outDir)]);
    expect(check.stderr).toEqual([]);
    expect(check.stdout.join('\n')).toMatch(/^generate:check OK: .* \(284 operations\)$/);
  }, 120_000);
});
