import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
import { REPO_ROOT, UPSTREAM_SPEC } from '../../common/paths.js';

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
  /** The arguments after `--` of the first `npm run [-s] <script> -- ...` line. */
  const argsOf = (script: string): string[] => {
    const line = runs.split('\n').find((l) => new RegExp(`npm run (-s )?${script} -- `).test(l)) ?? '';
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

  it('pulls, diffs, rebuilds, regenerates and opens a pull request, in that order', () => {
    const order = ['npm run spec:pull', 'npm run -s spec:diff', 'npm run -s spec:build', 'npm run generate'].map((command) => runs.indexOf(command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const pr = steps.find((step) => step.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.with?.['body-path']).toBe('${{ runner.temp }}/pr-body.md');
    expect(pr?.with?.['add-paths']?.trim().split('\n')).toEqual(['openapi/upstream/management.openapi.json', 'openapi/logto-management.yaml', 'src/generated/']);
    // The description is the spec:diff report, which lists breaking changes first.
    expect(runs).toMatch(/head -c 60000 "\$RUNNER_TEMP\/spec-diff\.txt"/);
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
