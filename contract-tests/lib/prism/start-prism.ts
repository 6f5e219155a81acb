import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PRISM_GUARD_SOURCE } from './prism-guard.js';
import { freePort, installedPackage, startServerProcess } from '../../../common/process/index.js';

export type PrismLogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

export interface PrismOptions {
  specPath: string;
  /** Prism's own output goes here, never to the console. */
  logFile: string;
  host?: string;
  startTimeoutMs?: number;
  /**
   * `warn` (default) logs request violations; `info` also logs every request and negotiation,
   * which costs Prism about a fifth more CPU on a 280-operation run.
   */
  logLevel?: PrismLogLevel;
}

export interface PrismHandle {
  baseUrl: string;
  pid: number;
  logFile: string;
  /** Stops Prism and waits until the process is gone. Safe to call twice. */
  stop(): Promise<void>;
}

class PrismStartError extends Error {
  override readonly name = 'PrismStartError';
}

const PRISM_PACKAGE = '@stoplight/prism-cli';

/** The JS entry of the locally installed Prism CLI (no global install, no shell wrapper). */
function prismEntry(): string {
  return installedPackage(PRISM_PACKAGE).bin('prism');
}

/** The installed Prism version, for reports. */
export function prismVersion(): string {
  return installedPackage(PRISM_PACKAGE).version;
}

/**
 * How every Prism here is started (mock and proxy): the local CLI under the orphan guard, so it
 * exits with this process however that ends (PRISM_GUARD_SOURCE), and without colours in its output.
 */
export function guardedPrismCommand(prismArgs: readonly string[]): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return { command: process.execPath, args: ['-e', PRISM_GUARD_SOURCE, prismEntry(), ...prismArgs], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } };
}

const ATTEMPTS = 3;

/**
 * Starts `prism mock` on a free 127.0.0.1 port, waits until it answers HTTP, and returns a handle.
 * Prism dies with its parent, however the parent ends (see PRISM_GUARD_SOURCE).
 */
export async function startPrism(options: PrismOptions): Promise<PrismHandle> {
  mkdirSync(dirname(options.logFile), { recursive: true });
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      // Another process can take the port between the probe and Prism's bind; try a new one.
      const portTaken = error instanceof PrismStartError && /EADDRINUSE/.test(readLog(options.logFile));
      if (!portTaken || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function startOnce(options: PrismOptions): Promise<PrismHandle> {
  const host = options.host ?? '127.0.0.1';
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const port = await freePort(host);
  const baseUrl = `http://${host}:${port}`;
  const log = openSync(options.logFile, 'w');
  const server = await startServerProcess({
    ...guardedPrismCommand(['mock', '-h', host, '-p', String(port), '-v', options.logLevel ?? 'warn', options.specPath]),
    stdio: ['ignore', log, log, 'ipc'],
    // The log descriptor is the child's now; this process's copy is closed once Prism has it.
    attach: () => closeSync(log),
    // Any HTTP answer (Prism says 404 for `/`) means it is listening.
    probe: async () => {
      await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) });
    },
    pollMs: 100,
    timeoutMs,
    exitedError: (code) =>
      new PrismStartError(`Prism exited (code ${code}) before listening (${lastError(readLog(options.logFile)) ?? 'it could not load the spec or bind the port'}); see ${options.logFile}`),
    timeoutError: () => new PrismStartError(`Prism did not answer on ${baseUrl} within ${timeoutMs} ms; see ${options.logFile}`),
  });
  return { baseUrl, pid: server.pid, logFile: options.logFile, stop: server.stop };
}

/** Prism's own account of why it stopped: the message of the last `Error: ...` line of its log. */
function lastError(log: string): string | undefined {
  const line = log
    .split('\n')
    .filter((l) => /^\s*\w*Error: /.test(l))
    .at(-1);
  return line?.trim().replace(/^\w*Error: /, '').replace(/\.$/, '').slice(0, 300);
}

function readLog(logFile: string): string {
  try {
    return readFileSync(logFile, 'utf8');
  } catch {
    return '';
  }
}
