import { logtoApiContender, OURS, oursContender, oursSmallFormContender, openapiFetchContender, rawFetchContender, type Contender } from './contenders.js';
import { startFakeLogtoServer } from './fake-logto-server.js';
import { LAYER_NAMES, layerContenders } from './layer-contenders.js';
import type { ItemMeta, ItemResult } from './item-result.js';
import { median, ratio, rotation, round } from './stats.js';

interface OverheadOptions {
  rounds: number;
  /** Calls per contender per round, taken in turns; the round's figure is their median. */
  callsPerRound: number;
  warmupCalls: number;
  /** Also time openapi-fetch with one layer of our client at a time. */
  breakdown: boolean;
}

export const OVERHEAD_DEFAULTS: OverheadOptions = { rounds: 15, callsPerRound: 300, warmupCalls: 500, breakdown: true };

const TITLE = 'Per-call overhead vs raw fetch';
/** Ours may cost at most this much more than bare openapi-fetch, which it is built on... */
const TARGET_RATIO_TO_OPENAPI_FETCH = 1.05;
/** ...and no more than `@logto/api`, which does less per call (no timeout, retries, 401 replay or error mapping). */
const TARGET = `ours (full client and small form) <= @logto/api; ours / openapi-fetch <= ${TARGET_RATIO_TO_OPENAPI_FETCH.toFixed(2)}`;
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
    const contenders: Contender[] = [rawFetchContender(server.endpoint), openapiFetchContender(server.endpoint), oursContender(server.endpoint), oursSmallFormContender(server.endpoint)];
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
    const bare = medians['openapi-fetch'] as number;
    const ours = medians[OURS.full] as number;
    const small = medians[OURS.small] as number;
    const logtoApi = medians['@logto/api'];
    const contenderFigures = Object.fromEntries(
      [...samples].map(([name, values]) => [
        name,
        {
          medianMicrosPerCall: round(medians[name] as number, 1),
          ratioToRawFetch: ratio(medians[name] as number, raw),
          ratioToOpenapiFetch: ratio(medians[name] as number, bare),
          roundMicrosPerCall: values.map((v) => round(v, 1)),
        },
      ]),
    );
    const oursToBare = ratio(ours, bare);
    // Same-round pairs cancel the machine's load level, which drifts between rounds.
    const paired = (name: string, baseline: string): number => {
      const base = samples.get(baseline) ?? [];
      return round(median((samples.get(name) ?? []).map((v, i) => v / (base[i] as number))), 2);
    };
    const smallToBare = ratio(small, bare);
    const bareMet = oursToBare <= TARGET_RATIO_TO_OPENAPI_FETCH && smallToBare <= TARGET_RATIO_TO_OPENAPI_FETCH;
    const logtoApiMet = logtoApi === undefined ? undefined : ours <= logtoApi && small <= logtoApi;
    if (tokenRequests !== 0) notes.push(`${tokenRequests} token request(s) happened during measurement although tokens were cached`);
    if (logtoApiMet === undefined) notes.push('The @logto/api half of the target was not measured (see above); the verdict covers openapi-fetch only.');
    if (!bareMet || logtoApiMet === false) notes.push(missedNote(medians, options.breakdown));
    const vsLogtoApi =
      logtoApi === undefined ? '@logto/api not measured' : `@logto/api ${round(logtoApi, 0)} µs (full ${ratio(ours, logtoApi).toFixed(2)}x, small ${ratio(small, logtoApi).toFixed(2)}x)`;
    return {
      item: 1,
      title: TITLE,
      target: TARGET,
      measured: `ours / openapi-fetch: full ${oursToBare.toFixed(2)}, small ${smallToBare.toFixed(2)} (${round(ours, 0)} and ${round(small, 0)} µs vs ${round(bare, 0)} µs); ${vsLogtoApi}`,
      status: bareMet && logtoApiMet !== false ? 'met' : 'missed',
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
        oursToOpenapiFetch: oursToBare,
        oursToOpenapiFetchMedianOfRoundRatios: paired(OURS.full, 'openapi-fetch'),
        oursToLogtoApi: logtoApi === undefined ? null : ratio(ours, logtoApi),
        oursToLogtoApiMedianOfRoundRatios: logtoApi === undefined ? null : paired(OURS.full, '@logto/api'),
        oursToRawFetch: ratio(ours, raw),
        oursToRawFetchMedianOfRoundRatios: paired(OURS.full, 'raw fetch'),
        smallFormToOpenapiFetch: smallToBare,
        smallFormToOpenapiFetchMedianOfRoundRatios: paired(OURS.small, 'openapi-fetch'),
        smallFormToLogtoApi: logtoApi === undefined ? null : ratio(small, logtoApi),
        smallFormToLogtoApiMedianOfRoundRatios: logtoApi === undefined ? null : paired(OURS.small, '@logto/api'),
        oursOverheadOverOpenapiFetchMicrosPerCall: round(ours - bare, 1),
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
  const bare = medians['openapi-fetch'] as number;
  const ours = Math.max(medians[OURS.full] as number, medians[OURS.small] as number);
  const logtoApi = medians['@logto/api'];
  const micros = (value: number): string => `${Math.round(value)} µs`;
  const allowed = bare * TARGET_RATIO_TO_OPENAPI_FETCH;
  const parts = [
    `MISSED: ours (the slower of our two forms) takes ${micros(ours - bare)} more per call than bare openapi-fetch (${ratio(ours, bare).toFixed(2)}x; the target allows ${micros(allowed - bare)}, ` +
      `${ours > allowed ? `${micros(ours - allowed)} over` : 'met'})` +
      (logtoApi === undefined ? '.' : ` and ${ours > logtoApi ? `${micros(ours - logtoApi)} more than` : `no more than`} @logto/api.`),
  ];
  const direct = medians[LAYER_NAMES.directCalls];
  const resilient = medians[LAYER_NAMES.resilientFetch];
  const auth = medians[LAYER_NAMES.authFetch];
  if (breakdown && direct !== undefined && resilient !== undefined && auth !== undefined) {
    parts.push(
      `Our direct calls alone cost ${micros(direct - bare)} against bare openapi-fetch; over them, our timeout/retry fetch adds ${micros(resilient - direct)} and our auth fetch ${micros(auth - direct)}.`,
    );
  } else {
    parts.push('Run without --no-breakdown to see which layer costs what.');
  }
  parts.push('Against a real server, where a call takes milliseconds, the same absolute cost is a far smaller share.');
  return parts.join(' ');
}
