import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PRISM_GUARD_SOURCE } from './prism-guard.js';

export interface PrismOptions {
  specPath: string;
  /** Prism's own output goes here, never to the console. */
  logFile: string;
  host?: string;
  startTimeoutMs?: number;
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

const LISTENING = /Prism is listening on (http:\/\/[^\s]+)/;

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

/**
 * Starts `prism mock` on a free port (port 0: Prism binds it and prints the address), waits until
 * it answers HTTP, and returns a handle. Prism dies with its parent (see PRISM_GUARD_SOURCE).
 */
export async function startPrism(options: PrismOptions): Promise<PrismHandle> {
  const host = options.host ?? '127.0.0.1';
  mkdirSync(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'w' });
  const child = spawn(process.execPath, ['-e', PRISM_GUARD_SOURCE, prismEntry(), 'mock', '-h', host, '-p', '0', options.specPath], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.stderr?.pipe(log, { end: false });
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
      await new Promise<void>((resolve) => log.end(resolve));
    })();
    return stopped;
  };

  try {
    const baseUrl = await waitForAddress(child, exited, options.startTimeoutMs ?? 60_000, (chunk) => log.write(chunk), options.logFile);
    await waitUntilAnswering(baseUrl, exited, options.startTimeoutMs ?? 60_000);
    return { baseUrl, pid: child.pid as number, logFile: options.logFile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForAddress(child: ChildProcess, exited: Promise<number | null>, timeoutMs: number, onOutput: (chunk: Buffer) => void, logFile: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    let found = false;
    const timer = setTimeout(() => reject(new PrismStartError(`Prism did not start within ${timeoutMs} ms; see ${logFile}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      onOutput(chunk);
      if (found) return;
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      const match = LISTENING.exec(seen);
      if (match?.[1]) {
        found = true;
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      if (!found) reject(new PrismStartError(`Prism exited (code ${code}) before listening; it could not load the spec. See ${logFile}`));
    });
  });
}

async function waitUntilAnswering(baseUrl: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone) {
    try {
      await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new PrismStartError(gone ? 'Prism exited while starting' : `Prism at ${baseUrl} did not answer within ${timeoutMs} ms`);
}
