import type { ItemMeta, ItemResult } from './item-result.js';
import { npmScriptNodeArgs, runNode, type CommandRun } from './run-command.js';
import { median, ratio } from './stats.js';
import { benchTarget, sendWholeApiBare, type BareRun } from './whole-api-bare.js';
import { findSummaryLine } from '../../common/process/index.js';

const TITLE = 'Whole-API live run vs the same requests sent bare (real Logto)';
const TARGET = '<= 1.3x the bare requests, and under 90 s';
export const WHOLE_API_ITEM: ItemMeta = { item: 9, title: TITLE, target: TARGET };
const RUN_TIMEOUT_MS = 10 * 60_000;
/** The live suite runs up to 24 tests at once in each of its two workers (contract-tests/live/vitest.config.ts). */
const LIVE_CONCURRENCY = 48;

interface WholeApiOptions {
  /** Runs of each, in A B B A order so a drift in the machine's (and the server's) load hits both alike. */
  runsPerSide: number;
}

export const WHOLE_API_DEFAULTS: WholeApiOptions = { runsPerSide: 2 };

/**
 * Item 9: `npm run contract:live -- --whole-api` against the Logto the LOGTO_* variables name
 * (every answer checked, everything recorded, created and deleted), beside the same requests sent
 * bare at the same concurrency (whole-api-bare.ts): how much the suite adds to the time the server
 * itself needs. Without a Logto there is nothing to measure, and the item says so.
 */
export async function measureWholeApi(options: WholeApiOptions): Promise<ItemResult> {
  const settings = benchTarget();
  if (typeof settings === 'string') return { ...WHOLE_API_ITEM, measured: 'n/a', status: 'skipped', notes: [settings], sideBySide: [], figures: {} };
  const env = { ...process.env, LOGTO_CONTRACT_ALLOW_WRITES: '1', LOGTO_CONTRACT_ALLOW_SETTINGS: '0' };
  const live = async (): Promise<CommandRun> => {
    const run = await runNode([...npmScriptNodeArgs('contract:live'), '--whole-api'], { env, timeoutMs: RUN_TIMEOUT_MS });
    if (!findSummaryLine(run.tail)) throw new Error(`contract:live --whole-api exited ${run.exitCode} without a closing line: ${run.tail.slice(-3).join(' | ')}`);
    return run;
  };
  const runs: { live: CommandRun[]; bare: BareRun[] } = { live: [], bare: [] };
  for (let i = 0; i < options.runsPerSide; i++) {
    for (const side of i % 2 === 0 ? (['live', 'bare'] as const) : (['bare', 'live'] as const)) {
      if (side === 'live') runs.live.push(await live());
      else runs.bare.push(await sendWholeApiBare(settings, LIVE_CONCURRENCY));
    }
  }
  const liveMs = median(runs.live.map((r) => r.wallMs));
  const bareMs = median(runs.bare.map((r) => r.ms));
  const overhead = ratio(liveMs, bareMs);
  const met = overhead <= 1.3 && liveMs < 90_000;
  const lines = [...new Set(runs.live.map((r) => findSummaryLine(r.tail)?.line ?? '?'))].join(' / ');
  const notes = [
    `contract:live --whole-api: "${lines}"; the bare run sent the tests' ${runs.bare[0]?.requests ?? 0} requests ${LIVE_CONCURRENCY} at a time, and before and after them what the run reads of the target (its served spec, every tenant-wide setting, its connectors, the sweep by prefix) (medians of ${options.runsPerSide} runs each, A B B A).`,
  ];
  if (!met) notes.push(`MISSED: ${overhead.toFixed(2)}x the bare requests${liveMs >= 90_000 ? `, and ${(liveMs / 1000).toFixed(1)} s is over 90 s` : ''}.`);
  return {
    ...WHOLE_API_ITEM,
    measured: `${(liveMs / 1000).toFixed(1)} s, ${overhead.toFixed(2)}x the bare requests (${(bareMs / 1000).toFixed(1)} s)`,
    status: met ? 'met' : 'missed',
    notes,
    sideBySide: [
      { contender: 'npm run contract:live -- --whole-api (whole process)', value: `${(liveMs / 1000).toFixed(1)} s`, relative: `${overhead.toFixed(2)}x` },
      { contender: `the same requests, bare, ${LIVE_CONCURRENCY} at a time`, value: `${(bareMs / 1000).toFixed(1)} s`, relative: '1.00x' },
    ],
    figures: { liveMedianMs: Math.round(liveMs), bareMedianMs: Math.round(bareMs), liveToBare: overhead, liveRunsMs: runs.live.map((r) => Math.round(r.wallMs)), bareRunsMs: runs.bare.map((r) => Math.round(r.ms)), bareRequests: runs.bare.map((r) => r.requests), concurrency: LIVE_CONCURRENCY },
  };
}
