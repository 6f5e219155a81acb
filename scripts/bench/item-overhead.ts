import { logtoApiContender, oursContender, openapiFetchContender, rawFetchContender, type Contender } from './contenders.js';
import { startFakeLogtoServer } from './fake-logto-server.js';
import { LAYER_NAMES, layerContenders } from './layer-contenders.js';
import type { ItemMeta, ItemResult } from './item-result.js';
import { median, ratio, rotation, round } from './stats.js';

export interface OverheadOptions {
  rounds: number;
  /** Calls per contender per round, taken in turns; the round's figure is their median. */
  callsPerRound: number;
  warmupCalls: number;
  /** Also time openapi-fetch with one layer of our client at a time. */
  breakdown: boolean;
}

export const OVERHEAD_DEFAULTS: OverheadOptions = { rounds: 15, callsPerRound: 300, warmupCalls: 500, breakdown: true };

const TITLE = 'Per-call overhead vs raw fetch';
const TARGET_RATIO = 1.1;
const TARGET = `ours / raw fetch <= ${TARGET_RATIO.toFixed(2)}`;
export const OVERHEAD_ITEM: ItemMeta = { item: 1, title: TITLE, target: TARGET };

async function warmUp(contender: Contender, calls: number): Promise<void> {
  for (let i = 0; i < calls; i++) await contender.call();
}

/**
 * One round: `calls` calls per contender, taken in turns (call 1 of each, then call 2 of each, in an
 * order that rotates every turn), so a burst of outside load hits every contender alike. Returns
 * each contender's median µs per call: a call that lost the CPU to another process is an outlier,
 * not the client's cost.
 */
async function runInterleavedRound(contenders: readonly Contender[], calls: number, round: number): Promise<Map<string, number>> {
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let i = 0; i < calls; i++) {
    for (const contender of rotation(contenders, round + i)) {
      const started = performance.now();
      await contender.call();
      times.get(contender.name)?.push((performance.now() - started) * 1000);
    }
  }
  return new Map([...times].map(([name, micros]) => [name, median(micros)]));
}

/**
 * Item 1. All contenders hit the same 127.0.0.1 stand-in over keep-alive connections, one call at
 * a time, interleaved; the figure per contender is the median over rounds.
 */
export async function measureOverhead(options: OverheadOptions): Promise<ItemResult> {
  const server = await startFakeLogtoServer();
  const notes: string[] = [];
  try {
    const contenders: Contender[] = [rawFetchContender(server.endpoint), openapiFetchContender(server.endpoint), oursContender(server.endpoint)];
    if (options.breakdown) contenders.push(...layerContenders(server.endpoint));
    try {
      contenders.push(await logtoApiContender(server.endpoint));
    } catch (error) {
      notes.push(`@logto/api could not be loaded on Node ${process.versions.node}: ${error instanceof Error ? error.message : String(error)}`);
    }

    // Warm-up: JIT, keep-alive sockets, and the token caches of ours and @logto/api.
    for (const contender of contenders) await warmUp(contender, options.warmupCalls);
    server.resetCounts();

    const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
    for (let r = 0; r < options.rounds; r++) {
      const perCall = await runInterleavedRound(contenders, options.callsPerRound, r);
      for (const [name, micros] of perCall) samples.get(name)?.push(micros);
    }
    const tokenRequests = server.tokenRequests();
    const apiRequests = server.apiRequests();

    const medians = Object.fromEntries([...samples].map(([name, values]) => [name, median(values)]));
    const raw = medians['raw fetch'] as number;
    const ours = medians.ours as number;
    const contenderFigures = Object.fromEntries(
      [...samples].map(([name, values]) => [
        name,
        {
          medianMicrosPerCall: round(medians[name] as number, 1),
          ratioToRawFetch: ratio(medians[name] as number, raw),
          roundMicrosPerCall: values.map((v) => round(v, 1)),
        },
      ]),
    );
    const oursRatio = ratio(ours, raw);
    const rawRounds = samples.get('raw fetch') ?? [];
    // Same-round pairs cancel the machine's load level, which drifts between rounds.
    const pairedRatio = round(median((samples.get('ours') ?? []).map((v, i) => v / (rawRounds[i] as number))), 2);
    if (tokenRequests !== 0) notes.push(`${tokenRequests} token request(s) happened during measurement although tokens were cached`);
    if (oursRatio > TARGET_RATIO) notes.push(missedNote(medians, options.breakdown));
    return {
      item: 1,
      title: TITLE,
      target: TARGET,
      measured: `${oursRatio.toFixed(2)} (${round(ours, 0)} µs vs ${round(raw, 0)} µs)`,
      status: oursRatio <= TARGET_RATIO ? 'met' : 'missed',
      notes,
      sideBySide: [...samples.keys()].map((name) => ({
        contender: name,
        value: `${round(medians[name] as number, 0)} µs/call`,
        relative: `${ratio(medians[name] as number, raw).toFixed(2)}x`,
      })),
      figures: {
        rounds: options.rounds,
        callsPerRound: options.callsPerRound,
        warmupCalls: options.warmupCalls,
        breakdown: options.breakdown,
        oursToRawFetch: oursRatio,
        oursToRawFetchMedianOfRoundRatios: pairedRatio,
        oursOverheadMicrosPerCall: round(ours - raw, 1),
        contenders: contenderFigures,
        tokenRequestsDuringMeasurement: tokenRequests,
        apiRequestsDuringMeasurement: apiRequests,
      },
    };
  } finally {
    await server.close();
  }
}

/** Says by how much ours misses and, from the per-layer rows, which layer of ours costs what. */
function missedNote(medians: Record<string, number>, breakdown: boolean): string {
  const raw = medians['raw fetch'] as number;
  const ours = medians.ours as number;
  const bare = medians['openapi-fetch'] as number;
  const micros = (value: number): string => `${Math.round(value)} µs`;
  const parts = [`MISSED: ours takes ${micros(ours - raw)} more per call than raw fetch (loopback round trip ~${micros(raw)}).`];
  parts.push(bare > raw ? `Bare openapi-fetch accounts for ${micros(bare - raw)} of it.` : 'Bare openapi-fetch costs no more than raw fetch here, so the difference is our layers.');
  const resilient = medians[LAYER_NAMES.resilientFetch];
  const auth = medians[LAYER_NAMES.authFetch];
  if (breakdown && resilient !== undefined && auth !== undefined) {
    parts.push(`Over bare openapi-fetch, our timeout/retry fetch adds ${micros(resilient - bare)} and our auth fetch ${micros(auth - bare)}.`);
  } else {
    parts.push('Run without --no-breakdown to see which layer costs what.');
  }
  parts.push('Against a real server, where a call takes milliseconds, the same absolute cost is a far smaller share.');
  return parts.join(' ');
}
