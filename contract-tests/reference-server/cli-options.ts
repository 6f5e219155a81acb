import { parseArgs } from 'node:util';
import { UsageError } from '../../common/usage-error.js';
import { defaultResource, defaultTokenTtlSeconds, type ReferenceServerOptions } from './index.js';

export const usage = `Usage: npm run server -- [options]

Starts a Logto-compatible Management API server (organization invitations and what they need).

Options (flags win over environment variables):
  --host <host>            bind address                         [REFERENCE_SERVER_HOST, default 127.0.0.1]
  --port <port>            port, 0 = any free port              [REFERENCE_SERVER_PORT, default 3001]
  --data-dir <dir>         persist data there (default: memory) [REFERENCE_SERVER_DATA_DIR]
  --app-id <id>            seeded M2M app id (default: random)  [LOGTO_M2M_APP_ID]
  --app-secret <secret>    seeded M2M app secret (default: random) [LOGTO_M2M_APP_SECRET]
  --resource <indicator>   Management API resource              [REFERENCE_SERVER_RESOURCE, default ${defaultResource}]
  --token-ttl <seconds>    access token lifetime                [REFERENCE_SERVER_TOKEN_TTL, default ${defaultTokenTtlSeconds}]
  --email-outbox <file>    enable the file e-mail connector (JSON lines) [REFERENCE_SERVER_EMAIL_OUTBOX]
  -h, --help               show this help`;

type CliCommand = { kind: 'help' } | { kind: 'start'; options: ReferenceServerOptions & { port: number } };

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function nonEmpty(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim() === '') throw new UsageError(`${name} must not be empty`);
  return raw;
}

/** Pure: turns argv + environment into options, or a UsageError naming the bad input. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv): CliCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'app-id': { type: 'string' },
        'app-secret': { type: 'string' },
        resource: { type: 'string' },
        'token-ttl': { type: 'string' },
        'email-outbox': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // node's messages name the flag; drop its multi-line hints.
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    throw new UsageError(message.replace(/\. To specify.*$/, ''));
  }
  if (values['help']) return { kind: 'help' };
  const pick = (flag: string, variable: string): string | undefined => nonEmpty(`--${flag}`, (values[flag] as string | undefined) ?? env[variable]);

  const port = pick('port', 'REFERENCE_SERVER_PORT');
  const ttl = pick('token-ttl', 'REFERENCE_SERVER_TOKEN_TTL');
  const resource = pick('resource', 'REFERENCE_SERVER_RESOURCE');
  if (resource !== undefined && !URL.canParse(resource)) throw new UsageError(`--resource must be an absolute URL, got "${resource}"`);
  const options: ReferenceServerOptions & { port: number } = { port: port === undefined ? 3001 : integer('--port', port, 0, 65535) };
  const host = pick('host', 'REFERENCE_SERVER_HOST');
  const dataDir = pick('data-dir', 'REFERENCE_SERVER_DATA_DIR');
  const appId = pick('app-id', 'LOGTO_M2M_APP_ID');
  const appSecret = pick('app-secret', 'LOGTO_M2M_APP_SECRET');
  const emailOutbox = pick('email-outbox', 'REFERENCE_SERVER_EMAIL_OUTBOX');
  if (host !== undefined) options.host = host;
  if (dataDir !== undefined) options.dataDir = dataDir;
  if (appId !== undefined) options.appId = appId;
  if (appSecret !== undefined) options.appSecret = appSecret;
  if (resource !== undefined) options.resource = resource;
  if (ttl !== undefined) options.tokenTtlSeconds = integer('--token-ttl', ttl, 1, 31_536_000);
  if (emailOutbox !== undefined) options.emailOutbox = emailOutbox;
  return { kind: 'start', options };
}
