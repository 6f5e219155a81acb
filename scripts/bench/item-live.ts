import type { ItemMeta, ItemResult } from './item-result.js';
import { runTsx, type CommandRun } from './run-command.js';
import { ratio } from './stats.js';
import { findSummaryLine } from './summary-line.js';

const TITLE = 'Live suite vs reference server';
const TARGET = 'concurrent faster than serial (no figure set)';
export const LIVE_ITEM: ItemMeta = { item: 5, title: TITLE, target: TARGET };
const RUN_TIMEOUT_MS = 8 * 60_000;

/** Without LOGTO_* variables contract:live starts the embedded reference server; never aim at a real one. */
function referenceServerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LOGTO_')));
}

async function runLive(args: string[]): Promise<{ run: CommandRun; summary: NonNullable<ReturnType<typeof findSummaryLine>> }> {
  const run = await runTsx('scripts/contract-live.ts', args, { env: referenceServerEnv(), timeoutMs: RUN_TIMEOUT_MS });
  const summary = findSummaryLine(run.tail);
  if (!summary) throw new Error(`npm run contract:live ${args.join(' ')} exited ${run.exitCode} without a "N passed, N failed" line: ${run.tail.slice(-3).join(' | ')}`);
  return { run, summary };
}

/** Item 5: `npm run contract:live` as shipped (concurrent) and with its `--serial` flag. */
export async function measureLive(): Promise<ItemResult> {
  const concurrent = await runLive([]);
  const serial = await runLive(['--serial']);
  const speedup = ratio(serial.run.wallMs, concurrent.run.wallMs);
  const met = concurrent.run.wallMs < serial.run.wallMs;
  const notes = [`concurrent: "${concurrent.summary.line}"; serial: "${serial.summary.line}".`];
  if (concurrent.summary.failed > 0 || serial.summary.failed > 0) notes.push('The live suite had failures; its times still count but the suite is not green.');
  if (!met) notes.push('MISSED: the concurrent run was not faster than the serial one.');
  return {
    item: 5,
    title: TITLE,
    target: TARGET,
    measured: `${(concurrent.run.wallMs / 1000).toFixed(1)} s concurrent, ${(serial.run.wallMs / 1000).toFixed(1)} s serial (${speedup.toFixed(2)}x)`,
    status: met ? 'met' : 'missed',
    notes,
    sideBySide: [
      { contender: 'npm run contract:live (concurrent)', value: `${(concurrent.run.wallMs / 1000).toFixed(1)} s`, relative: '1.00x' },
      { contender: 'npm run contract:live -- --serial', value: `${(serial.run.wallMs / 1000).toFixed(1)} s`, relative: `${speedup.toFixed(2)}x` },
    ],
    figures: {
      commands: { concurrent: 'npm run contract:live', serial: 'npm run contract:live -- --serial' },
      concurrentWallMs: Math.round(concurrent.run.wallMs),
      serialWallMs: Math.round(serial.run.wallMs),
      serialToConcurrent: speedup,
      concurrentSummary: concurrent.summary.line,
      serialSummary: serial.summary.line,
      concurrentExitCode: concurrent.run.exitCode,
      serialExitCode: serial.run.exitCode,
    },
  };
}
