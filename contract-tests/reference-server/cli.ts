import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, UsageError } from '../../common/usage-error.js';
import { parseCli, usage } from './cli-options.js';
import { DataDirError, startReferenceServer, type ReferenceServer } from './index.js';

function fail(message: string, exitCode: number): never {
  process.stderr.write(`reference server: ${message}\n`);
  process.exit(exitCode);
}

function describeStartError(error: unknown, port: number): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return `port ${port} is already in use: pass --port <another> (or --port 0 for any free port)`;
  if (code === 'EACCES') return `not allowed to bind port ${port}: use a port above 1024`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return 'cannot bind the --host address: use 127.0.0.1 or an address of this machine';
  if (error instanceof DataDirError) return error.message;
  return `could not start: ${error instanceof Error ? error.message : String(error)}`;
}

async function main(): Promise<void> {
  let command;
  try {
    command = parseCli(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message} (run with --help for usage)`, EXIT.usage);
    throw error;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const { options } = command;
  const secretFromUser = options.appSecret !== undefined;
  if (options.dataDir !== undefined) {
    options.dataDir = resolve(options.dataDir);
    mkdirSync(options.dataDir, { recursive: true });
  }
  if (options.emailOutbox !== undefined) options.emailOutbox = resolve(options.emailOutbox);

  let server: ReferenceServer;
  try {
    server = await startReferenceServer(options);
  } catch (error) {
    fail(describeStartError(error, options.port), 1);
  }

  const lines = [
    `Logto reference server ready in ${server.readyInMs} ms`,
    `  endpoint     ${server.url}  (Management API under /api, status at /api/status)`,
    `  token        POST ${server.url}/oidc/token  grant_type=client_credentials resource=${server.resource} scope=all`,
    `  app id       ${server.credentials.appId}`,
    // Printed on purpose: it only unlocks this local throwaway server and is needed to get a token.
    `  app secret   ${server.credentials.appSecret}  (local throwaway dev credential, ${secretFromUser ? 'as you set it' : 'generated for this run'}; it unlocks only this server)`,
    `  storage      ${options.dataDir ? `data directory ${options.dataDir} (kept across restarts)` : 'in memory (lost on exit; --data-dir to keep it)'}`,
    `  e-mail       ${server.emailOutbox ? `file connector, one JSON line per message in ${server.emailOutbox}` : 'no connector: sending invitations answers 501 connector.not_found (--email-outbox to enable)'}`,
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stdout.write(`\n${signal}: stopping...\n`);
    server.stop().then(
      () => {
        process.stdout.write('stopped.\n');
        process.exit(0);
      },
      (error: unknown) => fail(`error while stopping: ${error instanceof Error ? error.message : String(error)}`, 1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, 1));
