import { UsageError } from '../../../common/usage-error.js';

const DEFAULT_MANAGEMENT_RESOURCE = 'https://default.logto.app/api';

type EmailConnectorSetting = 'present' | 'absent';

/** Where the live suite points: the embedded reference server, or a Logto named by LOGTO_* variables. */
export type LiveSettings = ReferenceSettings | RemoteSettings;

interface ReferenceSettings {
  mode: 'reference';
  seed: number | undefined;
}

export interface RemoteSettings {
  mode: 'remote';
  /** Server root, no trailing slash. */
  endpoint: string;
  appId: string;
  appSecret: string;
  resource: string;
  allowWrites: boolean;
  /** LOGTO_CONTRACT_ALLOW_SETTINGS=1: the scenarios that change tenant-wide settings run (snapshot first, restored after). */
  allowSettings: boolean;
  sendEmail: boolean;
  emailConnector: EmailConnectorSetting | undefined;
  seed: number | undefined;
}

type Env = Record<string, string | undefined>;

const TARGET_VARIABLES = ['LOGTO_ENDPOINT', 'LOGTO_M2M_APP_ID', 'LOGTO_M2M_APP_SECRET', 'LOGTO_MANAGEMENT_RESOURCE'] as const;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * Reads the LOGTO_* variables. No target variable at all means "use the embedded reference
 * server"; as soon as one is set, the others the remote mode needs must be set too, because a
 * half-configured run would silently test the wrong server.
 */
export function readLiveSettings(env: Env = process.env): LiveSettings {
  const seed = readSeed(env);
  checkNumRuns(env);
  const anyTarget = TARGET_VARIABLES.some((name) => read(env, name) !== undefined);
  if (!anyTarget) return { mode: 'reference', seed };

  const missing = TARGET_VARIABLES.slice(0, 3).filter((name) => read(env, name) === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. To test a Logto server set LOGTO_ENDPOINT (server root, e.g. https://tenant.logto.app), ` +
        `LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET (a machine-to-machine app with the Management API role); ` +
        `to test the embedded reference server instead, unset every LOGTO_* target variable.`,
    );
  }
  const endpoint = readEndpoint(read(env, 'LOGTO_ENDPOINT') as string);
  const resource = read(env, 'LOGTO_MANAGEMENT_RESOURCE') ?? DEFAULT_MANAGEMENT_RESOURCE;
  if (!isHttpUrl(resource)) {
    throw new UsageError(
      `LOGTO_MANAGEMENT_RESOURCE "${resource}" is not a URL. Set it to the Management API indicator: ${DEFAULT_MANAGEMENT_RESOURCE} on Logto OSS, https://{tenantId}.logto.app/api on Logto Cloud, or unset it.`,
    );
  }
  return {
    mode: 'remote',
    endpoint,
    appId: read(env, 'LOGTO_M2M_APP_ID') as string,
    appSecret: read(env, 'LOGTO_M2M_APP_SECRET') as string,
    resource,
    allowWrites: readFlag(env, 'LOGTO_CONTRACT_ALLOW_WRITES'),
    allowSettings: readFlag(env, 'LOGTO_CONTRACT_ALLOW_SETTINGS'),
    sendEmail: readFlag(env, 'LOGTO_CONTRACT_SEND_EMAIL'),
    emailConnector: readEmailConnector(env),
    seed,
  };
}

function readEndpoint(value: string): string {
  if (!isHttpUrl(value)) {
    throw new UsageError(
      `LOGTO_ENDPOINT "${value}" is not an http(s) URL. Set it to the Logto server root, e.g. http://localhost:3001 or https://your-tenant.logto.app.`,
    );
  }
  const url = new URL(value);
  const path = url.pathname.replace(/\/+$/, '');
  if (path.endsWith('/api') || path.endsWith('/oidc')) {
    throw new UsageError(
      `LOGTO_ENDPOINT "${value}" ends in ${path.slice(path.lastIndexOf('/'))}; set it to the server root without it (e.g. ${url.origin}).`,
    );
  }
  if (url.search || url.hash) {
    throw new UsageError(`LOGTO_ENDPOINT "${value}" has a query or fragment; set it to the server root (e.g. ${url.origin}).`);
  }
  return `${url.origin}${path}`;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function readFlag(env: Env, name: string): boolean {
  const value = read(env, name);
  if (value === undefined || value === '0') return false;
  if (value === '1') return true;
  throw new UsageError(`${name}="${value}" is not understood; set it to 1 (yes) or 0 / unset (no).`);
}

function readEmailConnector(env: Env): EmailConnectorSetting | undefined {
  const value = read(env, 'LOGTO_CONTRACT_EMAIL_CONNECTOR');
  if (value === undefined) return undefined;
  if (value === 'present' || value === 'absent') return value;
  throw new UsageError(
    `LOGTO_CONTRACT_EMAIL_CONNECTOR="${value}" is not understood; set it to "present" or "absent" (whether the tenant has an e-mail connector), or unset it to let the suite detect it.`,
  );
}

function checkNumRuns(env: Env): void {
  const value = read(env, 'LOGTO_CONTRACT_NUM_RUNS');
  if (value !== undefined && !(/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 10_000)) {
    throw new UsageError(`LOGTO_CONTRACT_NUM_RUNS="${value}" must be a whole number from 1 to 10000 (generated invalid inputs per write operation); fix it or unset it (default 20).`);
  }
}

function readSeed(env: Env): number | undefined {
  const value = read(env, 'LOGTO_CONTRACT_SEED');
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`LOGTO_CONTRACT_SEED="${value}" is not an integer; set it to the seed a previous run printed, or unset it.`);
  }
  return Number(value) | 0;
}

/** Writes to a real tenant need an explicit yes; the embedded reference server is ours to write. */
export function assertWritesAllowed(settings: LiveSettings): void {
  if (settings.mode === 'remote' && !settings.allowWrites) {
    throw new UsageError(
      `Refusing to write to ${settings.endpoint}: the live suite creates and deletes organizations, roles, users and invitations (all named ct-<runid>-..., invitees @example.com). ` +
        `Set LOGTO_CONTRACT_ALLOW_WRITES=1 if this tenant may be written to (use a staging tenant, never production).`,
    );
  }
}

/** A run id given from outside (CI sets one per shard so its sweep can target it): short lowercase letters and digits. */
export function readRunId(env: Env = process.env): string | undefined {
  const value = read(env, 'LOGTO_CONTRACT_RUN_ID');
  if (value === undefined) return undefined;
  if (!/^[a-z0-9]{1,24}$/.test(value)) {
    throw new UsageError(`LOGTO_CONTRACT_RUN_ID="${value}" must be 1-24 lowercase letters and digits (it becomes the name prefix ct-<runid>-); fix it or unset it.`);
  }
  return value;
}
