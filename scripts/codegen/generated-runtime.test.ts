import path from 'node:path';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApis } from '../../src/generated/apis.js';
import type { paths } from '../../src/generated/schema.js';
import { REPO_ROOT, runGenerate } from './run-generate.js';
import { makeRepoTempDir, runtimeImportFor } from './test-support/temp-dir.js';

/** Records each request and answers with the next canned response. */
function recordingFetch(answer: (request: Request) => Response) {
  const requests: Request[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    requests.push(request);
    return answer(request);
  };
  return { requests, fetch };
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the committed src/generated/apis.ts sends what the spec describes', () => {
  it('puts path params in the path, the body in JSON and options on the request', async () => {
    const { requests, fetch } = recordingFetch(() => json({ id: 'inv1', status: 'Revoked' }));
    const apis = createApis(createClient<paths>({ baseUrl: 'http://logto.test', fetch }));
    const controller = new AbortController();
    const result = await apis.organizationInvitations.replaceOrganizationInvitationStatus(
      'inv/1',
      { status: 'Revoked' },
      { signal: controller.signal, headers: { 'X-Request-Id': 'r1' } },
    );
    expect(result).toMatchObject({ id: 'inv1', status: 'Revoked' });
    const [request] = requests;
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe('http://logto.test/api/organization-invitations/inv%2F1/status');
    expect(request?.headers.get('X-Request-Id')).toBe('r1');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(await request?.json()).toEqual({ status: 'Revoked' });
    // openapi-fetch wraps the signal in the Request; aborting ours must abort theirs.
    controller.abort();
    expect(request?.signal.aborted).toBe(true);
  });

  it('sends query filters and leaves them out when not given', async () => {
    const { requests, fetch } = recordingFetch(() => json([]));
    const { organizationInvitations } = createApis(createClient<paths>({ baseUrl: 'http://logto.test', fetch }));
    await organizationInvitations.listOrganizationInvitations({ organizationId: 'org1', invitee: 'a@example.com' });
    await organizationInvitations.listOrganizationInvitations();
    expect(requests.map((request) => request.url)).toEqual([
      'http://logto.test/api/organization-invitations?organizationId=org1&invitee=a%40example.com',
      'http://logto.test/api/organization-invitations',
    ]);
  });

  it('returns undefined for 204 and throws for an error status', async () => {
    const { fetch } = recordingFetch((request) =>
      request.method === 'DELETE' ? new Response(null, { status: 204 }) : json({ code: 'entity.not_found', message: 'Not found' }, 404),
    );
    const { organizationInvitations } = createApis(createClient<paths>({ baseUrl: 'http://logto.test', fetch }));
    await expect(organizationInvitations.deleteOrganizationInvitation('inv1')).resolves.toBeUndefined();
    await expect(organizationInvitations.getOrganizationInvitation('missing')).rejects.toMatchObject({
      status: 404,
      code: 'entity.not_found',
      operationId: 'GetOrganizationInvitation',
    });
  });
});

describe('generated code for unusual operations works at run time (quirks fixture)', () => {
  let temp: Awaited<ReturnType<typeof makeRepoTempDir>>;
  // The module is generated at test time, so its types are not known to this file.
  let quirks: { createApis: (client: unknown) => Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> };

  beforeAll(async () => {
    temp = await makeRepoTempDir('codegen-runtime');
    const outDir = path.join(temp.dir, 'generated');
    const spec = path.join(REPO_ROOT, 'scripts', 'codegen', 'fixtures', 'quirks.openapi.yaml');
    const result = await runGenerate(['--spec', spec, '--out', outDir, '--runtime-import', runtimeImportFor(outDir)]);
    expect(result.stderr).toEqual([]);
    quirks = (await import(path.join(outDir, 'apis.ts'))) as typeof quirks;
  }, 60_000);

  afterAll(async () => {
    await temp?.remove();
  });

  function apisWith(answer: (request: Request) => Response) {
    const recorder = recordingFetch(answer);
    const apis = quirks.createApis(createClient({ baseUrl: 'http://quirks.test', fetch: recorder.fetch }));
    return { apis, requests: recorder.requests };
  }

  it('maps renamed path params back to their wire names and sends header params', async () => {
    const { apis, requests } = apisWith(() => json({ id: 'p', size: 1 }));
    await apis.thingsStuff?.getThingPart?.('big', 7, { verbose: true }, { 'X-Trace': 'trace-1' });
    expect(requests[0]?.url).toBe('http://quirks.test/things/big/parts/7?verbose=true');
    expect(requests[0]?.headers.get('X-Trace')).toBe('trace-1');
  });

  it('reads a text/xml success body as a string', async () => {
    const { apis } = apisWith(() => new Response('<thing/>', { status: 200, headers: { 'Content-Type': 'text/xml' } }));
    await expect(apis.thingsStuff?.getThing?.('d')).resolves.toBe('<thing/>');
  });

  it('sends multipart bodies as FormData and form bodies url-encoded', async () => {
    const { apis, requests } = apisWith((request) => (request.url.endsWith('/uploads') ? json({ url: 'u' }) : new Response(null, { status: 204 })));
    await apis.fooBar2?.uploadFile?.({ file: new Blob(['hello']) });
    await apis.fooBar?.submitForm?.({ name: 'a b' });
    const [upload, form] = requests;
    expect(upload?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const sent = await upload?.formData();
    expect(await (sent?.get('file') as Blob | null)?.text()).toBe('hello');
    expect(form?.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(await form?.text()).toBe('name=a+b');
  });
});
