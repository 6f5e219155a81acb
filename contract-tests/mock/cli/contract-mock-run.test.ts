// `npm run contract:mock` end to end, as CI runs it. First on a small spec where one documented
// example is wrong, so a conformance check and a client end-to-end test fail: junit.xml must hold
// both, each once, and agree with the closing line (Prism and vitest, ~5 s: one run for all
// asserts). Then on a spec Prism refuses: one line, no hang.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../../common/paths.js';
import { DEFAULT_SPEC, ENV_PRISM_INSTANCES } from '../suite-options.js';

const dir = mkdtempSync(join(tmpdir(), 'contract-mock-junit-'));
const reports = join(dir, 'reports');
let run: { code: number | null; out: string; junit: string };

/** Our spec cut to the invitation operations, with GetOrganizationInvitation's 200 example giving a numeric id. */
function brokenSpec(): string {
  const spec = parse(readFileSync(DEFAULT_SPEC, 'utf8')) as { paths: Record<string, { get?: { responses: Record<string, { content: Record<string, { example: { id: unknown } }> }> } }> };
  spec.paths = Object.fromEntries(Object.entries(spec.paths).filter(([path]) => path.startsWith('/api/organization-invitations')));
  const example = spec.paths['/api/organization-invitations/{id}']?.get?.responses['200']?.content['application/json']?.example;
  if (!example) throw new Error('the spec no longer has the GetOrganizationInvitation 200 example this test breaks');
  example.id = 42;
  const file = join(dir, 'broken.openapi.json');
  writeFileSync(file, JSON.stringify(spec));
  return file;
}

/** Runs the CLI in its own process; stdout and stderr together as they arrived, and stdout alone (two pipes: only within one is the order sure). */
async function contractMock(args: string[]): Promise<{ code: number | null; out: string; stdout: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/contract-mock.ts', ...args], {
    cwd: REPO_ROOT,
    // One Prism is enough for a handful of requests and spares a busy machine a second start.
    env: { ...process.env, [ENV_PRISM_INSTANCES]: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, out, stdout };
}

beforeAll(async () => {
  const { code, out } = await contractMock(['--spec', brokenSpec(), '--reports', reports]);
  run = { code, out, junit: readFileSync(join(reports, 'junit.xml'), 'utf8') };
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('contract:mock junit.xml', () => {
  it('fails the run with one failure per failed check or test, as the closing line says', () => {
    expect(run.code).toBe(1);
    const closing = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/m.exec(run.out);
    expect(closing, run.out).not.toBeNull();
    const [, passed, failed, skipped = '0'] = closing as RegExpExecArray;
    expect(failed).toBe('2');
    const root = /<testsuites [^>]*>/.exec(run.junit)?.[0];
    expect(root).toContain(`tests="${Number(passed) + Number(failed) + Number(skipped)}" failures="2" skipped="${skipped}" errors="0"`);
  });

  it('holds the client end-to-end tests and the Prism lifecycle test beside the per-check testcases', () => {
    const e2e = [...run.junit.matchAll(/<testcase classname="generated client through the Prism mock[^"]*" name="([^"]+)"/g)].map((m) => m[1]);
    expect(e2e).toHaveLength(8);
    expect(e2e).toContain('getOrganizationInvitation returns one invitation');
    expect(run.junit).toMatch(/<testcase classname="Prism lifecycle" name="[^"]+"/);
    expect(run.junit).toMatch(/<testcase classname="ListOrganizationInvitations" name="200 status_code_conformance"\/>/);
  });

  it('shows each failure once: the wrong example as a failed check and as a failed client call', () => {
    const failures = [...run.junit.matchAll(/<testcase classname="([^"]+)" name="([^"]+)"[^>]*><failure /g)].map((m) => `${m[1]} | ${m[2]}`);
    expect(failures).toEqual(['GetOrganizationInvitation | 200 response_schema_conformance', 'generated client through the Prism mock (six seed methods) | getOrganizationInvitation returns one invitation']);
  });
});

describe('contract:mock file order', () => {
  it('runs the conformance file after the others (conformance-last.ts), whatever an earlier run cached', () => {
    const results = JSON.parse(readFileSync(join(reports, 'vitest-results.json'), 'utf8')) as { testResults: Array<{ name: string; startTime: number; endTime: number }> };
    const conformance = results.testResults.find((f) => f.name.endsWith('spec-conformance.mock.test.ts'));
    const others = results.testResults.filter((f) => f !== conformance);
    expect(conformance).toBeDefined();
    expect(others.map((f) => f.name.split('/').at(-1)).sort()).toEqual(['client.mock.test.ts', 'prism-lifecycle.mock.test.ts']);
    for (const other of others) expect(other.endTime).toBeLessThanOrEqual((conformance as { startTime: number }).startTime);
  });
});

describe('contract:mock when Prism cannot start', () => {
  it('ends with one line giving Prism\'s reason and its log, and exit code 1', async () => {
    // Valid OpenAPI for our loader, but Prism refuses a spec without operations.
    const spec = join(dir, 'no-operations.yaml');
    writeFileSync(spec, 'openapi: 3.0.3\ninfo: {title: empty, version: "1"}\npaths: {}\n');
    const { code, out, stdout } = await contractMock(['--spec', spec, '--reports', join(dir, 'no-operations')]);
    expect(code).toBe(1);
    const lines = out.split('\n').filter((l) => l.startsWith('contract:mock: '));
    expect(lines).toEqual([`contract:mock: Prism exited (code 1) before listening (No operations found in the current file); see ${join(dir, 'no-operations', 'prism-1.log')}`]);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
  }, 120_000);
});
