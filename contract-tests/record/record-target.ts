import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startReferenceServer } from '../reference-server/index.js';
import { UsageError } from '../../common/usage-error.js';
import { preflightRemote } from '../live/config/preflight.js';
import { assertWritesAllowed, readLiveSettings, readRunId } from '../live/config/settings.js';
import { appTokens } from '../live/support/app-tokens.js';
import { detectEmailConnector } from '../live/support/email-connector.js';
import { detectConnectorFactories } from '../live/support/connector-factories.js';
import { newRunId, runPrefix } from '../live/support/run-id.js';
import type { DriveClock, DriveTarget } from './drive.js';
import type { RemoteSettings } from '../live/config/settings.js';
import { operationsInScope, scopeFor } from '../live/generic/generic-scope.js';
import { loadConformance } from '../live/support/conformance.js';
import { fetchSpec, specFingerprint } from '../../common/served-spec/index.js';

async function factoriesOf(endpoint: string, token: string): Promise<{ connectorFactories?: string[] }> {
  const found = await detectConnectorFactories(endpoint, token);
  return found ? { connectorFactories: found } : {};
}

/** What every target shares: the spec's operations, the ones it serves, and the fingerprint of what it serves about itself. */
async function specFacts(endpoint: string, kind: 'reference' | 'remote'): Promise<Pick<RecordTarget, 'index' | 'served' | 'specFingerprint'>> {
  const { index } = await loadConformance();
  const served = new Set((await operationsInScope(index.operations, scopeFor(kind))).operations.map((op) => op.operationId));
  const fingerprint = specFingerprint((await fetchSpec(endpoint)).doc);
  return { index, served, specFingerprint: fingerprint };
}

interface RecordTarget extends DriveTarget {
  /** What the trace says it was recorded from. */
  label: string;
  /** The operations the target serves (a Logto: every operation of our spec; the embedded server: the carried ones). */
  served: Set<string>;
  /** The fingerprint of the spec the target serves (common/served-spec). */
  specFingerprint: string;
  /** The run may change tenant-wide settings (LOGTO_CONTRACT_ALLOW_SETTINGS=1, a Logto only). */
  allowSettings: boolean;
  /** The connector factories the target offers, when it says. */
  connectorFactories?: string[];
  /** A Logto's settings, to snapshot and restore tenant-wide settings around the recording. */
  remote?: RemoteSettings;
  stop(): Promise<void>;
}

interface RecordTargetOptions {
  /** Embedded reference server only: start it with the file e-mail connector. */
  emailConnector?: boolean;
  /** Overrides the default label. */
  label?: string;
  env?: Record<string, string | undefined>;
}

/**
 * The server a recording goes to: the Logto the LOGTO_* variables name (writes must be allowed,
 * the e-mail connector known, and sending allowed when there is one), or, with no LOGTO_*
 * variable, an embedded reference server started here.
 */
export async function openRecordTarget(options: RecordTargetOptions = {}): Promise<RecordTarget> {
  const env = options.env ?? process.env;
  const settings = readLiveSettings(env);
  const runId = readRunId(env) ?? newRunId();
  const prefix = runPrefix(runId);
  const missingId = `ct-missing-${runId}`.slice(0, 21);
  if (settings.mode === 'remote') {
    if (options.emailConnector) {
      throw new UsageError('--email-connector starts the embedded reference server with its file connector; with LOGTO_* set, the tenant decides (add or remove its e-mail connector there).');
    }
    assertWritesAllowed(settings);
    const preflightToken = await preflightRemote(settings);
    const detected = settings.emailConnector ?? (await detectEmailConnector(settings.endpoint, preflightToken));
    if (detected === 'unknown') {
      throw new UsageError(`cannot tell whether ${settings.endpoint} has an e-mail connector (GET /api/connectors did not answer a list); set LOGTO_CONTRACT_EMAIL_CONNECTOR=present or absent.`);
    }
    if (detected === 'present' && !settings.sendEmail) {
      throw new UsageError(
        `${settings.endpoint} has an e-mail connector, so the recording sends invitation e-mails (to @example.com addresses); set LOGTO_CONTRACT_SEND_EMAIL=1 to allow it, or remove the connector.`,
      );
    }
    const app = { upstream: settings.endpoint, appId: settings.appId, appSecret: settings.appSecret, resource: settings.resource };
    return {
      ...(await specFacts(settings.endpoint, 'remote')),
      allowSettings: settings.allowSettings,
      remote: settings,
      ...(await factoriesOf(settings.endpoint, preflightToken)),
      endpoint: settings.endpoint,
      app,
      tokens: appTokens(app),
      emailConnector: detected,
      prefix,
      missingId,
      label: options.label ?? settings.endpoint,
      stop: async () => undefined,
    };
  }
  const outboxDir = options.emailConnector ? mkdtempSync(path.join(os.tmpdir(), 'ct-record-')) : undefined;
  // The embedded server runs on a clock the recording drives, not on the machine's: however slow
  // the machine, `{time:+2s}` cannot pass during a create, and a step's wait is not slept.
  const clock = tickingClock(Date.now());
  const server = await startReferenceServer({ now: clock.now, ...(outboxDir ? { emailOutbox: path.join(outboxDir, 'outbox.jsonl') } : {}) });
  const app = { upstream: server.url, ...server.credentials, resource: server.resource };
  return {
    ...(await specFacts(server.url, 'reference')),
    allowSettings: false,
    endpoint: server.url,
    app,
    tokens: appTokens(app),
    emailConnector: outboxDir ? 'present' : 'absent',
    prefix,
    missingId,
    clock,
    label: options.label ?? 'embedded reference server',
    stop: async () => {
      await server.stop();
      if (outboxDir) rmSync(outboxDir, { recursive: true, force: true });
    },
  };
}

/**
 * A clock that moves by events, never by itself: 1 ms each time it is read (so no two rows are
 * stamped alike, as PostgreSQL's microsecond clock never stamps them alike, and lists keep their
 * creation order), and by `ms` when a step waits, which resolves at once.
 */
function tickingClock(start: number): DriveClock {
  let now = start;
  return {
    now: () => now++,
    wait: (ms) => {
      now += ms;
      return Promise.resolve();
    },
  };
}
