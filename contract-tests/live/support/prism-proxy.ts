import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from './free-port.js';
import { REPO_ROOT, SPEC_PATH } from './repo-paths.js';

export interface PrismProxy {
  url: string;
  stop(): Promise<void>;
}

const PRISM_BIN = path.join(REPO_ROOT, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
const START_TIMEOUT_MS = 30_000;
const running = new Set<ChildProcess>();

// A crashed or interrupted run must not leave a Prism behind.
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

/**
 * Starts `prism proxy` for our spec in front of `upstream`, on 127.0.0.1 and a free port. It
 * validates every request and response and reports problems in the `sl-violations` header.
 * Its log stays at `error` level and is never printed: at `info` it would log request headers,
 * tokens included.
 */
export async function startPrismProxy(upstream: string): Promise<PrismProxy> {
  const port = await freePort();
  const child = spawn(process.execPath, [PRISM_BIN, 'proxy', SPEC_PATH, upstream, '--host', '127.0.0.1', '--port', String(port), '--errors=false', '-v', 'error'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (!running.has(child)) return;
    running.delete(child);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      running.delete(child);
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

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    // Negative pid: the whole process group, so nothing Prism spawned survives it.
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}
