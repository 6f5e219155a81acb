import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from './generate-files.js';
import { REPO_ROOT, runGenerate } from './run-generate.js';
import { bodyOf, docOf, functionBodyOf, functionDocOf, functionSignatureOf, signatureOf } from './test-support/signatures.js';
import { makeRepoTempDir, runtimeImportFor } from './test-support/temp-dir.js';
import { typecheck } from './test-support/typecheck.js';

const OUR_SPEC = path.join(REPO_ROOT, 'openapi', 'logto-management.yaml');
const QUIRKS_SPEC = path.join(REPO_ROOT, 'scripts', 'codegen', 'fixtures', 'quirks.openapi.yaml');

const op = (id: string): string => `operations['${id}']`;
const json = (id: string, status: number): string => `${op(id)}['responses'][${status}]['content']['application/json']`;
const jsonBody = (id: string): string => `NonNullable<${op(id)}['requestBody']>['content']['application/json']`;
const pathParam = (id: string, name: string): string => `${op(id)}['parameters']['path']['${name}']`;

describe('apis.ts for our spec mirrors the Python seed client', () => {
  let apis: string;
  let operations: string;
  let routes: string;
  let schema: string;

  beforeAll(async () => {
    const output = await generateFiles({ specFile: OUR_SPEC });
    apis = output.files.get('apis.ts') ?? '';
    operations = output.files.get('operations.ts') ?? '';
    routes = output.files.get('routes.ts') ?? '';
    schema = output.files.get('schema.ts') ?? '';
  });

  it('puts the six invitation operations in OrganizationInvitationsApi with the seed signatures', () => {
    const start = apis.indexOf('export class OrganizationInvitationsApi {');
    const invitations = apis.slice(start, apis.indexOf('\n}\n', start));
    expect(start).toBeGreaterThan(-1);
    expect(signatureOf(invitations, 'listOrganizationInvitations')).toBe(
      `listOrganizationInvitations(query?: NonNullable<${op('ListOrganizationInvitations')}['parameters']['query']>, options?: OperationOptions): Promise<${json('ListOrganizationInvitations', 200)}>`,
    );
    expect(signatureOf(invitations, 'createOrganizationInvitation')).toBe(
      `createOrganizationInvitation(body: ${jsonBody('CreateOrganizationInvitation')}, options?: OperationOptions): Promise<${json('CreateOrganizationInvitation', 201)}>`,
    );
    expect(signatureOf(invitations, 'getOrganizationInvitation')).toBe(
      `getOrganizationInvitation(id: ${pathParam('GetOrganizationInvitation', 'id')}, options?: OperationOptions): Promise<${json('GetOrganizationInvitation', 200)}>`,
    );
    expect(signatureOf(invitations, 'deleteOrganizationInvitation')).toBe(
      `deleteOrganizationInvitation(id: ${pathParam('DeleteOrganizationInvitation', 'id')}, options?: OperationOptions): Promise<void>`,
    );
    expect(signatureOf(invitations, 'replaceOrganizationInvitationStatus')).toBe(
      `replaceOrganizationInvitationStatus(id: ${pathParam('ReplaceOrganizationInvitationStatus', 'id')}, body: ${jsonBody('ReplaceOrganizationInvitationStatus')}, options?: OperationOptions): Promise<${json('ReplaceOrganizationInvitationStatus', 200)}>`,
    );
    expect(signatureOf(invitations, 'createOrganizationInvitationMessage')).toBe(
      `createOrganizationInvitationMessage(id: ${pathParam('CreateOrganizationInvitationMessage', 'id')}, body: ${jsonBody('CreateOrganizationInvitationMessage')}, options?: OperationOptions): Promise<void>`,
    );
  });

  it('has one function per operation, which calls the client with the path template and hands the result to unwrap', () => {
    const body = functionBodyOf(operations, 'getOrganizationInvitation');
    expect(functionSignatureOf(operations, 'getOrganizationInvitation')).toBe(
      `getOrganizationInvitation(client: OperationClient, id: ${pathParam('GetOrganizationInvitation', 'id')}, options?: OperationOptions): Promise<${json('GetOrganizationInvitation', 200)}>`,
    );
    expect(body).toContain(
      "return unwrap<operations['GetOrganizationInvitation']['responses'][200]['content']['application/json']>(",
    );
    expect(body).toContain("{ operationId: 'GetOrganizationInvitation', method: 'GET', path: '/api/organization-invitations/{id}' },");
    expect(body).toContain("client.GET('/api/organization-invitations/{id}', {");
    expect(body).toContain('params: { path: { id } },');
    expect(body).toContain('signal: options?.signal,');
    expect(functionBodyOf(operations, 'listOrganizationInvitations')).toContain('params: { query },');
    expect(functionBodyOf(operations, 'replaceOrganizationInvitationStatus')).toMatch(/client\.PUT\('\/api\/organization-invitations\/\{id\}\/status', \{\s+params: \{ path: \{ id \} \},\s+body,/);
    expect(functionDocOf(operations, 'getOrganizationInvitation')).toContain('@param client What sends the call');
  });

  it('gives each API class method the function of its operation, with the client the class holds', () => {
    expect(bodyOf(apis, 'getOrganizationInvitation')).toContain('return ops.getOrganizationInvitation(this.#client, id, options);');
    expect(bodyOf(apis, 'replaceOrganizationInvitationStatus')).toContain('return ops.replaceOrganizationInvitationStatus(this.#client, id, body, options);');
    expect(bodyOf(apis, 'listUsersIterate')).toContain('return ops.listUsersIterate(this.#client, query, options);');
    expect(apis).toContain("import * as ops from './operations.js';");
    expect(apis).not.toMatch(/this\.#client\.(GET|POST|PUT|PATCH|DELETE)\(/);
  });

  it('lists in routes.ts the operations that go without a token, and nothing else', () => {
    expect(routes).toContain("['GET', '/api/status', false],");
    expect(routes).not.toContain('/api/users');
    expect(routes.match(/^ {4}\['/gm)).toHaveLength(16);
  });

  it('documents the summary, the route and every status of an operation', () => {
    const doc = docOf(apis, 'replaceOrganizationInvitationStatus');
    expect(doc).toContain('`PUT /api/organization-invitations/{id}/status` (operationId `ReplaceOrganizationInvitationStatus`).');
    for (const status of ['200', '400', '401', '403', '404', '422']) expect(doc).toMatch(new RegExp(`\\* - ${status}: \\S`));
    expect(doc).toContain('@param id ');
    expect(doc).toContain('@param body ');
    expect(doc).toContain('@throws {LogtoApiError}');
  });

  it('exports createApis with one camelCased property per tag and an operationIndex', () => {
    expect(apis).toContain('organizationInvitations: new OrganizationInvitationsApi(client),');
    expect(apis).toContain('organizationRoles: new OrganizationRolesApi(client),');
    expect(apis).toMatch(
      /\n {2}GetOrganizationInvitation: \{ method: 'GET', path: '\/api\/organization-invitations\/\{id\}', tag: 'Organization invitations', api: 'organizationInvitations', methodName: 'getOrganizationInvitation', requiresToken: true \},\n/,
    );
    // GetStatus is `security: []` in the spec: the client must not fetch a token for it.
    expect(apis).toMatch(/\n {2}GetStatus: \{ method: 'GET', path: '\/api\/status', [^\n]*requiresToken: false \},\n/);
    expect(signatureOf(apis, 'getStatus')).toBe('getStatus(options?: OperationOptions): Promise<void>');
  });

  it('heads every file with where it came from and how to regenerate it', () => {
    const header = '// generated from openapi/logto-management.yaml — do not edit; run npm run generate\n';
    for (const file of [apis, operations, routes, schema]) expect(file.startsWith(header)).toBe(true);
    expect(schema).toContain('export interface paths {');
    expect(schema).toContain('export interface operations {');
  });
});

describe('naming fallbacks and signature rules (quirks fixture, OpenAPI 3.1)', () => {
  let temp: Awaited<ReturnType<typeof makeRepoTempDir>>;
  let apis: string;
  let operations: string;
  let routes: string;
  let oursDir: string;
  let quirksDir: string;

  beforeAll(async () => {
    temp = await makeRepoTempDir('codegen-signatures');
    quirksDir = path.join(temp.dir, 'quirks', 'generated');
    oursDir = path.join(temp.dir, 'ours', 'generated');
    for (const [spec, out] of [[QUIRKS_SPEC, quirksDir], [OUR_SPEC, oursDir]] as const) {
      const result = await runGenerate(['--spec', spec, '--out', out, '--runtime-import', runtimeImportFor(out)]);
      expect(result.stderr).toEqual([]);
    }
    const output = await generateFiles({ specFile: QUIRKS_SPEC });
    apis = output.files.get('apis.ts') ?? '';
    operations = output.files.get('operations.ts') ?? '';
    routes = output.files.get('routes.ts') ?? '';
  }, 120_000);

  afterAll(async () => {
    await temp?.remove();
  });

  it('camelCases odd operationIds and numbers colliding method names', () => {
    // `get-thing.part` → getThingPart; `GetThing` and `getThing` collide → getThing, getThing2 (path, method order).
    expect(signatureOf(apis, 'getThingPart')).toContain('getThingPart(classParam: ');
    expect(operations).toContain("{ operationId: 'GetThing', method: 'GET', path: '/things/{default}' },");
    expect(functionBodyOf(operations, 'getThing2')).toContain("{ operationId: 'getThing', method: 'DELETE', path: '/things/{default}' },");
    expect(docOf(apis, 'getThing2')).toContain('@deprecated');
    expect(functionDocOf(operations, 'getThing2')).toContain('@deprecated');
    // A method may not be called `constructor`.
    expect(apis).toContain('\n  constructorOperation(');
  });

  it('names functions after their methods; a name several classes share gets the class in front, a reserved word a suffix', () => {
    // ThingsStuffApi.getThing and FooBarApi.getThing (`get_thing`): neither function is plain `getThing`.
    expect(operations).not.toContain('export function getThing(');
    expect(functionBodyOf(operations, 'thingsStuffGetThing')).toContain("{ operationId: 'GetThing', method: 'GET', path: '/things/{default}' },");
    expect(functionBodyOf(operations, 'fooBarGetThing')).toContain("{ operationId: 'get_thing', method: 'GET', path: '/foo/thing' },");
    expect(bodyOf(apis, 'getThing')).toMatch(/return ops\.(thingsStuff|fooBar)GetThing\(this\.#client/);
    // A method may be called `delete`; a function may not.
    expect(apis).toContain('\n  delete(id: ');
    expect(functionBodyOf(operations, 'deleteOperation')).toContain("{ operationId: 'delete', method: 'DELETE', path: '/forms/{id}' },");
  });

  it('renames reserved-word and clashing path params but keeps their wire names', () => {
    expect(functionBodyOf(operations, 'thingsStuffGetThing')).toContain('params: { path: { default: defaultParam } },');
    expect(functionBodyOf(operations, 'getThingPart')).toContain("params: { path: { class: classParam, 'part-id': partId }, query, header: headerParams },");
    expect(signatureOf(apis, 'constructorOperation')).toMatch(/^constructorOperation\(body2: .*\['path'\]\['body'\], body: /);
  });

  it('lists the public routes, and a concrete token-requiring one a public template would also match', () => {
    expect(routes).toContain("['GET', '/things/{default}', false],");
    expect(routes).toContain("['GET', '/things/me', true],");
  });

  it('orders path params by the URL template, then body, then query, then header params, then options', () => {
    expect(signatureOf(apis, 'getThingPart')).toMatch(
      /^getThingPart\(classParam: [^,]+, partId: [^,]+, query: NonNullable<[^,]+>, headerParams\?: NonNullable<[^,]+>, options\?: OperationOptions\)/,
    );
    // An optional body before a required query object stays positional and takes undefined.
    expect(signatureOf(apis, 'putThingsByClassPartsByPartId')).toMatch(
      /, body: NonNullable<paths\['\/things\/\{class\}\/parts\/\{part-id\}'\]\['put'\]\['requestBody'\]>\['content'\]\['application\/json'\] \| undefined, query: NonNullable</,
    );
  });

  it('names operations without operationId from method and path, and untagged ones into DefaultApi', () => {
    expect(operations).toContain("{ operationId: 'PutThingsByClassPartsByPartId', method: 'PUT', path: '/things/{class}/parts/{part-id}' },");
    expect(apis).toContain('default: new DefaultApi(client),');
    expect(signatureOf(apis, 'getUntaggedPing')).toBe('getUntaggedPing(options?: OperationOptions): Promise<void>');
  });

  it('keeps tags that camelCase alike apart', () => {
    expect(apis).toContain('fooBar: new FooBarApi(client),');
    expect(apis).toContain('fooBar2: new FooBarApi2(client),');
    expect(apis).toContain('thingsStuff: new ThingsStuffApi(client),');
  });

  it('reads non-JSON success bodies as text and serializes non-JSON request bodies', () => {
    expect(signatureOf(apis.slice(apis.indexOf('export class ThingsStuffApi')), 'getThing')).toMatch(/: Promise<string>$/);
    expect(functionBodyOf(operations, 'thingsStuffGetThing')).toContain("parseAs: 'text',");
    expect(functionBodyOf(operations, 'uploadFile')).toContain('bodySerializer: toFormData,');
    expect(functionBodyOf(operations, 'submitForm')).toContain("headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...options?.headers },");
    expect(signatureOf(apis, 'constructorOperation')).toMatch(/\['responses'\]\[201\]\['content'\]\['application\/json'\] \| undefined>$/);
  });

  it('keeps `*/` in descriptions from ending the doc comment', () => {
    expect(docOf(apis, 'getThingPart')).toContain('contain *\\/ without');
  });

  it('gives callers precise types (checked by the compiler, including what must not compile)', async () => {
    const quirksUsage = path.join(temp.dir, 'quirks', 'usage.ts');
    await writeFile(
      quirksUsage,
      `import createClient from 'openapi-fetch';
import { createApis, operationIndex, type OperationId } from './generated/apis.js';
import { deleteOperation, getThingPart, thingsStuffGetThing } from './generated/operations.js';
import type { paths } from './generated/schema.js';

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:9' });
const apis = createApis(client);

export async function usage(): Promise<void> {
  const part: { id: string; size: number } = await apis.thingsStuff.getThingPart('c', 7, { verbose: true });
  await apis.thingsStuff.getThingPart('c', 7, { verbose: false }, { 'X-Trace': 't' }, { signal: AbortSignal.timeout(5), headers: { a: 'b' } });
  // @ts-expect-error the query object is required: \`verbose\` is a required query parameter
  await apis.thingsStuff.getThingPart('c', 7);
  // @ts-expect-error part-id is an integer
  await apis.thingsStuff.getThingPart('c', '7', { verbose: true });
  const xml: string = await apis.thingsStuff.getThing('d');
  const nothing: void = await apis.thingsStuff.getThing2('d');
  await apis.thingsStuff.putThingsByClassPartsByPartId('c', 1, undefined, { dryRun: true });
  const created = await apis.thingsStuff.constructorOperation('b', { id: 'x', size: 1 });
  // @ts-expect-error a 202 has no body, so the result may be undefined
  const createdId: string = created.id;
  await apis.fooBar2.uploadFile({ file: 'x' });
  // @ts-expect-error the body is required
  await apis.fooBar.submitForm();
  await apis.default.getUntaggedPing();
  const xmlToo: string = await thingsStuffGetThing(client, 'd');
  const gone: void = await deleteOperation(client, 'f1');
  // @ts-expect-error an operation function takes the client first
  await getThingPart('c', 7, { verbose: true });
  void [xmlToo, gone];
  const key: OperationId = 'get-thing.part';
  const method: 'GET' = operationIndex[key].method;
  void [part, xml, nothing, createdId, method];
}
`,
    );
    const oursUsage = path.join(temp.dir, 'ours', 'usage.ts');
    await writeFile(
      oursUsage,
      `import createClient from 'openapi-fetch';
import { createApis } from './generated/apis.js';
import type { paths } from './generated/schema.js';

const { organizationInvitations } = createApis(createClient<paths>({ baseUrl: 'http://127.0.0.1:9' }));

export async function usage(): Promise<void> {
  const invitations = await organizationInvitations.listOrganizationInvitations({ organizationId: 'o', invitee: 'a@example.com' });
  await organizationInvitations.listOrganizationInvitations();
  const invitation = await organizationInvitations.getOrganizationInvitation('i');
  const status: 'Pending' | 'Accepted' | 'Expired' | 'Revoked' = invitation.status;
  const expiresAt: number = invitation.expiresAt;
  const deleted: void = await organizationInvitations.deleteOrganizationInvitation('i', { signal: AbortSignal.timeout(5) });
  // @ts-expect-error the seed signature takes the id positionally
  await organizationInvitations.getOrganizationInvitation({ id: 'i' });
  // @ts-expect-error the body is required
  await organizationInvitations.createOrganizationInvitation();
  // @ts-expect-error unknown query parameter
  await organizationInvitations.listOrganizationInvitations({ status: 'Pending' });
  void [invitations.length, status, expiresAt, deleted];
}
`,
    );
    expect(typecheck([quirksUsage, oursUsage])).toEqual([]);
  }, 120_000);
});
