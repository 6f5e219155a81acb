import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startReferenceServer } from '../reference-server/index.js';
import { preflightRemote } from './config/preflight.js';
import { assertWritesAllowed, readLiveSettings, readRunId, type RemoteSettings } from './config/settings.js';
import { detectConnectorFactories } from './support/connector-factories.js';
import { detectEmailConnector } from './support/email-connector.js';
import type { LivePlan, TargetInfo } from './support/live-plan.js';
import { freePorts, startPrismProxy, type PrismProxy } from './support/prism-proxy.js';
import { LIVE_REPORTS_DIR, OBSERVATIONS_DIR, SPEC_PATH } from './support/repo-paths.js';
import { newRunId, runPrefix } from './support/run-id.js';
import { planSkips } from './support/skip-plan.js';
import { awaitAnnouncedVersion, readTargetVersion, TARGET_VERSION_FILE_VARIABLE, writeVersionGap, type TargetVersion } from './support/target-version.js';

type Stopper = () => Promise<void>;

/**
 * Vitest global setup of the live suite: decides the targets (the LOGTO_* server, or two embedded
 * reference servers, one with a file e-mail connector), puts a Prism proxy in front when asked,
 * hands the plan to the workers, and on teardown stops everything it started.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const startedAt = new Date();
  const settings = readLiveSettings();
  const runId = readRunId() ?? newRunId();
  const seed = settings.seed ?? (Math.random() * 2 ** 31) | 0;
  const viaPrism = process.env.LOGTO_CONTRACT_VIA_PRISM === '1';
  rmSync(OBSERVATIONS_DIR, { recursive: true, force: true });
  if (existsSync(LIVE_REPORTS_DIR)) {
    for (const name of readdirSync(LIVE_REPORTS_DIR)) if (name.startsWith('email-outbox-')) rmSync(path.join(LIVE_REPORTS_DIR, name), { force: true });
  }
  mkdirSync(OBSERVATIONS_DIR, { recursive: true });

  const stoppers: Stopper[] = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
    stoppers.length = 0;
  };
  try {
    let main: TargetInfo;
    let mailer: TargetInfo | undefined;
    if (settings.mode === 'remote') {
      // The generic phase alone sends nothing that writes (generic/generic-plan.ts).
      if (process.env.LOGTO_CONTRACT_GENERIC_ONLY !== '1') assertWritesAllowed(settings);
      main = await remoteTarget(settings);
    } else {
      // PGlite boots in seconds; boot both servers at once.
      [main, mailer] = await Promise.all([
        referenceTarget('main', undefined, stoppers),
        referenceTarget('mailer', path.join(LIVE_REPORTS_DIR, `email-outbox-${runId}.jsonl`), stoppers),
      ]);
    }
    if (viaPrism) {
      const targets = [main, mailer].filter((t): t is TargetInfo => t !== undefined);
      const ports = await freePorts(targets.length);
      await Promise.all(
        targets.map(async (target, i) => {
          const proxy: PrismProxy = await startPrismProxy(target.upstream, ports[i]);
          stoppers.push(proxy.stop);
          target.apiBase = proxy.url;
          target.viaPrism = true;
        }),
      );
    }
    const plan: LivePlan = { runId, prefix: runPrefix(runId), seed, allowSettings: settings.mode === 'remote' && settings.allowSettings, main, ...(mailer ? { mailer } : {}), skips: planSkips(main, mailer) };
    printPlan(plan);
    console.log(`[contract:live] targets ready in ${((Date.now() - startedAt.getTime()) / 1000).toFixed(1)} s`);
    project.provide('livePlan', plan);
  } catch (error) {
    await stopAll();
    throw error;
  }

  const testsStartedAt = Date.now();
  // The reports are written by contract:live from what the workers recorded, so that a stopped
  // run (vitest exits on Ctrl-C without running this teardown) gets them too.
  return async () => {
    const testsSeconds = (Date.now() - testsStartedAt) / 1000;
    await stopAll();
    console.log(`[contract:live] tests ran for ${testsSeconds.toFixed(1)} s (after the targets were ready)`);
  };
}

async function referenceTarget(name: 'main' | 'mailer', emailOutbox: string | undefined, stoppers: Stopper[]): Promise<TargetInfo> {
  if (emailOutbox) {
    mkdirSync(path.dirname(emailOutbox), { recursive: true });
    rmSync(emailOutbox, { force: true });
  }
  const server = await startReferenceServer(emailOutbox ? { emailOutbox } : {});
  stoppers.push(() => server.stop());
  const nowSeconds = Math.floor(Date.now() / 1000);
  const forgedTokens = {
    expired: await server.signTestToken({ issuedAt: nowSeconds - 7200, expiresInSeconds: 60 }),
    wrongAudience: await server.signTestToken({ audience: 'https://ct-other.example.com/api' }),
    wrongIssuer: await server.signTestToken({ issuer: 'https://ct-other.example.com/oidc' }),
  };
  return {
    name,
    kind: 'reference',
    apiBase: server.url,
    upstream: server.url,
    ...server.credentials,
    resource: server.resource,
    emailConnector: emailOutbox ? 'present' : 'absent',
    // The file connector writes to a local file: nothing leaves the machine.
    maySendEmail: true,
    ...(emailOutbox ? { emailOutbox } : {}),
    viaPrism: false,
    ...servedVersion(await readTargetVersion(server.url, SPEC_PATH, name), name),
    forgedTokens,
  };
}

async function remoteTarget(settings: RemoteSettings): Promise<TargetInfo> {
  // contract:live reads the version while vitest boots and announces it; run on its own, this reads it.
  const announced = process.env[TARGET_VERSION_FILE_VARIABLE];
  const version = announced ? awaitAnnouncedVersion(announced) : readTargetVersion(settings.endpoint, SPEC_PATH, 'main');
  // Awaited below, after the token and the connectors; a failure meanwhile must not go unhandled.
  version.catch(() => undefined);
  const token = await preflightRemote(settings);
  const [emailConnector, connectorFactories] = await Promise.all([settings.emailConnector ?? detectEmailConnector(settings.endpoint, token), detectConnectorFactories(settings.endpoint, token)]);
  return {
    name: 'main',
    kind: 'remote',
    apiBase: settings.endpoint,
    upstream: settings.endpoint,
    appId: settings.appId,
    appSecret: settings.appSecret,
    resource: settings.resource,
    emailConnector,
    ...(connectorFactories ? { connectorFactories } : {}),
    maySendEmail: settings.sendEmail,
    viaPrism: false,
    ...servedVersion(await version, 'main'),
  };
}

/**
 * Which API the server says it serves: the fingerprint of its served spec (`unknown` when it
 * serves none) and, when that is not the spec under test, the gap between them: what the run
 * reports as "not served" and as version differences rather than as failures.
 */
function servedVersion(version: TargetVersion, name: TargetInfo['name']): Pick<TargetInfo, 'specFingerprint' | 'versionGap'> {
  console.log(`[contract:live] ${name}: ${version.line}`);
  if (version.gap && name === 'main') writeVersionGap(version.gap);
  return { specFingerprint: version.fingerprint, ...(version.gap ? { versionGap: version.gap } : {}) };
}

function printPlan(plan: LivePlan): void {
  const targets = [plan.main, plan.mailer]
    .filter((t): t is TargetInfo => t !== undefined)
    .map((t) => `${t.name}=${t.kind === 'reference' ? 'embedded reference server' : t.upstream}${t.viaPrism ? ' via prism proxy' : ''} (e-mail connector ${t.emailConnector})`);
  console.log(`[contract:live] run ${plan.runId}: names start with ${plan.prefix}; targets: ${targets.join('; ')}`);
  console.log(`[contract:live] negative-input seed ${plan.seed} (replay with LOGTO_CONTRACT_SEED=${plan.seed})`);
  for (const [key, reason] of Object.entries(plan.skips)) console.log(`[contract:live] skipping ${key}: ${reason}`);
}
