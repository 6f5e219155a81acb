import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchArgs } from './bench-args.js';
import { BUNDLE_SIZE_ITEM, measureBundleSize } from './item-bundle-size.js';
import { COLD_START_DEFAULTS, COLD_START_ITEM, measureColdStart } from './item-cold-start.js';
import { CODEGEN_DEFAULTS, CODEGEN_ITEM, measureCodegen } from './item-codegen.js';
import { GENERIC_ITEM, measureGeneric } from './item-generic.js';
import { LIVE_DEFAULTS, LIVE_ITEM, measureLive } from './item-live.js';
import { measureMockContract, MOCK_CONTRACT_ITEM } from './item-mock-contract.js';
import { measureOverhead, OVERHEAD_DEFAULTS, OVERHEAD_ITEM } from './item-overhead.js';
import { errorResult, type ItemMeta, type ItemResult } from './item-result.js';
import { measureTokenRequests, TOKEN_REQUESTS_ITEM } from './item-token-requests.js';
import { measureWholeApi, WHOLE_API_DEFAULTS, WHOLE_API_ITEM } from './item-whole-api.js';
import { BENCH_MARKDOWN, BENCH_REPORT, REPO_ROOT } from './repo-paths.js';
import { renderMarkdownReport } from './render-table.js';
import { startChild } from '../../common/process/index.js';

interface ItemPlan extends ItemMeta {
  run: () => Promise<ItemResult>;
}

function plans(args: BenchArgs): ItemPlan[] {
  return [
    { ...OVERHEAD_ITEM, run: () => measureOverhead({ ...OVERHEAD_DEFAULTS, rounds: args.rounds ?? OVERHEAD_DEFAULTS.rounds, breakdown: args.breakdown }) },
    { ...TOKEN_REQUESTS_ITEM, run: measureTokenRequests },
    { ...CODEGEN_ITEM, run: () => measureCodegen(CODEGEN_DEFAULTS) },
    { ...MOCK_CONTRACT_ITEM, run: measureMockContract },
    { ...LIVE_ITEM, run: () => measureLive(LIVE_DEFAULTS) },
    { ...GENERIC_ITEM, run: measureGeneric },
    { ...BUNDLE_SIZE_ITEM, run: measureBundleSize },
    { ...COLD_START_ITEM, run: () => measureColdStart(COLD_START_DEFAULTS) },
    { ...WHOLE_API_ITEM, run: () => measureWholeApi(WHOLE_API_DEFAULTS) },
  ];
}

/** The commit the figures belong to, or null outside a git checkout. */
async function gitCommit(): Promise<string | null> {
  let out = '';
  try {
    const git = startChild('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, output: 'capture', onStdout: (chunk) => (out += chunk.toString()) });
    const end = await git.ended;
    return end.code === 0 && out.trim() !== '' ? out.trim() : null;
  } catch {
    return null;
  }
}

interface BenchRun {
  results: ItemResult[];
  reportPath: string;
  loadAverageStart: number;
  loadAverageEnd: number;
}

/**
 * Runs the chosen items one after another (never in parallel: they would time each other) and
 * writes bench.json. An item that throws is reported as not measured; the others still run.
 */
export async function runBench(args: BenchArgs, argv: readonly string[], log: (line: string) => void): Promise<BenchRun> {
  const startedAt = new Date();
  const loadAverageStart = os.loadavg()[0] ?? 0;
  const results: ItemResult[] = [];
  for (const plan of plans(args).filter((p) => args.only.includes(p.item))) {
    log(`bench: [${plan.item}] ${plan.title} ...`);
    const started = performance.now();
    let result: ItemResult;
    try {
      result = await plan.run();
    } catch (error) {
      // A missing fixture or a suite that cannot start spoils one item, not the whole report.
      result = errorResult(plan.item, plan.title, plan.target, error);
    }
    results.push(result);
    log(`bench: [${plan.item}] ${result.status === 'error' ? 'NOT MEASURED' : result.status.toUpperCase()}: ${result.measured} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  const loadAverageEnd = os.loadavg()[0] ?? 0;
  const report = {
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    command: `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`,
    environment: {
      node: process.versions.node,
      platform: `${process.platform} ${process.arch}`,
      cpus: os.cpus().length,
      // Context for reading the figures: other work on the machine slows everything measured.
      loadAverage1mStart: Number(loadAverageStart.toFixed(2)),
      loadAverage1mEnd: Number(loadAverageEnd.toFixed(2)),
      commit: await gitCommit(),
    },
    items: results,
  };
  await mkdir(path.dirname(BENCH_REPORT), { recursive: true });
  await writeFile(BENCH_REPORT, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(BENCH_MARKDOWN, renderMarkdownReport(results));
  return { results, reportPath: BENCH_REPORT, loadAverageStart, loadAverageEnd };
}
