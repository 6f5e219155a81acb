import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../reference-server/index.js';
import { REPO_ROOT } from '../support/repo-paths.js';
import { accessTokenOf, requestToken } from '../support/token-request.js';
import { remoteEnv } from '../runner/test-harness.js';
import { CENSUS_FORMAT, compareCensus, parseCensusArgs } from './census-cli.js';
import type { CensusEntry } from './census.js';

const run = promisify(execFile);

describe('contract:census arguments', () => {
  it('takes --out and --against, as two words or with =, and refuses what it does not know', () => {
    expect(parseCensusArgs(['--out', 'a.json'])).toMatchObject({ out: path.resolve('a.json') });
    expect(parseCensusArgs(['--against=a.json', '--out=b.json'])).toMatchObject({ against: path.resolve('a.json'), out: path.resolve('b.json') });
    expect(() => parseCensusArgs([])).toThrow(/--out <file>, --against <file>, or both/);
    expect(() => parseCensusArgs(['--out'])).toThrow(/--out needs a file name/);
    expect(() => parseCensusArgs(['--out', '--against', 'a.json'])).toThrow(/--out needs a file name/);
    expect(() => parseCensusArgs(['--against', 'a.json', '--out', 'a.json'])).toThrow(/name the same file/);
    expect(() => parseCensusArgs(['--yes'])).toThrow(/unknown argument "--yes"/);
  });

  it('sets the audit log apart: its change is reported, every other change counts', () => {
    const entry = (name: string, count: number, fingerprint: string): CensusEntry => ({ what: 'list', name, path: `/api/${name}`, count, fingerprint });
    const before = [entry('ListLogs', 10, 'a'), entry('ListUsers', 2, 'b'), entry('ListRoles', 1, 'c')];
    const same = compareCensus(before, [entry('ListLogs', 12, 'z'), entry('ListUsers', 2, 'b'), entry('ListRoles', 1, 'c')]);
    expect(same.changes).toEqual([]);
    expect(same.auditLog).toMatchObject({ name: 'ListLogs' });
    const changed = compareCensus(before, [entry('ListLogs', 10, 'a'), entry('ListUsers', 3, 'd'), entry('ListRoles', 1, 'c')]);
    expect(changed.changes.map((c) => c.name)).toEqual(['ListUsers']);
    expect(changed.auditLog).toBeUndefined();
  });
});

// The command as a user runs it, against the reference server posing as a tenant.
describe('npm run contract:census against a tenant', () => {
  let server: ReferenceServer;
  let token: string;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  const census = async (...args: string[]): Promise<{ code: number; out: string; err: string }> => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', 'contract-census.ts'), ...args], { cwd: REPO_ROOT, env });
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout, err: failed.stderr };
    }
  };
  const api = async (method: string, route: string, body?: unknown): Promise<{ status: number; json: unknown }> => {
    const response = await fetch(`${server.url}${route}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
  };

  beforeAll(async () => {
    server = await startReferenceServer();
    token = accessTokenOf(await requestToken({ endpoint: server.url, ...server.credentials, resource: server.resource, scope: 'all' })) as string;
    expect((await api('POST', '/api/organizations', { name: 'ct-census-cli-org' })).status).toBe(201);
    dir = mkdtempSync(path.join(tmpdir(), 'ct-census-cli-'));
    const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LOGTO_')));
    const { LOGTO_CONTRACT_ALLOW_WRITES: _writes, LOGTO_CONTRACT_RUN_ID: _run, ...remote } = remoteEnv(server, 'unused');
    env = { ...base, ...remote, FORCE_COLOR: '0', NO_COLOR: '1' };
  });
  afterAll(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes fingerprints and counts, never values; the same tenant compares unchanged (exit 0)', { timeout: 60_000 }, async () => {
    const file = path.join(dir, 'before.json');
    const written = await census('--out', file);
    expect(written.code, written.err).toBe(0);
    expect(written.out).toMatch(/census taken: \d+ lists read/);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('ct-census-cli-org');
    expect(text).not.toContain(server.credentials.appSecret);
    const saved = JSON.parse(text) as { format: string; endpoint: string; entries: CensusEntry[] };
    expect(saved).toMatchObject({ format: CENSUS_FORMAT, endpoint: server.url });
    expect(saved.entries.find((e) => e.name === 'ListOrganizations')).toMatchObject({ count: 1, fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const again = await census('--against', file);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain('unchanged');
  });

  it('names what changed since the earlier census and exits 1', { timeout: 60_000 }, async () => {
    const file = path.join(dir, 'before-change.json');
    expect((await census('--out', file)).code).toBe(0);
    const created = await api('POST', '/api/organizations', { name: 'ct-census-cli-left-behind' });
    expect(created.status).toBe(201);
    const compared = await census('--against', file);
    expect(compared.code).toBe(1);
    // The new organization, and the list of its users that now exists under it.
    expect(compared.err).toMatch(/CHANGED since before-change\.json, 2 list\(s\) or setting\(s\):\n {2}ListOrganizations: 1 item\(s\) \w+ -> 2 item\(s\) \w+\n {2}ListOrganizationUsers of \w+: not read -> 0 item\(s\)/);
    expect((await api('DELETE', `/api/organizations/${(created.json as { id: string }).id}`)).status).toBe(204);
    expect((await census('--against', file)).code).toBe(0);
  });

  it('refuses a file that is not a census, or a census of another tenant, before reading anything (exit 2)', { timeout: 60_000 }, async () => {
    const notJson = path.join(dir, 'broken.json');
    writeFileSync(notJson, '{"format": "logto-contract-census/1", "entr');
    const broken = await census('--against', notJson);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^contract:census: --against .*broken\.json is not JSON .*give a file written by `npm run contract:census -- --out <file>`/);
    const other = path.join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ format: CENSUS_FORMAT, endpoint: 'http://127.0.0.1:1', entries: [] }));
    const elsewhere = await census('--against', other);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.err).toContain(`is a census of http://127.0.0.1:1, not of ${server.url}`);
    const missing = await census('--against', path.join(dir, 'nowhere.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
  });
});
