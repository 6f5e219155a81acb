import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson, startTestServer, type TestServer } from '../../test/helpers/http-server.js';
import { generateFiles } from './generate-files.js';
import { REPO_ROOT, runGenerate } from './run-generate.js';
import { docOf, functionBodyOf, functionSignatureOf, signatureOf } from './test-support/signatures.js';
import { makeRepoTempDir, runtimeImportFor } from './test-support/temp-dir.js';
import { typecheck, writeUsage } from './test-support/typecheck.js';

const SPEC = path.join(REPO_ROOT, 'scripts', 'codegen', 'fixtures', 'paged-and-shared-ids.yaml');

describe('page iterators and shared operationIds (paged-and-shared-ids fixture)', () => {
  let temp: Awaited<ReturnType<typeof makeRepoTempDir>>;
  let outDir: string;
  let apis: string;
  let operations: string;
  let stdout: string[];
  let server: TestServer;

  beforeAll(async () => {
    temp = await makeRepoTempDir('codegen-iterators');
    outDir = path.join(temp.dir, 'generated');
    const result = await runGenerate(['--spec', SPEC, '--out', outDir, '--runtime-import', runtimeImportFor(outDir)]);
    expect(result.stderr).toEqual([]);
    expect(result.exitCode).toBe(0);
    stdout = result.stdout;
    const files = (await generateFiles({ specFile: SPEC, runtimeImport: runtimeImportFor(outDir) })).files;
    apis = files.get('apis.ts') ?? '';
    operations = files.get('operations.ts') ?? '';
    // 45 things, Total-Number, pages honoured: what Logto's pagination does.
    server = await startTestServer((request, res) => {
      const url = new URL(request.url, 'http://x');
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('page_size'));
      const things = Array.from({ length: 45 }, (_, i) => ({ id: `t${i + 1}` }));
      sendJson(res, 200, things.slice((page - 1) * size, page * size), { 'Total-Number': '45' });
    });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await temp?.remove();
  });

  it('adds <list>Iterate to each page-based list whose page is an array, with the list parameters minus page', () => {
    expect(signatureOf(apis, 'listThingsIterate')).toBe(
      "listThingsIterate(query?: Omit<NonNullable<operations['ListThings']['parameters']['query']>, 'page'>, options?: PaginateOptions): AsyncGenerator<operations['ListThings']['responses'][200]['content']['application/json'][number], void, undefined>",
    );
    // `page` is required on the list, so the query object is; the iterator supplies page itself.
    expect(signatureOf(apis, 'listThingPartsIterate')).toMatch(/^listThingPartsIterate\(id: [^,]+, query: Omit<NonNullable<operations\['ListThingParts'\]\['parameters'\]\['query'\]>, 'page'>, options\?: PaginateOptions\)/);
    expect(functionBodyOf(operations, 'listThingPartsIterate')).toContain('params: { path: { id }, query: { ...query, page, page_size: pageSize } },');
    expect(functionSignatureOf(operations, 'listThingsIterate')).toMatch(/^listThingsIterate\(client: OperationClient, query\?: Omit</);
    // A page that is an object, not an array: no iterator.
    expect(apis).not.toContain('searchThingsIterate(');
    expect(operations).not.toContain('searchThingsIterate(');
    expect(docOf(apis, 'listThings')).toContain('One page per call; `listThingsIterate` walks every page.');
    expect(operations).toContain("import { paginate, type PaginateOptions } from '");
  });

  it('names operations that share an operationId by method and path, says so, and keeps their types apart', () => {
    expect(stdout).toContain('generate: note: operationId "GetThing" is used by 2 operations; each is named by method and path instead');
    expect(signatureOf(apis, 'getApiThingsById')).toBe("getApiThingsById(id: paths['/api/things/{id}']['get']['parameters']['path']['id'], options?: OperationOptions): Promise<paths['/api/things/{id}']['get']['responses'][200]['content']['application/json']>");
    expect(signatureOf(apis, 'getApiWidgets')).toMatch(/^getApiWidgets\(options\?: OperationOptions\): Promise<paths\['\/api\/widgets'\]\['get'\]/);
    expect(docOf(apis, 'getApiWidgets')).toContain('The spec gives this operation the operationId `GetThing`, which other operations use too, so it is named by method and path.');
    expect(apis).toContain("  GetApiThingsById: { method: 'GET', path: '/api/things/{id}', tag: 'Things'");
  });

  it('puts an operation with several tags in its first tag\'s class only', () => {
    expect(apis).not.toContain('export class WidgetsApi');
    expect(apis.match(/ getApiWidgets\(/g)).toHaveLength(1);
    expect(operations.match(/export function getApiWidgets\(/g)).toHaveLength(1);
  });

  it('type-checks, including the item types callers get', async () => {
    const usage = await writeUsage(temp.dir, 'apis', `export async function usage(): Promise<void> {
  for await (const thing of apis.things.listThingsIterate({ search: 'a' })) { const id: string = thing.id; void id; }
  for await (const part of apis.things.listThingPartsIterate('t1', {})) { const n: number = part.part; void n; }
  const widget: boolean = (await apis.things.getApiWidgets()).widget;
  const thing: string = (await apis.things.getApiThingsById('t1')).id;
  // @ts-expect-error the widget operation's type is not the thing operation's
  const wrong: string = (await apis.things.getApiWidgets()).id;
  void [widget, thing, wrong];
}
`);
    expect(typecheck([usage])).toEqual([]);
  }, 120_000);

  it('the generated iterator walks a real server page by page (node:http on 127.0.0.1) and stops by Total-Number', async () => {
    const { default: createClient } = await import('openapi-fetch');
    const { createApis } = (await import(path.join(outDir, 'apis.ts'))) as { createApis: (client: unknown) => { things: { listThingsIterate: (query?: object) => AsyncIterable<{ id: string }> } } };
    const apisAtRuntime = createApis(createClient({ baseUrl: server.url }));
    const ids: string[] = [];
    for await (const thing of apisAtRuntime.things.listThingsIterate({ search: 'x', page_size: 20 })) ids.push(thing.id);
    expect(ids).toEqual(Array.from({ length: 45 }, (_, i) => `t${i + 1}`));
    expect(server.requests.map((r) => r.url)).toEqual(['/api/things?search=x&page_size=20&page=1', '/api/things?search=x&page_size=20&page=2', '/api/things?search=x&page_size=20&page=3']);
  });
});
