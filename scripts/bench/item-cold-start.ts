import { startChild } from '../../common/process/index.js';
import { buildPackageForBench } from './built-package.js';
import { INVITATION_ID, startFakeLogtoServer } from './fake-logto-server.js';
import type { ItemMeta, ItemResult } from './item-result.js';
import { REPO_ROOT } from './repo-paths.js';
import { median, ratio, round } from './stats.js';

interface ColdStartOptions {
  /** Rounds; each starts every contender once, in A B C / C B A order by turns. */
  rounds: number;
}

export const COLD_START_DEFAULTS: ColdStartOptions = { rounds: 15 };

const TARGET_RATIO = 1.05;
const TITLE = 'Cold start: a fresh Node process imports and creates a client (no request)';
const TARGET = `ours (full client and small form) <= ${TARGET_RATIO}x @logto/api's CPU`;
export const COLD_START_ITEM: ItemMeta = { item: 8, title: TITLE, target: TARGET };

// Made-up credentials for the local stand-in; nothing checks them.
const APP = { id: 'bench-app', secret: 'bench-secret' };

interface ColdContender {
  name: string;
  /** Module code run by `node --input-type=module -e`: import, create, and optionally one call. */
  code: string;
}

/**
 * The process's own CPU (user + system, since it started: Node's bootstrap included) once the
 * contender's code has run, printed as its last line; then exit, so an idle keep-alive socket
 * does not keep it waiting.
 */
const REPORT_CPU = `const cpu = process.cpuUsage(); process.stdout.write(String(cpu.user + cpu.system) + '\\n', () => process.exit(0));`;

function contenders(entry: (name: 'index' | 'operations') => string, endpoint: string): { timed: ColdContender[]; withCall: ColdContender[] } {
  const ourOptions = `{ endpoint: ${JSON.stringify(endpoint)}, credentials: { appId: '${APP.id}', appSecret: '${APP.secret}' } }`;
  const logtoApi = `const { createManagementApi } = await import('@logto/api/management'); const { apiClient } = createManagementApi('default', { clientId: '${APP.id}', clientSecret: '${APP.secret}', baseUrl: ${JSON.stringify(endpoint)}, apiIndicator: 'https://default.logto.app/api' });`;
  const full = `const { createLogtoClient } = await import(${JSON.stringify(entry('index'))}); const logto = createLogtoClient(${ourOptions});`;
  const small = `const { createLogtoCore, getOrganizationInvitation } = await import(${JSON.stringify(entry('operations'))}); const logto = createLogtoCore(${ourOptions});`;
  const id = JSON.stringify(INVITATION_ID);
  return {
    timed: [
      { name: '@logto/api', code: logtoApi },
      { name: 'ours, full client', code: full },
      { name: 'ours, small form', code: small },
      { name: 'node alone (no import)', code: '' },
    ],
    withCall: [
      { name: '@logto/api, import + create + one call', code: `${logtoApi} const { data } = await apiClient.GET('/api/organization-invitations/{id}', { params: { path: { id: ${id} } } }); if (!data) throw new Error('no data');` },
      { name: 'ours, full client, import + create + one call', code: `${full} await logto.organizationInvitations.getOrganizationInvitation(${id});` },
      { name: 'ours, small form, import + create + one call', code: `${small} await getOrganizationInvitation(logto, ${id});` },
    ],
  };
}

/** One fresh process running `code`; its CPU in ms. */
async function cpuOf(contender: ColdContender): Promise<number> {
  const lines: string[] = [];
  const child = startChild(process.execPath, ['--input-type=module', '-e', `${contender.code}\n${REPORT_CPU}`], {
    cwd: REPO_ROOT,
    output: 'capture',
    onLine: (line) => lines.push(line),
  });
  const end = await child.ended;
  const micros = Number(lines.at(-1));
  if (end.code !== 0 || !Number.isFinite(micros)) throw new Error(`${contender.name}: the process exited ${end.code ?? end.signal}: ${lines.slice(-3).join(' ')}`);
  return micros / 1000;
}

/** Every contender once per round, A B C in even rounds and C B A in odd ones, so drift in the load hits all alike. */
async function measureRounds(list: readonly ColdContender[], rounds: number): Promise<Map<string, number[]>> {
  const samples = new Map<string, number[]>(list.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const contender of r % 2 === 0 ? list : [...list].reverse()) samples.get(contender.name)?.push(await cpuOf(contender));
  }
  return samples;
}

/**
 * Item 8. What a serverless or CLI user pays before the first call: a fresh `node` that imports
 * the package (as built from this checkout) and creates a client, against `@logto/api`'s
 * `createManagementApi`. The figure is the process's CPU (user + system), not wall time, so a
 * busy machine slows every contender without reordering them; the target is checked on the
 * median of the per-round ratios. The "one call" rows (no target) add a call to the stand-in:
 * Node loads its fetch implementation (undici, ~18 ms) on first use, which `@logto/api` pays at
 * create (openapi-fetch reads `globalThis.Request`) and ours at the first call.
 */
export async function measureColdStart(options: ColdStartOptions): Promise<ItemResult> {
  const built = await buildPackageForBench('bench-cold-start');
  const server = await startFakeLogtoServer();
  try {
    const { timed, withCall } = contenders(built.entryUrl, server.endpoint);
    // Un-timed first pass: the OS file cache, which every later process has.
    for (const contender of [...timed, ...withCall]) await cpuOf(contender);
    const samples = await measureRounds(timed, options.rounds);
    const callSamples = await measureRounds(withCall, options.rounds);
    const all = new Map([...samples, ...callSamples]);
    const medians = new Map([...all].map(([name, values]) => [name, median(values)]));
    const roundRatio = (name: string, baseline: string): number => {
      const base = all.get(baseline) ?? [];
      return round(median((all.get(name) ?? []).map((value, i) => value / (base[i] as number))), 2);
    };
    const fullRatio = roundRatio('ours, full client', '@logto/api');
    const smallRatio = roundRatio('ours, small form', '@logto/api');
    const fullCallRatio = roundRatio('ours, full client, import + create + one call', '@logto/api, import + create + one call');
    const smallCallRatio = roundRatio('ours, small form, import + create + one call', '@logto/api, import + create + one call');
    const met = fullRatio <= TARGET_RATIO && smallRatio <= TARGET_RATIO;
    const ms = (value: number | undefined): string => `${(value ?? Number.NaN).toFixed(1)} ms`;
    const logtoMs = medians.get('@logto/api') as number;
    const logtoCallMs = medians.get('@logto/api, import + create + one call') as number;
    const notes: string[] = [];
    if (!met) {
      notes.push(
        `MISSED: ours costs ${fullRatio.toFixed(2)}x (full client) and ${smallRatio.toFixed(2)}x (small form) @logto/api's CPU to import and create (target ${TARGET_RATIO}x). ` +
          `Module count and size are what import costs: see which modules dist/ loads (npm run build) and what runs at create.`,
      );
    }
    notes.push(
      `With one call, which loads Node's fetch for every contender: ours ${fullCallRatio.toFixed(2)}x (full client) and ${smallCallRatio.toFixed(2)}x (small form) @logto/api's CPU (no target).`,
    );
    return {
      item: 8,
      title: TITLE,
      target: TARGET,
      measured: `full client ${fullRatio.toFixed(2)}x, small form ${smallRatio.toFixed(2)}x (${ms(medians.get('ours, full client'))}, ${ms(medians.get('ours, small form'))} vs ${ms(logtoMs)} CPU, medians)`,
      status: met ? 'met' : 'missed',
      notes,
      sideBySide: [...medians].map(([name, value]) => ({
        contender: name,
        value: `${ms(value)} CPU`,
        relative: name.endsWith('one call') ? `${ratio(value, logtoCallMs).toFixed(2)}x` : `${ratio(value, logtoMs).toFixed(2)}x`,
      })),
      figures: {
        rounds: options.rounds,
        targetRatio: TARGET_RATIO,
        fullClientToLogtoApiMedianOfRoundRatios: fullRatio,
        smallFormToLogtoApiMedianOfRoundRatios: smallRatio,
        withOneCall: { fullClientToLogtoApiMedianOfRoundRatios: fullCallRatio, smallFormToLogtoApiMedianOfRoundRatios: smallCallRatio },
        contenders: Object.fromEntries([...all].map(([name, values]) => [name, { medianCpuMs: round(medians.get(name) as number, 1), roundCpuMs: values.map((v) => round(v, 1)) }])),
      },
    };
  } finally {
    await server.close();
    await built.remove();
  }
}
