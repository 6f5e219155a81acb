import type { VersionGap } from './version-gap.js';

/** How a live run reaches one server under test. Serialized from the global setup to the workers. */
export interface TargetInfo {
  /** `main` runs every scenario; `mailer` is the embedded server with the file e-mail connector. */
  name: 'main' | 'mailer';
  kind: 'reference' | 'remote';
  /** Where API calls go: the server itself, or the Prism proxy in front of it. */
  apiBase: string;
  /** The server root for `/oidc/token`, never proxied (the token endpoint is not in our spec). */
  upstream: string;
  appId: string;
  appSecret: string;
  resource: string;
  emailConnector: 'present' | 'absent' | 'unknown';
  /** Ids of the connector factories the server offers; absent when unknown (a scenario needing one is skipped). */
  connectorFactories?: string[];
  /** Whether a test may make the server send an invitation e-mail. */
  maySendEmail: boolean;
  /** JSON-lines file the embedded server's file connector writes (`{to, type, payload}`). */
  emailOutbox?: string;
  viaPrism: boolean;
  /** The fingerprint of the spec the server serves about itself (common/served-spec), or `unknown`. */
  specFingerprint: string;
  /** What separates the target from the spec under test, when it serves another (support/version-gap.ts). */
  versionGap?: VersionGap;
  /** Tokens signed with the server's own key but unacceptable (expired, wrong audience); embedded server only. */
  forgedTokens?: Record<string, string>;
}

export interface LivePlan {
  runId: string;
  /** Every name and e-mail the run creates starts with it (`ct-<runId>-`). */
  prefix: string;
  /** fast-check seed of the negative-input properties; printed so a failure can be replayed. */
  seed: number;
  main: TargetInfo;
  mailer?: TargetInfo;
  /** The run may change tenant-wide settings (LOGTO_CONTRACT_ALLOW_SETTINGS=1): snapshotted first, restored after. */
  allowSettings: boolean;
  /** Scenarios that cannot run here, with the reason printed at start. */
  skips: Record<string, string>;
}

export const SKIP_KEYS = {
  unfilteredList: 'unfiltered-list',
  withConnector: 'with-email-connector',
  withoutConnector: 'without-email-connector',
} as const;
