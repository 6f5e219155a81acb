import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { runGenerate } from '../codegen/run-generate.js';
import type { ItemMeta, ItemResult } from './item-result.js';
import { LOGTO_FIXTURE_ARG, makeBenchTempDir, requireFixture } from './repo-paths.js';
import { runNode, runTsx } from './run-command.js';
import { median, ratio, round } from './stats.js';

export interface CodegenOptions {
  /** Cold (new process) and warm (in-process) runs per contender, each interleaved. */
  rounds: number;
}

export const CODEGEN_DEFAULTS: CodegenOptions = { rounds: 3 };

const TITLE = 'Codegen, full Logto 1.42 spec (284 ops)';
const TARGET_MS = 5000;
const TARGET = `ours (cold CLI) <= ${TARGET_MS / 1000} s`;
export const CODEGEN_ITEM: ItemMeta = { item: 3, title: TITLE, target: TARGET };

// The same work openapi-typescript's Node API does for us, in a fresh process, for a cold figure.
const OTS_COLD_SCRIPT =
  "import openapiTS, { astToString } from 'openapi-typescript';" +
  'astToString(await openapiTS(new URL(process.argv[1]), { silent: true }));';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * Item 3. Cold: each tool in a new process (what `npm run generate` feels like); the target is
 * checked against ours cold. Warm: both in this process. Alternating runs, medians.
 */
export async function measureCodegen(options: CodegenOptions): Promise<ItemResult> {
  const fixture = requireFixture();
  const fixtureUrl = pathToFileURL(fixture);
  const temp = await makeBenchTempDir('bench-codegen');
  try {
    const oursOnce = async (name: string): Promise<void> => {
      const result = await runGenerate(['--spec', fixture, '--out', path.join(temp.dir, name)]);
      if (result.exitCode !== 0) throw new Error(`codegen failed on ${LOGTO_FIXTURE_ARG}: ${result.stderr.join(' ')}`);
    };
    const otsOnce = async (): Promise<void> => {
      astToString(await openapiTS(fixtureUrl, { silent: true }));
    };

    const oursColdOnce = async (r: number): Promise<number> => {
      const run = await runTsx('scripts/generate.ts', ['--spec', fixture, '--out', path.join(temp.dir, `cold-${r + 1}`)]);
      if (run.exitCode !== 0) throw new Error(`npm run generate on ${LOGTO_FIXTURE_ARG} exited ${run.exitCode}: ${run.tail.slice(-3).join(' ')}`);
      return run.wallMs;
    };
    const otsColdOnce = async (): Promise<number> => {
      const run = await runNode(['--input-type=module', '-e', OTS_COLD_SCRIPT, fixtureUrl.href]);
      if (run.exitCode !== 0) throw new Error(`openapi-typescript alone exited ${run.exitCode}: ${run.tail.slice(-3).join(' ')}`);
      return run.wallMs;
    };
    // Un-timed first pass: the OS file cache and tsx's transform cache, which any second run has.
    await oursColdOnce(-1);
    await otsColdOnce();
    const oursColdRuns: number[] = [];
    const otsColdRuns: number[] = [];
    for (let r = 0; r < options.rounds; r++) {
      oursColdRuns.push(await oursColdOnce(r));
      otsColdRuns.push(await otsColdOnce());
    }
    const oursColdMs = median(oursColdRuns);
    const otsColdMs = median(otsColdRuns);

    const oursWarm: number[] = [];
    const otsWarm: number[] = [];
    for (let r = 0; r < options.rounds; r++) {
      // Alternate who goes first, so neither always inherits the other's garbage.
      if (r % 2 === 0) {
        oursWarm.push(await timeIt(() => oursOnce(`warm-${r}`)));
        otsWarm.push(await timeIt(otsOnce));
      } else {
        otsWarm.push(await timeIt(otsOnce));
        oursWarm.push(await timeIt(() => oursOnce(`warm-${r}`)));
      }
    }

    const oursWarmMs = median(oursWarm);
    const otsWarmMs = median(otsWarm);
    const met = oursColdMs <= TARGET_MS;
    const notes: string[] = [];
    if (!met) notes.push(`MISSED: a cold \`npm run generate\` on the full spec took ${(oursColdMs / 1000).toFixed(2)} s (openapi-typescript alone, cold: ${(otsColdMs / 1000).toFixed(2)} s).`);
    return {
      item: 3,
      title: TITLE,
      target: TARGET,
      measured: `${(oursColdMs / 1000).toFixed(2)} s cold (median); warm ${(oursWarmMs / 1000).toFixed(2)} s vs openapi-typescript ${(otsWarmMs / 1000).toFixed(2)} s`,
      status: met ? 'met' : 'missed',
      notes,
      sideBySide: [
        { contender: `ours, cold (npm run generate, median of ${options.rounds})`, value: seconds(oursColdMs), relative: `${ratio(oursColdMs, otsColdMs).toFixed(2)}x` },
        { contender: `openapi-typescript alone, cold (median of ${options.rounds})`, value: seconds(otsColdMs), relative: '1.00x' },
        { contender: `ours, warm (median of ${options.rounds})`, value: seconds(oursWarmMs), relative: `${ratio(oursWarmMs, otsWarmMs).toFixed(2)}x` },
        { contender: `openapi-typescript alone, warm (median of ${options.rounds})`, value: seconds(otsWarmMs), relative: '1.00x' },
      ],
      figures: {
        spec: LOGTO_FIXTURE_ARG,
        oursColdCliMedianMs: Math.round(oursColdMs),
        openapiTypescriptColdMedianMs: Math.round(otsColdMs),
        oursColdRunsMs: oursColdRuns.map((v) => round(v, 0)),
        openapiTypescriptColdRunsMs: otsColdRuns.map((v) => round(v, 0)),
        oursWarmMedianMs: Math.round(oursWarmMs),
        openapiTypescriptWarmMedianMs: Math.round(otsWarmMs),
        oursToOpenapiTypescriptWarm: ratio(oursWarmMs, otsWarmMs),
        oursWarmRunsMs: oursWarm.map((v) => round(v, 0)),
        openapiTypescriptWarmRunsMs: otsWarm.map((v) => round(v, 0)),
      },
    };
  } finally {
    await temp.remove();
  }
}
