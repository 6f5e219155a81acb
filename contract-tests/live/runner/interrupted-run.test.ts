import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../reference-server/index.js';
import { createdSoFar, disposeRunner, itemsOnServer, readReport, remoteEnv, startFaultProxy, startRunner, waitFor, type FaultProxy, type RunnerProcess } from './test-harness.js';

const SECRET = 'ct-interrupt-test-secret-value';
const JWT = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

// The live suite run for real against an embedded reference server posing as a remote tenant,
// stopped once it has created something, as Ctrl-C or a cancelled CI job would stop it.
describe('contract:live stopped half-way against a tenant', () => {
  let server: ReferenceServer;
  let proxy: FaultProxy;
  const runs: RunnerProcess[] = [];
  beforeAll(async () => {
    server = await startReferenceServer({ appSecret: SECRET });
    proxy = await startFaultProxy(server.url);
  });
  afterEach(() => {
    proxy.refuse = undefined;
    proxy.rewrite = undefined;
    for (const run of runs.splice(0)) disposeRunner(run);
  });
  afterAll(async () => {
    await proxy?.stop();
    await server?.stop();
  });

  async function stopMidRun(runId: string, signal: 'SIGINT' | 'SIGTERM', to: 'group' | 'runner', beforeStop: () => void = () => undefined): Promise<{ run: RunnerProcess; code: number | null }> {
    // What the previous, green run left: it must not survive into this run's reports.
    const stale = { 'coverage.md': 'STALE green report', 'junit.xml': '<testsuites failures="0">STALE</testsuites>', 'results.json': '{"status":"passed","stale":true}' };
    const run = startRunner({ ...remoteEnv(server, runId), LOGTO_ENDPOINT: proxy.url }, { stale });
    runs.push(run);
    await waitFor(() => createdSoFar(run.reportsDir) >= 3, 60_000, `the run to create something (output so far: ${run.output()})`);
    beforeStop();
    const pid = run.child.pid as number;
    // A terminal's Ctrl-C reaches the whole process group; `kill` (or CI) only the runner.
    process.kill(to === 'group' ? -pid : pid, signal);
    return { run, code: await run.done };
  }

  function expectInterruptedReports(run: RunnerProcess, signal: string): void {
    for (const name of ['coverage.md', 'junit.xml', 'results.json']) expect(readReport(run, name)).not.toMatch(/STALE|stale/);
    const results = JSON.parse(readReport(run, 'results.json')) as { status: string; interrupted: string };
    expect(results.status).toBe('interrupted');
    expect(results.interrupted).toContain(signal);
    expect(readReport(run, 'junit.xml')).toMatch(/<testsuites name="contract:live \(interrupted\)"[^>]* errors="[1-9]/);
    expect(readReport(run, 'coverage.md')).toContain('> **Interrupted**');
    expect(readReport(run, 'coverage.html')).toContain('<strong>Interrupted</strong>');
    expect(JSON.parse(readReport(run, 'coverage.json'))).toMatchObject({ interrupted: expect.stringContaining(signal) });
    expect(readReport(run, 'conformance-junit.xml')).toContain('(interrupted)');
  }

  it('Ctrl-C (SIGINT to the process group): exit 130, reports say interrupted, last line says so, nothing left on the tenant', async () => {
    const { run, code } = await stopMidRun('ctunitint', 'SIGINT', 'group');
    const output = run.output();
    expect(code, output).toBe(130);
    expect(run.stdout().trim().split('\n').at(-1)).toMatch(/^interrupted \(SIGINT\): \d+ passed, \d+ failed(, \d+ skipped)? before the stop$/);
    expect(output).toMatch(/cleaned up what the run left on .*: deleted [1-9]\d*/);
    expect(output).not.toMatch(/contract:sweep/);
    expectInterruptedReports(run, 'SIGINT');
    expect(await itemsOnServer(server, 'ct-ctunitint-')).toEqual([]);
    expect(output).not.toContain(SECRET);
    expect(output).not.toMatch(JWT);
  }, 120_000);

  it('SIGTERM to the runner alone: exit 143, reports say interrupted, nothing left on the tenant', async () => {
    const { run, code } = await stopMidRun('ctunitterm', 'SIGTERM', 'runner');
    const output = run.output();
    expect(code, output).toBe(143);
    expect(run.stdout().trim().split('\n').at(-1)).toMatch(/^interrupted \(SIGTERM\): /);
    expectInterruptedReports(run, 'SIGTERM');
    expect(await itemsOnServer(server, 'ct-ctunitterm-')).toEqual([]);
  }, 120_000);

  it('a tenant that refuses the cleanup: the exact contract:sweep command is printed', async () => {
    const refuseDeletes = (): void => {
      proxy.refuse = (req) => (req.method === 'DELETE' ? { status: 500, body: '{"code":"unknown","message":"no"}' } : undefined);
    };
    const { run, code } = await stopMidRun('ctunitleft', 'SIGINT', 'group', refuseDeletes);
    const output = run.output();
    expect(code, output).toBe(130);
    expect(output).toContain('could not delete everything the run created');
    expect(output).toContain('run: npm run contract:sweep -- --yes --prefix=ct-ctunitleft-\n');
    // The sweep command is on stderr, the closing line on stdout: the last line of stdout, whatever order the two pipes were read in.
    expect(run.stdout().trim().split('\n').at(-1)).toMatch(/^interrupted \(SIGINT\): /);
    expect(await itemsOnServer(server, 'ct-ctunitleft-')).not.toEqual([]);
  }, 120_000);
});
