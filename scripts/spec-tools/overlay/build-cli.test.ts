import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../capture-io.js';
import { runBuild } from './build-cli.js';
import { firstSentence } from './overlay-document.js';
import { CORRECTIONS_OVERLAY, REPO_ROOT, UPSTREAM_SPEC } from '../../../common/paths.js';
import { HTTP_METHODS, isObject, loadSpec, parseSpecText, parseYamlText, type JsonObject } from '../../../common/spec/index.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'spec-build-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function build(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const { io, out, err } = captureIo();
  const code = await runBuild(argv, io);
  return { code, out, err };
}

function operations(doc: JsonObject): [string, string, JsonObject][] {
  const found: [string, string, JsonObject][] = [];
  for (const [route, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) if (isObject(item[method])) found.push([route, method, item[method] as JsonObject]);
  }
  return found;
}

describe('spec:build over Logto 1.42 (the committed upstream and corrections overlay)', () => {
  let built: JsonObject;
  let text: string;
  const out = (): string => path.join(tmp, 'corrected.yaml');

  beforeAll(async () => {
    const result = await build('--out', out());
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/^spec-build: wrote .*corrected\.yaml: 284 operations, \d+ overlay actions, from openapi\/upstream\/management\.openapi\.json \+ openapi\/corrections\.overlay\.yaml$/);
    text = await readFile(out(), 'utf8');
    built = parseSpecText(text, out()).raw;
  }, 120_000);

  it('says in its info what it is, in our words', () => {
    expect(built.info).toEqual({ title: 'Logto Management API', version: 'Cloud', description: expect.stringMatching(/^Logto's Management API as real Logto 1\.42 behaves/) });
  });

  it('starts with a do-not-edit header naming both inputs and the Logto the upstream is from (openapi/upstream/history/index.json)', () => {
    expect(text.split('\n')[0]).toBe('# Built by npm run spec:build from openapi/upstream/management.openapi.json (Logto 1.42.0) and openapi/corrections.overlay.yaml. Do not edit: correct the overlay (or pull a new upstream) and rebuild.');
  });

  it('gives every error response a body: JSON, except the oversized-body 404 that is text/plain only', () => {
    const errors = operations(built).flatMap(([route, method, op]) =>
      Object.entries(op.responses as Record<string, JsonObject>)
        .filter(([status]) => Number(status) >= 400)
        .map(([status, response]) => ({ at: `${method} ${route} ${status}`, status, op, content: (response.content ?? {}) as JsonObject })),
    );
    expect(errors.length).toBeGreaterThanOrEqual(1077); // Logto's 1077, plus the statuses it leaves out
    const withoutJson = errors.filter((e) => !isObject(e.content['application/json']));
    // A 404 without JSON is the oversized-body answer of an operation that takes a JSON body and has no JSON 404 of its own.
    expect(withoutJson.filter((e) => e.status !== '404' || !isObject(e.content['text/plain']))).toEqual([]);
    for (const e of withoutJson) expect([e.at, isObject(((e.op.requestBody as JsonObject | undefined)?.content as JsonObject | undefined)?.['application/json'])]).toEqual([e.at, true]);
    expect(withoutJson.length).toBeGreaterThan(50);
  });

  it('answers a JSON body over 1 MiB with 404 text/plain on every operation that takes a JSON body', () => {
    for (const [route, method, op] of operations(built)) {
      if (!isObject(((op.requestBody as JsonObject | undefined)?.content as JsonObject | undefined)?.['application/json'])) continue;
      const notFound = (op.responses as Record<string, JsonObject>)['404']?.content as JsonObject | undefined;
      expect([route, method, (notFound?.['text/plain'] as JsonObject | undefined)?.schema]).toEqual([route, method, { $ref: '#/components/schemas/PlainNotFound' }]);
    }
  });

  it('names the carried operations\' schemas as the hand-written spec did, and keeps no marker', () => {
    const schemas = (built.components as JsonObject).schemas as JsonObject;
    for (const name of ['OrganizationInvitation', 'OrganizationInvitationStatus', 'OrganizationRoleRef', 'CreateOrganizationInvitationRequest', 'Organization', 'OrganizationColor', 'User', 'OrganizationMember', 'CreateUserRequest']) {
      expect(isObject(schemas[name]), name).toBe(true);
    }
    const invitation = (((built.paths as Record<string, JsonObject>)['/api/organization-invitations/{id}'] as JsonObject).get as JsonObject).responses as Record<string, JsonObject>;
    expect((invitation['200']?.content as Record<string, JsonObject>)['application/json']?.schema).toEqual({ $ref: '#/components/schemas/OrganizationInvitation' });
    expect(text).not.toContain('x-schema-name');
  });

  it('leaves no JavaScript regex literal in a pattern and no quoted literal, "url", "empty", "true" or "false" as a format', () => {
    expect(text).not.toMatch(/pattern: (['"])?\/\^/);
    expect(text).not.toMatch(/format: (['"])"|format: (url|empty|"true"|"false"|'true'|'false')$/m);
  });

  it('makes messagePayload and the defaulted organization-role arrays optional, and documents the statuses Logto leaves out', () => {
    const named = (schema: JsonObject): JsonObject =>
      typeof schema.$ref === 'string' ? (((built.components as JsonObject).schemas as JsonObject)[schema.$ref.replace('#/components/schemas/', '')] as JsonObject) : schema;
    const body = (route: string, method: string): JsonObject =>
      named((((((built.paths as Record<string, JsonObject>)[route] as JsonObject)[method] as JsonObject).requestBody as JsonObject).content as Record<string, JsonObject>)['application/json']?.schema as JsonObject);
    expect(body('/api/organization-invitations', 'post').required).not.toContain('messagePayload');
    expect(body('/api/organization-roles', 'post').required).toEqual(['name']);
    const statuses = (route: string, method: string): string[] => Object.keys((((built.paths as Record<string, JsonObject>)[route] as JsonObject)[method] as JsonObject).responses as JsonObject);
    expect(statuses('/api/organization-invitations/{id}/status', 'put')).toContain('404');
    expect(statuses('/api/organization-invitations/{id}/message', 'post')).toEqual(expect.arrayContaining(['404', '501']));
  });

  it('documents Total-Number on every page-based list', () => {
    const paged = operations(built).filter(([, , op]) => Array.isArray(op.parameters) && op.parameters.some((p) => isObject(p) && p.name === 'page'));
    expect(paged).toHaveLength(29);
    for (const [route, , op] of paged) expect([route, ((op.responses as Record<string, JsonObject>)['200']?.headers as JsonObject | undefined)?.['Total-Number']]).toEqual([route, expect.anything()]);
  });

  it('--check passes on what it built, and fails naming the file when it differs', async () => {
    const ok = await build('--out', out(), '--check');
    expect([ok.code, ok.err]).toEqual([0, []]);
    expect(ok.out[0]).toMatch(/corrected\.yaml is up to date/);
    const edited = path.join(tmp, 'edited.yaml');
    await writeFile(edited, text.replace('LogtoError:', 'LogtoOops:'));
    const bad = await build('--out', edited, '--check');
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual([expect.stringMatching(/^spec-build: .*edited\.yaml is out of date: .* run npm run spec:build -- --out .*edited\.yaml and commit the result$/)]);
  }, 120_000);
});

describe('spec:build when Logto changes under an overlay action', () => {
  it('fails (exit 1) naming the stale action: its number, line, description and target', async () => {
    // Logto renames the status route: the actions that correct it match nothing any more.
    const upstream = (await loadSpec(UPSTREAM_SPEC)).raw;
    const pathsObject = upstream.paths as JsonObject;
    pathsObject['/api/organization-invitations/{id}/state'] = pathsObject['/api/organization-invitations/{id}/status'];
    delete pathsObject['/api/organization-invitations/{id}/status'];
    const changed = path.join(tmp, 'renamed-route.json');
    await writeFile(changed, JSON.stringify(upstream));

    const overlayText = await readFile(CORRECTIONS_OVERLAY, 'utf8');
    const stale = (parseYamlText(overlayText, 'overlay.yaml').value as { actions: { target: string; description: string }[] }).actions
      .map((action, index) => ({ ...action, number: index + 1 }))
      .filter((action) => action.target.includes("'/api/organization-invitations/{id}/status'"));
    expect(stale.length).toBeGreaterThan(0);

    const result = await build('--upstream', changed, '--out', path.join(tmp, 'never-written.yaml'));
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    const message = result.err.join('\n');
    expect(message).toMatch(new RegExp(`^spec-build: ${stale.length} overlay action\\(s\\) no longer fit .*renamed-route\\.json \\(a target that matches nothing, or a field documented that is not there\\): Logto changed under them`));
    for (const action of stale) {
      expect(message).toContain(`#${action.number} (openapi/corrections.overlay.yaml:`);
      expect(message).toContain(`"${firstSentence(action.description)}" target ${action.target}`);
    }
    await expect(readFile(path.join(tmp, 'never-written.yaml'))).rejects.toThrow();
  }, 120_000);
});

describe('spec:build on Logto 1.40.0 (openapi/upstream/history/), an upstream the overlay was not written for', () => {
  const upstream140 = path.join(REPO_ROOT, 'openapi', 'upstream', 'history', 'logto-1.40.0.openapi.json');
  /**
   * The two actions that no longer fit 1.40: 1.42 wrote the active-users date pattern with a final
   * `$` (1.40 without), and 1.40's user has no `cimdClientId` for the User action to document.
   */
  const staleOn140 = async (): Promise<{ number: number; description: string; target: string }[]> => {
    const actions = (parseYamlText(await readFile(CORRECTIONS_OVERLAY, 'utf8'), 'overlay.yaml').value as { actions: { target: string; description: string; update?: unknown }[] }).actions;
    const numbered = actions.map((action, index) => ({ ...action, number: index + 1 }));
    const datePattern = numbered.filter((action) => action.target.includes('(-\\\\d{2}){2}$/'));
    const cimd = numbered.filter((action) => JSON.stringify(action.update ?? {}).includes('"cimdClientId":{"description"'));
    expect([datePattern.length, cimd.length]).toEqual([1, 1]);
    return [...datePattern, ...cimd];
  };

  it('fails naming each action that no longer fits there, and says how to build anyway', async () => {
    const [datePattern, cimd] = await staleOn140();
    const result = await build('--upstream', upstream140, '--out', path.join(tmp, 'never-140.yaml'));
    expect(result.code).toBe(1);
    const lines = result.err.join('\n').split('\n');
    expect(lines[0]).toMatch(/^spec-build: 2 overlay action\(s\) no longer fit .*logto-1\.40\.0\.openapi\.json .*: Logto changed under them/);
    expect(lines[1]).toBe(`  #${datePattern!.number} (openapi/corrections.overlay.yaml:${lines[1]!.match(/:(\d+)\)/)![1]}) "${firstSentence(datePattern!.description)}" target ${datePattern!.target}`);
    expect(lines[2]).toContain(`#${cimd!.number} (openapi/corrections.overlay.yaml:`);
    expect(lines[2]).toMatch(/ documents properties the target does not have: update\/properties\/cimdClientId$/);
    expect(lines[3]).toMatch(/add --allow-stale and an --out of its own/);
    await expect(readFile(path.join(tmp, 'never-140.yaml'))).rejects.toThrow();
  }, 120_000);

  it('--allow-stale builds it, naming what it skipped in warnings and in the header', async () => {
    const [datePattern, cimd] = await staleOn140();
    const out = path.join(tmp, 'ours-140.yaml');
    const result = await build('--upstream', upstream140, '--out', out, '--allow-stale');
    expect(result.code).toBe(0);
    expect(result.err).toEqual([
      expect.stringMatching(new RegExp(`^spec-build: warning: overlay action #${datePattern!.number} \\(.* matches nothing in .*logto-1\\.40\\.0\\.openapi\\.json; skipped \\(--allow-stale\\)$`)),
      expect.stringMatching(new RegExp(`^spec-build: warning: overlay action #${cimd!.number} \\(.* documents properties the target does not have: update/properties/cimdClientId; those parts skipped \\(--allow-stale\\)$`)),
    ]);
    expect(result.out[0]).toMatch(/: 263 operations, (\d+) of \d+ overlay actions, from /);
    const text = await readFile(out, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# Built by npm run spec:build from .*logto-1\.40\.0\.openapi\.json \(Logto 1\.40\.0\) and /);
    expect(text.split('\n')[0]).toContain(`2 overlay action(s) were stale here and skipped, in whole or in part (--allow-stale): #${datePattern!.number}, #${cimd!.number}.`);
    const built = parseSpecText(text, out).raw;
    // 1.40's own date pattern is left as Logto wrote it; User is named without a field 1.40 does not have.
    expect(text).toContain('pattern: /^\\d{4}(-\\d{2}){2}/');
    const user = ((built.components as JsonObject).schemas as JsonObject).User as JsonObject;
    expect(Object.keys(user.properties as JsonObject)).not.toContain('cimdClientId');
    expect((user.properties as Record<string, JsonObject>).hasPassword?.description).toBe('Whether the user has a password.');
  }, 120_000);

  it('--allow-stale refuses to write our own spec', async () => {
    const result = await build('--upstream', upstream140, '--allow-stale');
    expect(result).toMatchObject({ code: 2, err: [expect.stringMatching(/^spec-build: --allow-stale builds a spec some corrections did not reach; give it an --out of its own \(openapi\/logto-management\.yaml carries every correction\)/)] });
  });
});

describe('spec:build arguments and inputs', () => {
  it('builds to openapi/logto-management.yaml by default (--check without --out checks it), and names a missing upstream or overlay (exit 2)', async () => {
    const check = await build('--check');
    expect([check.code, check.err]).toEqual([0, []]);
    expect(check.out[0]).toMatch(/^spec-build: openapi\/logto-management\.yaml is up to date \(284 operations/);
    expect(await build('--out', '')).toMatchObject({ code: 2, err: [expect.stringMatching(/^spec-build: --out needs a file .*usage: npm run spec:build/)] });
    expect(await build('--out', path.join(tmp, 'x.yaml'), '--upstream', path.join(tmp, 'nope.json'))).toMatchObject({ code: 2, err: [expect.stringMatching(/nope\.json: cannot read the spec \(no such file\)/)] });
    expect(await build('--out', path.join(tmp, 'x.yaml'), '--overlay', path.join(tmp, 'nope.yaml'))).toMatchObject({ code: 2, err: [expect.stringMatching(/nope\.yaml: cannot read the overlay \(no such file\); check --overlay/)] });
  }, 120_000);
});
