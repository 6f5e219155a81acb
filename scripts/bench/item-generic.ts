import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createContractContext, listOperations, loadSpec, mapConcurrent, startPrism } from '../../contract-tests/lib/index.js';
import { GARBAGE_TOKEN } from '../../contract-tests/live/generic/generic-checks.js';
import { planGeneric, type GenericCase } from '../../contract-tests/live/generic/generic-plan.js';
import { operationsInScope } from '../../contract-tests/live/generic/generic-scope.js';
import type { ItemMeta, ItemResult } from './item-result.js';
import { makeBenchTempDir } from './repo-paths.js';
import { npmScriptNodeArgs, runNode, runTsx, type CommandRun } from './run-command.js';
import { median, ratio } from './stats.js';
import { findSummaryLine } from '../../common/process/index.js';

const TITLE = 'Generic phase, whole API, Prism mock of the corrected spec';
const TARGET = 'none yet: the figure is the point (wall, and its ratio to raw fetch)';
export const GENERIC_ITEM: ItemMeta = { item: 6, title: TITLE, target: TARGET };
const RUN_TIMEOUT_MS = 5 * 60_000;
/** The generic phase is one test file, so one vitest worker runs it, with the live suite's 24 tests in flight. */
const RAW_CONCURRENCY = 24;
/** Runs per contender, in A B B A order so drift in the machine's load hits both alike. */
const RUNS_PER_CONTENDER = 2;
/** What the stand-in token endpoint hands out; Prism only checks that a bearer token is there. */
const BENCH_TOKEN = 'bench-token';

/**
 * Item 6. `npm run contract:live -- --generic --spec <corrected full spec>` against a Prism mock
 * of that spec, timed from start to exit, next to the same requests (the generic plan of the same
 * spec) sent with raw fetch to the same Prism, 24 in flight. contract:live needs a token endpoint
 * beside the API, which Prism does not serve, so both go through one small front on 127.0.0.1
 * that answers POST /oidc/token itself and pipes everything else to Prism. Prism's answers are
 * mocks, not Logto's, so the phase's pass/fail counts mean nothing here; the times do.
 */
export async function measureGeneric(): Promise<ItemResult> {
  const temp = await makeBenchTempDir('bench-generic');
  try {
    const specPath = path.join(temp.dir, 'full.yaml');
    const build = await runTsx('scripts/spec-build.ts', ['--out', specPath], { timeoutMs: RUN_TIMEOUT_MS });
    if (build.exitCode !== 0) throw new Error(`npm run spec:build exited ${build.exitCode}: ${build.tail.slice(-2).join(' | ')}`);
    const spec = await loadSpec(specPath);
    const { operations } = await operationsInScope(listOperations(spec), 'all');
    let n = 0;
    const cases = planGeneric(createContractContext(spec), operations, () => `ct-bench${(n += 1)}`).flatMap((p) => p.cases);

    const prism = await startPrism({ specPath, logFile: path.join(temp.dir, 'prism.log') });
    const front = await startFront(prism.baseUrl);
    try {
      const env: NodeJS.ProcessEnv = {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LOGTO_'))),
        LOGTO_ENDPOINT: front.url,
        LOGTO_M2M_APP_ID: 'bench-app',
        LOGTO_M2M_APP_SECRET: 'bench-secret',
        LOGTO_CONTRACT_EMAIL_CONNECTOR: 'absent',
        CONTRACT_LIVE_REPORTS_DIR: path.join(temp.dir, 'reports'),
      };
      const phase = (): Promise<CommandRun> => runNode([...npmScriptNodeArgs('contract:live'), '--generic', '--spec', specPath], { env, timeoutMs: RUN_TIMEOUT_MS, watch: TESTS_RAN_FOR });
      const raw = (): Promise<{ wallMs: number; failed: number }> => sendRaw(front.url, cases);
      // Un-timed: warms Prism, the transform cache and the front.
      await raw();
      const phaseRuns: CommandRun[] = [];
      const rawRuns: Array<{ wallMs: number; failed: number }> = [];
      for (let i = 0; i < RUNS_PER_CONTENDER; i++) {
        if (i % 2 === 0) {
          phaseRuns.push(await phase());
          rawRuns.push(await raw());
        } else {
          rawRuns.push(await raw());
          phaseRuns.push(await phase());
        }
      }
      const summaries = phaseRuns.map((r) => findSummaryLine(r.tail));
      if (summaries.some((s) => s === undefined)) {
        const bad = phaseRuns[summaries.findIndex((s) => s === undefined)] as CommandRun;
        throw new Error(`contract:live --generic exited ${bad.exitCode} without a "N passed, N failed" line: ${bad.tail.slice(-3).join(' | ')}`);
      }
      const phaseMs = median(phaseRuns.map((r) => r.wallMs));
      const testsRuns = phaseRuns.map((r) => testsSeconds(r) * 1000).filter((ms) => !Number.isNaN(ms));
      const testsMs = testsRuns.length > 0 ? median(testsRuns) : Number.NaN;
      const rawMs = median(rawRuns.map((r) => r.wallMs));
      const wallRatio = ratio(phaseMs, rawMs);
      const testsRatio = Number.isNaN(testsMs) ? undefined : ratio(testsMs, rawMs);
      const notes = [
        `${cases.length} requests over ${operations.length} operations (${countBy(cases)}); contract:live closed with "${[...new Set(summaries.map((s) => s?.line))].join(' / ')}" against the mock (Prism's mocked answers are not Logto's; failures there are expected and not timed apart).`,
        `Median of ${RUNS_PER_CONTENDER} runs each, A B B A order, after one un-timed raw pass. The wall includes starting npm's tsx, the preflight, vitest and its worker, loading and planning the spec, checking every answer and writing the reports.`,
      ];
      if (testsRatio !== undefined) notes.push(`Inside the run, the tests took ${(testsMs / 1000).toFixed(2)} s (vitest's "tests ran for" line): ${testsRatio.toFixed(2)}x raw fetch; the rest of the wall is start-up and reports.`);
      if (rawRuns.some((r) => r.failed > 0)) notes.push(`${Math.max(...rawRuns.map((r) => r.failed))} raw request(s) got no answer.`);
      return {
        item: 6,
        title: TITLE,
        target: TARGET,
        measured: `${(phaseMs / 1000).toFixed(1)} s wall; ${wallRatio.toFixed(2)}x raw fetch (${(rawMs / 1000).toFixed(2)} s)`,
        status: 'measured',
        notes,
        sideBySide: [
          { contender: 'npm run contract:live -- --generic (wall)', value: `${(phaseMs / 1000).toFixed(2)} s`, relative: `${wallRatio.toFixed(2)}x` },
          ...(testsRatio !== undefined ? [{ contender: 'its tests alone (send + check)', value: `${(testsMs / 1000).toFixed(2)} s`, relative: `${testsRatio.toFixed(2)}x` }] : []),
          { contender: `raw fetch, same requests, ${RAW_CONCURRENCY} in flight`, value: `${(rawMs / 1000).toFixed(2)} s`, relative: '1.00x' },
        ],
        figures: {
          command: 'npm run contract:live -- --generic --spec <npm run spec:build output> (LOGTO_ENDPOINT = a token front of a Prism mock)',
          operations: operations.length,
          requests: cases.length,
          phaseWallMs: phaseRuns.map((r) => Math.round(r.wallMs)),
          phaseTestsMs: phaseRuns.map((r) => Math.round(testsSeconds(r) * 1000)),
          rawMs: rawRuns.map((r) => Math.round(r.wallMs)),
          phaseToRaw: wallRatio,
          phaseTestsToRaw: testsRatio ?? null,
          summaries: summaries.map((s) => s?.line ?? null),
        },
      };
    } finally {
      await front.stop();
      await prism.stop();
    }
  } finally {
    await temp.remove();
  }
}

/** The generic plan sent with nothing but fetch: each answer read to the end, nothing checked. */
async function sendRaw(base: string, cases: readonly GenericCase[]): Promise<{ wallMs: number; failed: number }> {
  const authorization: Record<GenericCase['credential'], string | undefined> = { none: undefined, garbage: `Bearer ${GARBAGE_TOKEN}`, scopeless: `Bearer ${BENCH_TOKEN}-scopeless`, run: `Bearer ${BENCH_TOKEN}` };
  let failed = 0;
  const started = performance.now();
  await mapConcurrent(cases, RAW_CONCURRENCY, async (c) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    const auth = authorization[c.credential];
    if (auth) headers.authorization = auth;
    if (c.json !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await fetch(`${base}${c.target}`, { method: c.method, headers, ...(c.json === undefined ? {} : { body: JSON.stringify(c.json) }) });
      await response.text();
    } catch {
      failed += 1;
    }
  });
  return { wallMs: performance.now() - started, failed };
}

// contract:live's `[contract:live] tests ran for N s` line; the generic grid it prints after it can push it out of a run's tail.
const TESTS_RAN_FOR = /tests ran for ([\d.]+) s/;

/** Seconds from a run's "tests ran for" line, NaN when it printed none. */
function testsSeconds(run: CommandRun): number {
  const match = run.watched === undefined ? null : TESTS_RAN_FOR.exec(run.watched);
  return match ? Number(match[1]) : Number.NaN;
}

function countBy(cases: readonly GenericCase[]): string {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.check, (counts.get(c.check) ?? 0) + 1);
  return [...counts].map(([check, count]) => `${count} ${check}`).join(', ');
}

/**
 * The stand-in for a Logto root: POST /oidc/token answers a token (any credentials), everything
 * else is piped to Prism unchanged.
 */
async function startFront(prismUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const target = new URL(prismUrl);
  const server: Server = createServer((req, res) => {
    if (req.method === 'POST' && req.url?.startsWith('/oidc/token')) {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ access_token: BENCH_TOKEN, expires_in: 3600, token_type: 'Bearer', scope: 'all' }));
      });
      return;
    }
    const forwarded = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forwarded.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
