import { afterAll, afterEach, expect, test, vi } from 'vitest';
import { driveScenarios, type DriveClock, type DriveTarget } from './drive.js';
import { SCENARIO_SET } from '../scenarios/invitation-scenarios.js';
import { loadConformance } from '../live/support/conformance.js';
import { startReferenceServer, type ReferenceServer } from '../reference-server/index.js';
import { appTokens } from '../live/support/app-tokens.js';

/** The server's token lifetime: short against the run, long against the widest burst of requests on one token. */
const TOKEN_TTL_SECONDS = 10;
/** How far the shared clock moves per request sent: the run's length is counted in requests, not measured. */
const MS_PER_REQUEST = 100;

const stoppers: Array<() => Promise<void>> = [];
afterEach(() => {
  vi.unstubAllGlobals();
});
afterAll(async () => {
  for (const stop of stoppers.reverse()) await stop();
});

/**
 * A run longer than a token's lifetime keeps working because the contract runs take their tokens
 * from the client's own token source (`appTokens`: the live suite's sessions and the recorder
 * alike), which replaces a token before it expires; so a staging run of more than an hour does not
 * turn into a wall of 401s, nor fetch a token per request.
 *
 * The run is the recorded scenario set (every supporting operation, the auth steps' scopeless
 * tokens, waits) against a reference server whose tokens live 10 s. Server and token source share
 * one clock, which the test drives: every request sent moves it 100 ms, and a step's wait moves it
 * by its length. So what is counted does not depend on the machine's speed: the run's length on
 * that clock, the tokens with scope `all` it fetched, and the requests refused for an expired token.
 */
test(`a run lasting many ${TOKEN_TTL_SECONDS} s token lifetimes fetches about one token with scope all per half lifetime, and never sends an expired one`, async () => {
  let now = Date.UTC(2030, 0, 1);
  const clock: DriveClock = {
    now: () => now,
    wait: (ms) => {
      now += ms;
      return Promise.resolve();
    },
  };
  const server: ReferenceServer = await startReferenceServer({ tokenTtlSeconds: TOKEN_TTL_SECONDS, now: () => now });
  stoppers.push(() => server.stop());

  // Every request the run sends (token requests included) moves the shared clock before it leaves.
  const platformFetch = globalThis.fetch;
  let requests = 0;
  vi.stubGlobal('fetch', (...args: Parameters<typeof fetch>) => {
    requests += 1;
    now += MS_PER_REQUEST;
    return platformFetch(...args);
  });

  const app = { upstream: server.url, ...server.credentials, resource: server.resource };
  const target: DriveTarget = { endpoint: server.url, app, tokens: appTokens(app, { now: clock.now }), emailConnector: 'absent', prefix: 'ct-tokenlife-', missingId: 'ct-missing-tokenlife', clock, index: (await loadConformance()).index };
  const startedAt = now;
  const run = await driveScenarios(SCENARIO_SET, target);
  const runMs = now - startedAt;
  const lifetimeMs = TOKEN_TTL_SECONDS * 1000;

  expect(run.cleanupProblems).toEqual([]);
  // Long enough to mean something: many lifetimes.
  expect(requests).toBeGreaterThan(150);
  expect(runMs / lifetimeMs).toBeGreaterThan(2);
  // Not one request went out with a token the server held expired (the token source replaced each in time).
  expect(server.expiredTokenRefusals()).toBe(0);
  // A token serves at most one lifetime, so the run needed at least run / lifetime of them; the
  // source replaces one half-way through its life (the skew is capped at half), so no more than
  // one per half lifetime: cached, not fetched per request.
  // The token-endpoint scenario asks for some tokens itself; those are not the token source's.
  const askedForByScenarios = SCENARIO_SET.flatMap((scenario) => scenario.steps).filter((step) => step.token?.scope === 'all' && step.token.secret === 'right' && step.token.resource === 'right').length;
  expect(askedForByScenarios).toBeGreaterThan(0);
  const all = server.tokensIssuedByScope().all - askedForByScenarios;
  console.log(`[token-lifetime] ${requests} requests, run ${runMs} ms = ${(runMs / lifetimeMs).toFixed(1)} lifetimes, ${all} tokens with scope all from the source, ${server.expiredTokenRefusals()} refused as expired`);
  expect(all).toBeGreaterThanOrEqual(Math.ceil(runMs / lifetimeMs));
  expect(all).toBeLessThanOrEqual(Math.ceil(runMs / (lifetimeMs / 2)) + 1);
}, 120_000);
