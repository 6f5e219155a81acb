import { createClientCredentialsSource } from '../../../src/auth/client-credentials.js';
import { DEFAULTS } from '../../../src/runtime/defaults.js';
import type { RemoteSettings } from '../config/settings.js';
import type { LedgerEntry } from '../support/observation.js';
import { httpSweepApi } from '../sweep/http-sweep-api.js';
import { executeSweep, planSweep, type SweepPlan } from '../sweep/sweep-plan.js';
import { RUNNER_DEFAULTS } from './runner-defaults.js';

interface LeftoverCleanupInput {
  settings: RemoteSettings;
  /** What the run's ledger lists as created and not seen deleted. */
  leftovers: ReadonlyArray<Omit<LedgerEntry, 'ledger'>>;
  /** `ct-<runid>-`: also swept by name, for creates whose answer never reached the ledger (in flight at the stop). */
  prefix: string;
  sweepByPrefix: boolean;
  /** Aborts everything (a second Ctrl-C); the time limit is added here. */
  signal: AbortSignal;
  timeoutMs?: number;
}

interface LeftoverCleanupOutcome {
  deleted: number;
  /** Already gone (a cascade, or a test's own cleanup got there first). */
  gone: number;
  /** Why not everything could be deleted; empty when it was. */
  problems: string[];
}

/**
 * Deletes what a run left on a tenant, with its own client-credentials token (the run's token
 * lived in the stopped workers): first the ids the run's ledger lists, then, when asked,
 * everything named with the run's prefix. Bounded by `timeoutMs`; never throws.
 */
export async function cleanUpLeftovers(input: LeftoverCleanupInput): Promise<LeftoverCleanupOutcome> {
  const timeoutMs = input.timeoutMs ?? RUNNER_DEFAULTS.cleanupMs;
  const signal = AbortSignal.any([input.signal, AbortSignal.timeout(timeoutMs)]);
  const outcome: LeftoverCleanupOutcome = { deleted: 0, gone: 0, problems: [] };
  try {
    const { settings } = input;
    const tokens = createClientCredentialsSource({
      endpoint: settings.endpoint,
      credentials: { appId: settings.appId, appSecret: settings.appSecret, resource: settings.resource, scope: DEFAULTS.scope },
      fetch: (request) => fetch(request, { signal }),
      expirySkewMs: DEFAULTS.tokenExpirySkewMs,
    });
    const api = httpSweepApi(settings.endpoint, await tokens.getToken(), signal);
    const fromLedger: SweepPlan = {
      items: input.leftovers.map((l) => ({ kind: l.kind, key: l.key ?? l.deletePath, deletePath: l.deletePath, label: `${l.kind} created by the run`, ...(l.owner !== undefined ? { owner: l.owner } : {}) })),
      unlisted: [],
    };
    add(outcome, await executeSweep(api, fromLedger, RUNNER_DEFAULTS.cleanupConcurrency));
    if (input.sweepByPrefix) {
      const plan = await planSweep(api, input.prefix);
      // A server without the list cannot hold that kind; any other gap leaves the sweep unsure.
      for (const gap of plan.unlisted) if (!gap.absent) outcome.problems.push(`cannot list ${gap.kind}s: ${gap.reason}`);
      add(outcome, await executeSweep(api, plan, RUNNER_DEFAULTS.cleanupConcurrency));
    }
  } catch (error) {
    outcome.problems.push(describeStop(error, input.signal, signal, timeoutMs));
  }
  return outcome;
}

function add(outcome: LeftoverCleanupOutcome, step: { deleted: number; gone: number; failed: string[] }): void {
  outcome.deleted += step.deleted;
  outcome.gone += step.gone;
  outcome.problems.push(...step.failed.map((f) => `could not delete ${f}`));
}

function describeStop(error: unknown, userSignal: AbortSignal, limited: AbortSignal, timeoutMs: number): string {
  if (userSignal.aborted) return 'stopped by a second Ctrl-C';
  if (limited.aborted) return `not done within ${timeoutMs / 1000} s`;
  return error instanceof Error ? error.message.split('\n')[0] ?? 'failed' : String(error);
}

/** What the user runs to finish the job by hand. */
export function sweepCommand(prefix: string): string {
  return `npm run contract:sweep -- --yes --prefix=${prefix}`;
}
