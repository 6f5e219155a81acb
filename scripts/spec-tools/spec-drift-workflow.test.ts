import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workflowProblems } from '../ci-workflows/validate-workflow.js';
import { captureIo } from './capture-io.js';
import { runDiff } from './diff-cli.js';
import { WELL_KNOWN_SPEC_PATH } from '../../common/served-spec/fetch-spec.js';
import { runBuild } from './overlay/build-cli.js';
import { runPull } from './pull-cli.js';
import { readUpstream, servedLike } from '../../test/helpers/served-like.js';
import { OUR_SPEC, REPO_ROOT, UPSTREAM_SPEC } from '../../common/paths.js';
import { loadSpec } from '../../common/spec/index.js';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}

const file = path.join(REPO_ROOT, '.github', 'workflows', 'spec-drift.yml');

describe('.github/workflows/spec-drift.yml', async () => {
  const source = await readFile(file, 'utf8');
  const workflow = parse(source) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const runs = steps.map((step) => step.run ?? '').join('\n');
  /** The arguments after `--` of the first `npm run [-s] <script> -- ...` line (that also contains `containing`). */
  const argsOf = (script: string, containing = ''): string[] => {
    const line = runs.split('\n').find((l) => new RegExp(`npm run (-s )?${script} -- `).test(l) && l.includes(containing)) ?? '';
    const tail = line.slice(line.indexOf(' -- ') + 4).replace(/\s*(2>|>).*$/, '');
    return [...tail.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
  };

  it('is a valid workflow (action-validator, as for every workflow)', () => {
    expect(workflowProblems(source)).toEqual([]);
  });

  it('runs on a schedule and by hand, and may push a branch and open a pull request', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('pulls, diffs, rebuilds, regenerates, reports what changes for the client, and opens a pull request, in that order', () => {
    const order = ['npm run spec:pull', 'npm run -s spec:diff', 'npm run -s spec:build', 'npm run generate', 'npm run -s spec:diff -- --client'].map((command) => runs.indexOf(command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const pr = steps.find((step) => step.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.with?.['body-path']).toBe('${{ runner.temp }}/pr-body.md');
    expect(pr?.with?.['add-paths']?.trim().split('\n')).toEqual(['openapi/upstream/management.openapi.json', 'openapi/logto-management.yaml', 'src/generated/']);
    expect(pr?.with?.title).toContain('${{ steps.client.outputs.semver }}');
    // The description is the client report (our spec before and after), then the wire-level report; within GitHub's 65536 characters.
    const client = /head -c (\d+) "\$RUNNER_TEMP\/client-report\.md"/.exec(runs);
    const wire = /head -c (\d+) "\$RUNNER_TEMP\/spec-diff\.txt"/.exec(runs);
    expect(client && wire && client.index < wire.index).toBe(true);
    expect(Number(client?.[1]) + Number(wire?.[1])).toBeLessThan(65_536 - 4_000);
    expect(argsOf('spec:diff', '--client')).toEqual(['--client', '$RUNNER_TEMP/ours-before.yaml', 'openapi/logto-management.yaml']);
    expect(runs).toContain('git show HEAD:openapi/logto-management.yaml > "$RUNNER_TEMP/ours-before.yaml"');
  });

  describe('its client report, as written, on our spec before and after staging changed (a method gone, a field made optional)', () => {
    let tmp: string;
    beforeAll(async () => {
      tmp = await mkdtemp(path.join(os.tmpdir(), 'spec-drift-client-'));
    });
    afterAll(() => rm(tmp, { recursive: true, force: true }));

    it('is the pull request body: the semver step the title carries, the methods and types in the generated names', async () => {
      // Staging's upstream: the committed one with GetAction gone and a user's avatar no longer always sent.
      const upstream = (await loadSpec(UPSTREAM_SPEC)).raw;
      const routes = upstream.paths as Record<string, Record<string, unknown>>;
      delete routes['/api/configs/actions/{actionType}']?.get;
      // Both places our overlay names User (GetUser and CreateUser answers) change alike.
      for (const [route, method] of [['/api/users/{userId}', 'get'], ['/api/users', 'post']] as const) {
        const user = (routes[route]?.[method] as { responses: Record<string, { content: Record<string, { schema: { required: string[] } }> }> } | undefined)?.responses['200']?.content['application/json']?.schema;
        if (!user) throw new Error(`${method} ${route} 200 has no JSON schema in the committed upstream`);
        user.required = user.required.filter((name) => name !== 'avatar');
      }
      const staging = path.join(tmp, 'staging-upstream.json');
      await writeFile(staging, JSON.stringify(upstream));
      const built = path.join(tmp, 'ours-after.yaml');
      const build = captureIo();
      expect(await runBuild(['--upstream', staging, '--out', built], build.io)).toBe(0);

      const where = (arg: string): string => (arg === '$RUNNER_TEMP/ours-before.yaml' ? OUR_SPEC : arg === 'openapi/logto-management.yaml' ? built : arg);
      const client = captureIo();
      expect(await runDiff(argsOf('spec:diff', '--client').map(where), client.io)).toBe(1);
      const report = client.stdout();
      expect(report).toContain('- `logto.configs.getAction`: removed (was `GET /api/configs/actions/{actionType}`).');
      expect(report).toContain("- `components['schemas']['User']` field `avatar` became optional");
      expect(report).toMatch(/- New: `.*ours-after\.yaml`, our spec, built by spec:build from .*staging-upstream\.json \(which Logto is not recorded\)/);

      // The step's own line reads the semver step out of the report for the title.
      await writeFile(path.join(tmp, 'client-report.md'), report);
      const line = runs.split('\n').find((l) => l.includes('Suggested version bump')) ?? '';
      const output = path.join(tmp, 'github-output');
      await writeFile(output, '');
      execFileSync('bash', ['-c', line.trim()], { env: { PATH: process.env.PATH ?? '', RUNNER_TEMP: tmp, GITHUB_OUTPUT: output } });
      expect(await readFile(output, 'utf8')).toBe('semver=major\n');
    }, 120_000);
  });

  describe('its commands, as written, against a stand-in staging on 127.0.0.1', () => {
    let server: http.Server;
    let endpoint: string;
    let tmp: string;
    /** What the stand-in staging serves at the well-known path: set by each test. */
    let served = '';
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        res.writeHead(req.url === WELL_KNOWN_SPEC_PATH ? 200 : 404, { 'content-type': 'application/json' });
        res.end(req.url === WELL_KNOWN_SPEC_PATH ? served : '{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      tmp = await mkdtemp(path.join(os.tmpdir(), 'spec-drift-'));
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(tmp, { recursive: true, force: true });
    });

    const where = (arg: string): string =>
      arg === '$LOGTO_STAGING_ENDPOINT' ? endpoint : arg === 'openapi/upstream/management.openapi.json' ? path.join(tmp, 'upstream.json') : arg === 'openapi/logto-management.yaml' ? path.join(tmp, 'built.yaml') : arg;

    /** The workflow's pull, then its diff against the committed upstream: the diff's exit code and report. */
    const pullAndDiff = async (): Promise<{ code: number; report: string }> => {
      const pullArgs = argsOf('spec:pull');
      expect(pullArgs).toEqual(['--from', '$LOGTO_STAGING_ENDPOINT', '--all', '--out', 'openapi/upstream/management.openapi.json']);
      const pull = captureIo();
      expect(await runPull(pullArgs.map(where), pull.io)).toBe(0);
      expect(pull.err).toEqual([]);
      const diff = captureIo();
      const code = await runDiff([UPSTREAM_SPEC, path.join(tmp, 'upstream.json')], diff.io);
      expect(diff.err).toEqual([]);
      return { code, report: diff.stdout() };
    };

    it('staging serves what was last pulled: the pull is the committed upstream, spec:diff exits 0 with nothing changed, spec:build accepts the flags', async () => {
      served = JSON.stringify(servedLike(await readUpstream()).doc);
      const { code, report } = await pullAndDiff();
      expect(code).toBe(0);
      expect(report).toMatch(/^spec-diff: .* → .*upstream\.json\n0 breaking, 0 non-breaking/);
      expect(await readFile(path.join(tmp, 'upstream.json'), 'utf8')).toBe(await readFile(UPSTREAM_SPEC, 'utf8'));

      const buildArgs = argsOf('spec:build');
      expect(buildArgs).toEqual(['--out', 'openapi/logto-management.yaml']);
      const build = captureIo();
      expect(await runBuild([...buildArgs.map(where), '--upstream', path.join(tmp, 'upstream.json')], build.io)).toBe(0);
      expect(build.err).toEqual([]);
    }, 120_000);

    it('staging dropped an operation: spec:diff exits 1 and reports it as breaking', async () => {
      const upstream = await readUpstream();
      const paths = { ...(upstream.paths as Record<string, unknown>) };
      delete paths['/api/status'];
      served = JSON.stringify(servedLike({ ...upstream, paths }).doc);
      const { code, report } = await pullAndDiff();
      expect(code).toBe(1);
      expect(report).toMatch(/\n1 breaking, 0 non-breaking/);
      expect(report).toContain('GetStatus');
    }, 120_000);
  });
});
