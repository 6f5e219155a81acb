import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { runGenerate } from '../codegen/run-generate.js';
import type { ItemMeta, ItemResult } from './item-result.js';
import { LOGTO_FIXTURE_ARG, makeBenchTempDir, requireFixture } from './repo-paths.js';
import { runNode, runTsx } from './run-command.js';
import { median, ratio, round } from './stats.js';

export interface CodegenOptions {
  /** In-process (warm) runs per contender, interleaved. */
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
 * checked against ours cold. Warm: both in this process, alternating, medians.
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

    const oursCold = await runTsx('scripts/generate.ts', ['--spec', fixture, '--out', path.join(temp.dir, 'cold')]);
    if (oursCold.exitCode !== 0) throw new Error(`npm run generate on ${LOGTO_FIXTURE_ARG} exited ${oursCold.exitCode}: ${oursCold.tail.slice(-3).join(' ')}`);
    const otsCold = await runNode(['--input-type=module', '-e', OTS_COLD_SCRIPT, fixtureUrl.href]);
    if (otsCold.exitCode !== 0) throw new Error(`openapi-typescript alone exited ${otsCold.exitCode}: ${otsCold.tail.slice(-3).join(' ')}`);

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
    const met = oursCold.wallMs <= TARGET_MS;
    const notes: string[] = [];
    if (!met) notes.push(`MISSED: a cold \`npm run generate\` on the full spec took ${(oursCold.wallMs / 1000).toFixed(2)} s (openapi-typescript alone, cold: ${(otsCold.wallMs / 1000).toFixed(2)} s).`);
    return {
      item: 3,
      title: TITLE,
      target: TARGET,
      measured: `${(oursCold.wallMs / 1000).toFixed(2)} s cold; warm ${(oursWarmMs / 1000).toFixed(2)} s vs openapi-typescript ${(otsWarmMs / 1000).toFixed(2)} s`,
      status: met ? 'met' : 'missed',
      notes,
      sideBySide: [
        { contender: 'ours, cold (npm run generate)', value: seconds(oursCold.wallMs), relative: `${ratio(oursCold.wallMs, otsCold.wallMs).toFixed(2)}x` },
        { contender: 'openapi-typescript alone, cold', value: seconds(otsCold.wallMs), relative: '1.00x' },
        { contender: `ours, warm (median of ${options.rounds})`, value: seconds(oursWarmMs), relative: `${ratio(oursWarmMs, otsWarmMs).toFixed(2)}x` },
        { contender: `openapi-typescript alone, warm (median of ${options.rounds})`, value: seconds(otsWarmMs), relative: '1.00x' },
      ],
      figures: {
        spec: LOGTO_FIXTURE_ARG,
        oursColdCliMs: Math.round(oursCold.wallMs),
        openapiTypescriptColdMs: Math.round(otsCold.wallMs),
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
