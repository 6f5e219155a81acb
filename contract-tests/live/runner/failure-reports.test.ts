import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../reference-server/index.js';
import { disposeRunner, readReport, remoteEnv, startFaultProxy, startRunner, type FaultProxy, type RunnerProcess } from './test-harness.js';

const SECRET = 'ct-failure-report-secret-value';
const JWT = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

// A whole live run against a tenant that breaks the contract in one known way (every created
// organization role comes back with a number for a name), to see how its failures are reported.
describe('contract:live failures, as a user reads them', () => {
  let server: ReferenceServer;
  let proxy: FaultProxy;
  let run: RunnerProcess;
  let code: number | null;
  let output: string;
  beforeAll(async () => {
    server = await startReferenceServer({ appSecret: SECRET });
    proxy = await startFaultProxy(server.url);
    proxy.rewrite = (req, status, body) =>
      req.method === 'POST' && req.url === '/api/organization-roles' && status === 201 ? { status, body: JSON.stringify({ ...(JSON.parse(body) as object), name: 7 }) } : undefined;
    run = startRunner({ ...remoteEnv(server, 'ctunitfail'), LOGTO_ENDPOINT: proxy.url });
    code = await run.done;
    output = run.output();
  }, 240_000);
  afterAll(async () => {
    if (run) disposeRunner(run);
    await proxy?.stop();
    await server?.stop();
  });

  const failedCount = (): number => Number(/^(\d+) passed, (\d+) failed/m.exec(run.stdout().trim().split('\n').at(-1) ?? '')?.[2]);

  it('fails the run, and counts each failing test once: console, closing line and junit.xml agree', () => {
    expect(code, output).toBe(1);
    const failed = failedCount();
    expect(failed).toBeGreaterThan(0);
    const consoleFailures = output.split('\n').filter((line) => line.startsWith(' FAIL  '));
    expect(new Set(consoleFailures).size, 'a failure printed twice').toBe(consoleFailures.length);
    expect(consoleFailures).toHaveLength(failed);
    const junit = readReport(run, 'junit.xml');
    expect(junit.match(/<failure /g)).toHaveLength(failed);
    expect(junit).toMatch(new RegExp(`<testsuites name="contract:live" tests="\\d+" failures="${failed}"`));
  });

  it('every failure says which check, where (JSON pointer), expected and actual, and how to send the request again', () => {
    const expected = 'check response_schema_conformance at /name: expected must be string; actual 7';
    const curl = new RegExp(`reproduce: curl -X POST '${proxy.url.replace(/[.]/g, '\\.')}/api/organization-roles' (-H '[^']+' )*-H "Authorization: Bearer \\$LOGTO_TOKEN" (-H '[^']+' )*--data-raw '\\{"name":"ct-ctunitfail-`);
    expect(output).toContain(expected);
    expect(output).toMatch(curl);
    const junit = readReport(run, 'junit.xml').replace(/&apos;/g, "'").replace(/&quot;/g, '"');
    expect(junit).toContain(expected);
    expect(junit).toMatch(curl);
    const conformance = readReport(run, 'conformance-junit.xml').replace(/&apos;/g, "'").replace(/&quot;/g, '"');
    expect(conformance).not.toContain('>[]</failure>');
    expect(conformance).toMatch(/<testcase classname="CreateOrganizationRole" name="201 response_schema_conformance"><failure [^>]*>check: response_schema_conformance\n[^\n]*\nat \/name: expected must be string; actual 7\nreproduce: curl -X POST /);
    expect(readReport(run, 'coverage.md')).toMatch(/```sh\n {2}curl -X POST '[^']+\/api\/organization-roles'/);
    expect(readReport(run, 'coverage.html')).toMatch(/<pre>curl -X POST &apos;[^&]+\/api\/organization-roles&apos;/);
  });

  it('no secret and no token anywhere: console, reports, the run files', () => {
    const files = readdirSync(run.reportsDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
    for (const text of [output, ...files]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toMatch(JWT);
    }
  });
});
