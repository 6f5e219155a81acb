import { fetchSpec } from '../../common/served-spec/index.js';
import { readSettings } from '../../contract-tests/live/census/census-run.js';
import { preflightRemote } from '../../contract-tests/live/config/preflight.js';
import { readLiveSettings, type RemoteSettings } from '../../contract-tests/live/config/settings.js';
import { cleanUpLeftovers } from '../../contract-tests/live/runner/leftover-cleanup.js';
import { detectConnectorFactories } from '../../contract-tests/live/support/connector-factories.js';
import { detectEmailConnector } from '../../contract-tests/live/support/email-connector.js';
import { GARBAGE_TOKEN } from '../../contract-tests/live/generic/generic-checks.js';
import { planGeneric } from '../../contract-tests/live/generic/generic-plan.js';
import { operationsInScope, scopeFor } from '../../contract-tests/live/generic/generic-scope.js';
import { scopelessTokens } from '../../contract-tests/live/generic/scopeless-tokens.js';
import { appTokens } from '../../contract-tests/live/support/app-tokens.js';
import { loadConformance } from '../../contract-tests/live/support/conformance.js';
import { NameFactory } from '../../contract-tests/live/support/names.js';
import { newRunId, runPrefix } from '../../contract-tests/live/support/run-id.js';
import { planInvalidBodies } from '../../contract-tests/live/whole-api/invalid-bodies.js';
import { driveScenarios, type DriveTarget } from '../../contract-tests/record/drive.js';
import { WHOLE_API_SCENARIOS } from '../../contract-tests/scenarios/api/index.js';
import { scenarioSkips } from '../../contract-tests/scenarios/scenario-skips.js';

/** What the bare run sent and how long the server took to answer all of it. */
export interface BareRun {
  requests: number;
  /** From the first request (the run's reads before its tests) to the last answer (its reads after them). */
  ms: number;
}

/**
 * The requests of `contract:live --whole-api` sent bare, with nothing checked or recorded, in the
 * run's three phases. Before the tests, what the run reads of the target: the checks of its
 * settings (status, token, a first call), its served spec and every tenant-wide setting at once,
 * then its connectors. The tests: the whole-API scenarios (each still in order, what it made
 * deleted after it), the generic phase's requests and the invalid bodies, as one pool of tasks
 * `concurrency` at a time, as the live suite runs its tests. After them: the sweep of everything
 * named with the run's prefix and the settings read again. What it measures is how long the server
 * needs to answer that workload.
 */
export async function sendWholeApiBare(settings: RemoteSettings, concurrency: number): Promise<BareRun> {
  const conformance = await loadConformance();
  const app = { upstream: settings.endpoint, appId: settings.appId, appSecret: settings.appSecret, resource: settings.resource };
  const tokens = appTokens(app);
  const prefix = runPrefix(newRunId());
  const names = new NameFactory(prefix);
  const operations = (await operationsInScope(conformance.index.operations, scopeFor('remote'))).operations;
  const served = new Set(operations.map((op) => op.operationId));
  const target: DriveTarget = { endpoint: settings.endpoint, tokens, app, emailConnector: 'absent', prefix, missingId: names.missingId(), index: conformance.index };
  const skips = scenarioSkips(WHOLE_API_SCENARIOS, { served, emailConnector: 'absent', allowSettings: false, name: 'this Logto' }, conformance.index);
  let requests = 0;
  const send = async (method: string, target: string, json: unknown, authorization: string | undefined): Promise<void> => {
    requests += 1;
    const response = await fetch(`${settings.endpoint}${target}`, {
      method,
      headers: { accept: 'application/json', ...(authorization ? { authorization } : {}), ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    });
    await response.arrayBuffer();
  };
  const authorizationFor = async (credential: string): Promise<string | undefined> => {
    if (credential === 'run') return `Bearer ${await tokens.getToken()}`;
    if (credential === 'garbage') return `Bearer ${GARBAGE_TOKEN}`;
    if (credential === 'scopeless') return `Bearer ${await scopelessTokens(app).getToken()}`;
    return undefined;
  };
  const tasks: Array<() => Promise<void>> = [
    ...WHOLE_API_SCENARIOS.filter((s) => !skips.has(s.name)).map((scenario) => async () => {
      const run = await driveScenarios([scenario], target, { onStep: (step) => void (requests += step.answers.length) });
      if (run.cleanupProblems.length > 0) throw new Error(`the bare run left data behind: ${run.cleanupProblems.join('; ')}`);
    }),
    ...planGeneric(conformance.context, operations, () => names.missingId())
      .flatMap((planned) => planned.cases)
      .map((c) => async () => send(c.method, c.target, c.json, await authorizationFor(c.credential))),
    ...planInvalidBodies(conformance.context, operations, () => names.missingId()).cases.map((c) => async () => send(c.method, c.target, c.body, await authorizationFor('run'))),
  ];
  const started = performance.now();
  await Promise.all([preflightRemote(settings), fetchSpec(settings.endpoint), readSettings(settings)]);
  const token = await tokens.getToken();
  await Promise.all([detectEmailConnector(settings.endpoint, token), detectConnectorFactories(settings.endpoint, token)]);
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let task = queue.shift(); task; task = queue.shift()) await task();
    }),
  );
  const swept = await cleanUpLeftovers({ settings, leftovers: [], prefix, sweepByPrefix: true, signal: new AbortController().signal });
  if (swept.deleted > 0 || swept.problems.length > 0) throw new Error(`the bare run left data behind: ${swept.deleted} deleted by the sweep; ${swept.problems.join('; ')}`);
  await readSettings(settings);
  return { requests, ms: performance.now() - started };
}

/** The LOGTO_* target of the bench, or why there is none. */
export function benchTarget(env: NodeJS.ProcessEnv = process.env): RemoteSettings | string {
  const settings = readLiveSettings(env);
  return settings.mode === 'remote' ? settings : 'needs a Logto: set LOGTO_ENDPOINT, LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET (the bench never writes to a tenant otherwise)';
}
