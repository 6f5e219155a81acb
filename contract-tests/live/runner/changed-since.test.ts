import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_SERVER } from '../../../common/served-spec/index.js';
import { UsageError } from '../../../common/usage-error.js';
import { selectChecks, selectionLines, touchesChanged, type Check } from '../support/check-selection.js';
import { declaredFor, HAND_WRITTEN_DIR } from '../support/touched-operations.js';
import { changedOperations } from './changed-since.js';

const dir = await mkdtemp(path.join(tmpdir(), 'changed-since-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

type Operation = { path: string; method: string; fields: string[]; required?: string[]; summary?: string };

/** A spec:pull-like upstream with these operations, each taking a JSON body with `fields` (POST) or answering them (GET). */
function upstream(operations: Record<string, Operation>): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const [operationId, op] of Object.entries(operations)) {
    const schema = { type: 'object', properties: Object.fromEntries(op.fields.map((f) => [f, { type: 'string' }])), ...(op.required ? { required: op.required } : {}) };
    const json = { 'application/json': { schema } };
    paths[op.path] ??= {};
    (paths[op.path] as Record<string, object>)[op.method] = {
      operationId,
      ...(op.summary ? { summary: op.summary } : {}),
      ...(op.method === 'post' ? { requestBody: { content: json }, responses: { '201': { description: 'created' } } } : { responses: { '200': { description: 'ok', content: json } } }),
    };
  }
  return { openapi: '3.0.1', info: { title: 'Logto API references', version: 'Cloud' }, servers: [PLACEHOLDER_SERVER], paths };
}

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

const OLD = {
  ListWidgets: { path: '/api/widgets', method: 'get', fields: ['id', 'name'] },
  CreateWidget: { path: '/api/widgets', method: 'post', fields: ['name', 'colour'] },
  ListGadgets: { path: '/api/gadgets', method: 'get', fields: ['id'], summary: 'List gadgets' },
};
const NEW = {
  ...OLD,
  // A request field became required: names CreateWidget.
  CreateWidget: { ...OLD.CreateWidget, required: ['colour'] },
  // Only its prose changed: names nothing (it changes no request and no answer).
  ListGadgets: { ...OLD.ListGadgets, summary: 'List every gadget' },
  // New: names GetStatus.
  GetStatus: { path: '/api/status', method: 'get', fields: ['ok'] },
};

describe('the operations a spec diff names', () => {
  it('a changed request and a new operation are named; a change of prose and an unchanged operation are not', async () => {
    const old = await write('old.json', JSON.stringify(upstream(OLD)));
    const current = await write('new.json', JSON.stringify(upstream(NEW)));
    const { changed, line } = await changedOperations(old, current, []);
    expect([...changed].sort()).toEqual(['CreateWidget', 'GetStatus']);
    expect(line).toMatch(/^compared .*old\.json .* with .*new\.json/);
  });

  it('the same spec on both sides names nothing', async () => {
    const old = await write('same.json', JSON.stringify(upstream(OLD)));
    expect((await changedOperations(old, old, [])).changed.size).toBe(0);
  });

  it.each([
    ['a missing file', async () => path.join(dir, 'nope.json'), /--changed-since: .*nope\.json: cannot read the spec \(no such file\)/],
    ['a file that is not a spec', async () => write('notes.json', '{"hello": "world"}'), /--changed-since: .*notes\.json/],
    ['a file that is not JSON or YAML', async () => write('broken.json', '{"openapi": '), /--changed-since: .*broken\.json/],
  ])('%s is a one-line usage error naming the file', async (_what, file, message) => {
    const current = await write('new-for-errors.json', JSON.stringify(upstream(NEW)));
    const error = await changedOperations(await file(), current, []).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('which checks run', () => {
  const changed = new Set(['CreateWidget', 'GetStatus']);
  const declarations = { 'widgets.live.test.ts': ['ListWidgets', 'CreateWidget'], 'gadgets.live.test.ts': ['ListGadgets'] };
  const file = (name: string): Check => ({ kind: 'hand-written test file', name, operations: declaredFor(`${HAND_WRITTEN_DIR}/${name}`, declarations) });
  const checks: Check[] = [
    // A scenario runs whole: it creates a widget first, then lists; the create is named, so the list comes too.
    { kind: 'whole-API scenario', name: 'widgets-lifecycle', operations: ['CreateWidget', 'ListWidgets'] },
    { kind: 'whole-API scenario', name: 'gadgets-list', operations: ['ListGadgets'] },
    file('widgets.live.test.ts'),
    file('gadgets.live.test.ts'),
    // No declaration: nothing says what it sends, so it cannot be skipped safely.
    file('new.live.test.ts'),
    { kind: 'invalid body', name: 'CreateWidget: missing required "colour"', operations: ['CreateWidget'] },
    { kind: 'generic check', name: 'missing_token > ListGadgets', operations: ['ListGadgets'] },
    { kind: 'generic check', name: 'missing_token > GetStatus', operations: ['GetStatus'] },
  ];

  it('a check runs when it sends to an operation the diff names, or when what it sends is not declared', () => {
    const { selected, skipped } = selectChecks(checks, changed);
    expect(selected.map((c) => c.name)).toEqual(['widgets-lifecycle', 'widgets.live.test.ts', 'new.live.test.ts', 'CreateWidget: missing required "colour"', 'missing_token > GetStatus']);
    expect(skipped.map((c) => c.name)).toEqual(['gadgets-list', 'gadgets.live.test.ts', 'missing_token > ListGadgets']);
  });

  it('without a selection everything runs; with an empty diff nothing that declares its operations does', () => {
    expect(checks.every((c) => touchesChanged(c.operations, undefined))).toBe(true);
    expect(selectChecks(checks, new Set()).selected.map((c) => c.name)).toEqual(['new.live.test.ts']);
  });

  it('says how many it skipped and why in one line, then per kind', () => {
    const lines = selectionLines(selectChecks(checks, changed), { line: 'compared old.json with new.json', operations: 2 });
    expect(lines[0]).toBe(
      '--changed-since: running 5 of 8 checks; skipped 3 that send to none of the 2 operation(s) the spec diff names (a scenario or hand-written file runs whole, with the fixtures it creates first)',
    );
    expect(lines.slice(1)).toEqual([
      '  compared old.json with new.json',
      '  whole-API scenarios: 1 run, 1 skipped',
      '  hand-written test files: 2 run, 1 skipped (1 run because it declares no operations)',
      '  invalid bodies: 1 run, 0 skipped',
      '  generic checks: 1 run, 1 skipped',
    ]);
  });
});
