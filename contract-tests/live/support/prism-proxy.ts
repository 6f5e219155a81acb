import { guardedPrismCommand } from '../../lib/prism/start-prism.js';
import { freePort, startServerProcess } from '../../../common/process/index.js';
import { REPO_ROOT, SPEC_PATH } from './repo-paths.js';

/** Distinct free ports, for proxies started at the same time. */
export { freePorts } from '../../../common/process/index.js';

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
  const url = `http://127.0.0.1:${port}`;
  let stderr = '';
  const server = await startServerProcess({
    ...guardedPrismCommand(args),
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    attach: (child) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-2000);
      });
    },
    probe: async () => {
      const response = await fetch(`${url}/api/status`, { signal: AbortSignal.timeout(1_000) });
      await response.body?.cancel().catch(() => undefined);
    },
    pollMs: 200,
    timeoutMs: START_TIMEOUT_MS,
    exitedError: (code) => new Error(`prism proxy exited with code ${code} before it was ready: ${stderr.trim().split('\n').slice(-3).join(' ')}`),
    timeoutError: () => new Error(`prism proxy did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s`),
  });
  return { url, stop: server.stop };
}
