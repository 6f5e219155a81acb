import type { ItemMeta, ItemResult } from './item-result.js';
import { npmScriptNodeArgs, runNode, type CommandRun } from './run-command.js';
import { median, ratio } from './stats.js';
import { findVitestDurationLine } from './vitest-duration.js';
import { findSummaryLine } from '../../common/process/index.js';

const TITLE = 'Live suite vs reference server';
const TARGET = 'concurrent faster than serial (no figure set)';
export const LIVE_ITEM: ItemMeta = { item: 5, title: TITLE, target: TARGET };
const RUN_TIMEOUT_MS = 8 * 60_000;

/** Without LOGTO_* variables contract:live starts the embedded reference server; never aim at a real one. */
function referenceServerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LOGTO_')));
}

async function runLive(args: string[]): Promise<{ run: CommandRun; summary: NonNullable<ReturnType<typeof findSummaryLine>> }> {
  const run = await runNode([...npmScriptNodeArgs('contract:live'), ...args], { env: referenceServerEnv(), timeoutMs: RUN_TIMEOUT_MS });
  const summary = findSummaryLine(run.tail);
  if (!summary) throw new Error(`npm run contract:live ${args.join(' ')} exited ${run.exitCode} without a "N passed, N failed" line: ${run.tail.slice(-3).join(' | ')}`);
  return { run, summary };
}

interface LiveOptions {
  /** Runs per mode, in A B B A order so drift in the machine's load hits both alike. */
  runsPerMode: number;
}

export const LIVE_DEFAULTS: LiveOptions = { runsPerMode: 2 };

type LiveRun = Awaited<ReturnType<typeof runLive>>;

/** Item 5: `npm run contract:live` as shipped (concurrent) and with its `--serial` flag. */
export async function measureLive(options: LiveOptions): Promise<ItemResult> {
  // Un-timed first run: whichever mode ran first would otherwise pay for cold file and transform caches.
  await runLive([]);
  const runs: { concurrent: LiveRun[]; serial: LiveRun[] } = { concurrent: [], serial: [] };
  for (let i = 0; i < options.runsPerMode; i++) {
    const order = i % 2 === 0 ? (['concurrent', 'serial'] as const) : (['serial', 'concurrent'] as const);
    for (const mode of order) runs[mode].push(await runLive(mode === 'serial' ? ['--serial'] : []));
  }
  const concurrentMs = median(runs.concurrent.map((r) => r.run.wallMs));
  const serialMs = median(runs.serial.map((r) => r.run.wallMs));
  const speedup = ratio(serialMs, concurrentMs);
  const met = concurrentMs < serialMs;
  const lines = (mode: keyof typeof runs): string => [...new Set(runs[mode].map((r) => r.summary.line))].join(' / ');
  const notes = [`concurrent: "${lines('concurrent')}"; serial: "${lines('serial')}" (after an un-timed warm-up run, median of ${options.runsPerMode} runs each, A B B A order).`];
  const vitestLine = (mode: keyof typeof runs): string => findVitestDurationLine(runs[mode][0]?.run.tail ?? []) ?? 'no Duration line';
  notes.push(`vitest, concurrent: ${vitestLine('concurrent')}; serial: ${vitestLine('serial')}.`);
  if ([...runs.concurrent, ...runs.serial].some((r) => r.summary.failed > 0)) notes.push('The live suite had failures; its times still count but the suite is not green.');
  if (!met) notes.push(`MISSED: the concurrent run (${(concurrentMs / 1000).toFixed(1)} s) was not faster than the serial one (${(serialMs / 1000).toFixed(1)} s).`);
  return {
    item: 5,
    title: TITLE,
    target: TARGET,
    measured: `${(concurrentMs / 1000).toFixed(1)} s concurrent, ${(serialMs / 1000).toFixed(1)} s serial (${speedup.toFixed(2)}x)`,
    status: met ? 'met' : 'missed',
    notes,
    sideBySide: [
      { contender: 'npm run contract:live (concurrent)', value: `${(concurrentMs / 1000).toFixed(1)} s`, relative: '1.00x' },
      { contender: 'npm run contract:live -- --serial', value: `${(serialMs / 1000).toFixed(1)} s`, relative: `${speedup.toFixed(2)}x` },
    ],
    figures: {
      commands: { concurrent: 'npm run contract:live', serial: 'npm run contract:live -- --serial' },
      concurrentMedianMs: Math.round(concurrentMs),
      serialMedianMs: Math.round(serialMs),
      serialToConcurrent: speedup,
      runsPerMode: options.runsPerMode,
      concurrentRunsMs: runs.concurrent.map((r) => Math.round(r.run.wallMs)),
      serialRunsMs: runs.serial.map((r) => Math.round(r.run.wallMs)),
      concurrentSummaries: runs.concurrent.map((r) => r.summary.line),
      serialSummaries: runs.serial.map((r) => r.summary.line),
      exitCodes: { concurrent: runs.concurrent.map((r) => r.run.exitCode), serial: runs.serial.map((r) => r.run.exitCode) },
    },
  };
}
