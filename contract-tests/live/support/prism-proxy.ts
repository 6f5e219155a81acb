import { spawn } from 'node:child_process';
import { PRISM_GUARD_SOURCE } from '../../lib/prism/prism-guard.js';
import { prismEntry } from '../../lib/prism/start-prism.js';
import { freePort } from './free-port.js';
import { REPO_ROOT, SPEC_PATH } from './repo-paths.js';

/** Distinct free ports, for proxies started at the same time. */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

export interface PrismProxy {
  url: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Starts `prism proxy` for our spec in front of `upstream`, on 127.0.0.1 and a free port. It
 * validates every request and response and reports problems in the `sl-violations` header.
 * Launched through the mock suite's guard, so Prism exits when this process goes away for any
 * reason (its IPC channel closes), even on SIGKILL. Its log stays at `error` level and is never
 * printed: at `info` it would log request headers, tokens included.
 */
export async function startPrismProxy(upstream: string, port?: number): Promise<PrismProxy> {
  port ??= await freePort();
  const args = ['proxy', SPEC_PATH, upstream, '--host', '127.0.0.1', '--port', String(port), '--errors=false', '-v', 'error'];
  const child = spawn(process.execPath, ['-e', PRISM_GUARD_SOURCE, prismEntry(), ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.unref();
  child.channel?.unref();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`prism proxy exited with code ${child.exitCode} before it was ready: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
    }
    try {
      const response = await fetch(`${url}/api/status`, { signal: AbortSignal.timeout(1_000) });
      await response.body?.cancel().catch(() => undefined);
      return { url, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop();
  throw new Error(`prism proxy did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s`);
}
