import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PRISM_GUARD_SOURCE } from './prism-guard.js';
import { freePort } from './free-port.js';

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

export class PrismStartError extends Error {
  override readonly name = 'PrismStartError';
}

function prismPackage(): { dir: string; version: string; bin: string } {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('@stoplight/prism-cli/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string; bin: string | Record<string, string> };
  return { dir: dirname(pkgPath), version: pkg.version, bin: typeof pkg.bin === 'string' ? pkg.bin : (pkg.bin.prism as string) };
}

/** The JS entry of the locally installed Prism CLI (no global install, no shell wrapper). */
export function prismEntry(): string {
  const pkg = prismPackage();
  return join(pkg.dir, pkg.bin);
}

/** The installed Prism version, for reports. */
export function prismVersion(): string {
  return prismPackage().version;
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
  const args = ['-e', PRISM_GUARD_SOURCE, prismEntry(), 'mock', '-h', host, '-p', String(port), '-v', options.logLevel ?? 'warn', options.specPath];
  const child = spawn(process.execPath, args, { stdio: ['ignore', log, log, 'ipc'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  // Prism is not a job the parent waits for: it must not keep the parent alive.
  child.unref();
  child.channel?.unref();

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
        await exited;
        clearTimeout(timer);
      }
    })();
    return stopped;
  };

  try {
    await waitUntilAnswering(baseUrl, exited, timeoutMs, options.logFile);
    return { baseUrl, pid: child.pid as number, logFile: options.logFile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitUntilAnswering(baseUrl: string, exited: Promise<number | null>, timeoutMs: number, logFile: string): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      const reason = lastError(readLog(logFile));
      throw new PrismStartError(`Prism exited (code ${exitCode}) before listening (${reason ?? 'it could not load the spec or bind the port'}); see ${logFile}`);
    }
    try {
      // Any HTTP answer (Prism says 404 for `/`) means it is listening.
      await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new PrismStartError(`Prism did not answer on ${baseUrl} within ${timeoutMs} ms; see ${logFile}`);
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
