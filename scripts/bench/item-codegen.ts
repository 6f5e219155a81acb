import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { runGenerate } from '../codegen/run-generate.js';
import type { ItemMeta, ItemResult } from './item-result.js';
import { OUR_SPEC, OUR_SPEC_ARG } from '../../common/paths.js';
import { makeBenchTempDir } from './repo-paths.js';
import { npmScriptNodeArgs, runNode } from './run-command.js';
import { median, ratio, round } from './stats.js';

interface CodegenOptions {
  /** Cold (new process) and warm (in-process) runs per contender, each interleaved. */
  rounds: number;
}

export const CODEGEN_DEFAULTS: CodegenOptions = { rounds: 3 };

// Our spec is the whole Management API (284 operations), so this is the `npm run generate` users wait for.
const TITLE = `Codegen, our full spec (${OUR_SPEC_ARG}, 284 ops)`;
// Issue 14's target: what we add on top of openapi-typescript (our API classes, iterators, the
// checks and the header) costs at most a fifth of its own time, both started cold.
const TARGET_RATIO = 1.2;
const TARGET = `ours (cold CLI) <= ${TARGET_RATIO}x openapi-typescript alone (cold)`;
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
  const spec = OUR_SPEC;
  const specUrl = pathToFileURL(spec);
  const temp = await makeBenchTempDir('bench-codegen');
  try {
    const oursOnce = async (name: string): Promise<void> => {
      const result = await runGenerate(['--spec', spec, '--out', path.join(temp.dir, name)]);
      if (result.exitCode !== 0) throw new Error(`codegen failed on ${OUR_SPEC_ARG}: ${result.stderr.join(' ')}`);
    };
    const otsOnce = async (): Promise<void> => {
      astToString(await openapiTS(specUrl, { silent: true }));
    };

    const oursColdOnce = async (r: number): Promise<number> => {
      // Exactly what `npm run generate` runs (its package.json script): one node process.
      const run = await runNode([...npmScriptNodeArgs('generate'), '--spec', spec, '--out', path.join(temp.dir, `cold-${r + 1}`)]);
      if (run.exitCode !== 0) throw new Error(`npm run generate on ${OUR_SPEC_ARG} exited ${run.exitCode}: ${run.tail.slice(-3).join(' ')}`);
      return run.wallMs;
    };
    const otsColdOnce = async (): Promise<number> => {
      const run = await runNode(['--input-type=module', '-e', OTS_COLD_SCRIPT, specUrl.href]);
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
    const coldRatio = ratio(oursColdMs, otsColdMs);
    const met = coldRatio <= TARGET_RATIO;
    const notes: string[] = [];
    if (!met) notes.push(`MISSED by ${(coldRatio - TARGET_RATIO).toFixed(2)}x: a cold \`npm run generate\` took ${(oursColdMs / 1000).toFixed(2)} s, ${coldRatio.toFixed(2)}x openapi-typescript alone cold (${(otsColdMs / 1000).toFixed(2)} s).`);
    return {
      item: 3,
      title: TITLE,
      target: TARGET,
      measured: `${coldRatio.toFixed(2)}x cold (${(oursColdMs / 1000).toFixed(2)} s vs ${(otsColdMs / 1000).toFixed(2)} s, medians); warm ${(oursWarmMs / 1000).toFixed(2)} s vs openapi-typescript ${(otsWarmMs / 1000).toFixed(2)} s`,
      status: met ? 'met' : 'missed',
      notes,
      sideBySide: [
        { contender: `ours, cold (npm run generate, median of ${options.rounds})`, value: seconds(oursColdMs), relative: `${coldRatio.toFixed(2)}x` },
        { contender: `openapi-typescript alone, cold (median of ${options.rounds})`, value: seconds(otsColdMs), relative: '1.00x' },
        { contender: `ours, warm (median of ${options.rounds})`, value: seconds(oursWarmMs), relative: `${ratio(oursWarmMs, otsWarmMs).toFixed(2)}x` },
        { contender: `openapi-typescript alone, warm (median of ${options.rounds})`, value: seconds(otsWarmMs), relative: '1.00x' },
      ],
      figures: {
        spec: OUR_SPEC_ARG,
        oursToOpenapiTypescriptCold: coldRatio,
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
