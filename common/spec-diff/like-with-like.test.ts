import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_SERVER } from '../served-spec/index.js';
import { diffDocuments, likeWithLike, operationsNamed } from './index.js';

const dir = await mkdtemp(path.join(tmpdir(), 'like-with-like-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A spec:pull-like upstream (its server is the placeholder spec:pull writes) with these operations, each answering `fields`. */
function upstream(operations: Record<string, string[]>): object {
  const paths: Record<string, object> = {};
  for (const [operationId, fields] of Object.entries(operations)) {
    const properties = Object.fromEntries(fields.map((f) => [f, { type: 'string' }]));
    paths[`/api/${operationId.toLowerCase()}`] = { get: { operationId, responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties } } } } } } };
  }
  return { openapi: '3.0.1', info: { title: 'Logto API references', version: 'Cloud' }, servers: [PLACEHOLDER_SERVER], paths };
}

async function write(name: string, doc: object, firstLine?: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, firstLine ? `${firstLine}\n${JSON.stringify(doc)}` : JSON.stringify(doc));
  return file;
}

describe('like with like', () => {
  it("compares Logto's old spec with the upstream ours is built from, not with ours: an overlay correction is no change of Logto", async () => {
    const old = await write('old.json', upstream({ GetA: ['id'], GetB: ['id'] }));
    const newUpstream = await write('new.json', upstream({ GetA: ['id', 'added'], GetB: ['id'] }));
    // Ours corrects GetB (a field Logto forgot to document): against Logto's old spec that would read as a change.
    const ours = await write('ours.yaml', upstream({ GetA: ['id', 'added'], GetB: ['id', 'corrected'] }), `# Built by npm run spec:build from ${newUpstream} (Logto 9.9.9) and overlay.yaml. Do not edit.`);
    const sides = await likeWithLike(old, ours, []);
    expect(sides.new.file).toMatch(/new\.json$/);
    expect(sides.new.standsFor).toMatch(/ours\.yaml$/);
    expect(sides.line).toMatch(/stands for .*ours\.yaml.*overlay's corrections do not read as changes/);
    const named = operationsNamed(diffDocuments({ raw: sides.old.raw, source: 'old' }, { raw: sides.new.raw, source: 'new' }));
    expect([...named.keys()]).toEqual(['GetA']);
    // Compared as given, the correction would name GetB too.
    const asGiven = operationsNamed(diffDocuments({ raw: sides.old.raw, source: 'old' }, { raw: JSON.parse(JSON.stringify(upstream({ GetA: ['id', 'added'], GetB: ['id', 'corrected'] }))), source: 'ours' }));
    expect([...asGiven.keys()].sort()).toEqual(['GetA', 'GetB']);
  });

  it('compares ours with ours as given', async () => {
    const base = await write('base.json', upstream({ GetA: ['id'] }));
    const oursOld = await write('ours-old.yaml', upstream({ GetA: ['id'] }), `# Built by npm run spec:build from ${base} and overlay.yaml.`);
    const oursNew = await write('ours-new.yaml', upstream({ GetA: ['id', 'x'] }), `# Built by npm run spec:build from ${base} and overlay.yaml.`);
    const sides = await likeWithLike(oursOld, oursNew, []);
    expect(sides.old.standsFor).toBeUndefined();
    expect(sides.new.standsFor).toBeUndefined();
  });

  it('says what to do when the upstream ours was built from is not there', async () => {
    const old = await write('old2.json', upstream({ GetA: ['id'] }));
    const ours = await write('ours-orphan.yaml', upstream({ GetA: ['id'] }), `# Built by npm run spec:build from ${path.join(dir, 'gone.json')} (Logto 1.0.0) and overlay.yaml.`);
    await expect(likeWithLike(old, ours, [])).rejects.toThrow(/built from .*gone\.json, which is not there; .*restore it from git/);
  });
});

describe('operations a diff names', () => {
  it('leaves out prose-only changes', async () => {
    const before = upstream({ GetA: ['id'] }) as { paths: Record<string, { get: { description?: string } }> };
    const after = JSON.parse(JSON.stringify(before)) as typeof before;
    (after.paths['/api/geta'] as { get: { description?: string } }).get.description = 'now documented';
    const changes = diffDocuments({ raw: before as never, source: 'a' }, { raw: after as never, source: 'b' });
    expect(changes.length).toBeGreaterThan(0);
    expect(operationsNamed(changes).size).toBe(0);
  });
});
