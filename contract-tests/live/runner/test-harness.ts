import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startChild } from '../../../common/process/index.js';
import type { ReferenceServer } from '../../reference-server/index.js';
import { REPO_ROOT } from '../support/repo-paths.js';
import { requestToken, accessTokenOf } from '../support/token-request.js';
import { httpSweepApi } from '../sweep/http-sweep-api.js';
import { planSweep } from '../sweep/sweep-plan.js';

/**
 * Test harness for `contract:live` as a user runs it: the real script in a child process (its own
 * process group, so a "Ctrl-C" can reach the whole group as a terminal's does), pointed at an
 * embedded reference server posing as a remote tenant, reports in a temporary folder.
 */
export interface RunnerProcess {
  child: ChildProcess;
  reportsDir: string;
  /** Stdout and stderr as they arrived: two pipes, so a line of one may come before an earlier line of the other. */
  output: () => string;
  /** Stdout alone, in order: where the closing line is. */
  stdout: () => string;
  done: Promise<number | null>;
}

/** `stale` files are put in the reports folder first, as a previous run would have left them. */
export function startRunner(env: Record<string, string>, options: { args?: string[]; stale?: Record<string, string> } = {}): RunnerProcess {
  const reportsDir = mkdtempSync(path.join(tmpdir(), 'ct-live-reports-'));
  for (const [name, text] of Object.entries(options.stale ?? {})) writeFileSync(path.join(reportsDir, name), text);
  const args = options.args ?? [];
  // Only what the test sets: a LOGTO_* variable from the caller's shell must not leak in.
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('LOGTO_') && name !== 'CONTRACT_LIVE_REPORTS_DIR'));
  let output = '';
  let stdout = '';
  const started = startChild(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', 'contract-live.ts'), ...args], {
    cwd: REPO_ROOT,
    env: { ...base, ...env, CONTRACT_LIVE_REPORTS_DIR: reportsDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    output: 'capture',
    onLine: (line) => (output += `${line}\n`),
    onStdout: (chunk) => (stdout += chunk.toString('utf8')),
    ownProcessGroup: true,
  });
  const { child } = started;
  const done = started.ended.then((end) => end.code);
  return { child, reportsDir, output: () => output, stdout: () => stdout, done };
}

/** Kills whatever is left of a runner's process group and removes its reports folder. */
export function disposeRunner(run: RunnerProcess): void {
  try {
    if (run.child.pid) process.kill(-run.child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  rmSync(run.reportsDir, { recursive: true, force: true });
}

export function remoteEnv(server: ReferenceServer, runId: string): Record<string, string> {
  return {
    LOGTO_ENDPOINT: server.url,
    LOGTO_M2M_APP_ID: server.credentials.appId,
    LOGTO_M2M_APP_SECRET: server.credentials.appSecret,
    LOGTO_CONTRACT_ALLOW_WRITES: '1',
    LOGTO_CONTRACT_RUN_ID: runId,
    // The reference server implements the carried operations only: the generic phase checks those.
    LOGTO_CONTRACT_OPERATIONS: 'implemented',
  };
}

/** How many entities the run's workers have recorded as created so far. */
export function createdSoFar(reportsDir: string): number {
  const dir = path.join(reportsDir, '.observations');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((name) => name.startsWith('worker-'))
    .reduce((n, name) => n + (readFileSync(path.join(dir, name), 'utf8').match(/"ledger":"created"/g)?.length ?? 0), 0);
}

export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Everything on the server whose name or e-mail starts with `prefix`, as the sweep sees it. */
export async function itemsOnServer(server: ReferenceServer, prefix: string): Promise<string[]> {
  const token = accessTokenOf(await requestToken({ endpoint: server.url, ...server.credentials, resource: server.resource, scope: 'all' }));
  if (!token) throw new Error('the reference server refused its own credentials');
  const plan = await planSweep(httpSweepApi(server.url, token), prefix);
  return plan.items.map((i) => `${i.kind} ${i.label}`);
}

export function readReport(run: RunnerProcess, name: string): string {
  return readFileSync(path.join(run.reportsDir, name), 'utf8');
}

/**
 * A proxy in front of a server that can be told to break answers: a way to make a healthy server
 * look like a tenant that violates the contract, or one that refuses the cleanup.
 */
export interface FaultProxy {
  url: string;
  /** An answer to give instead of forwarding the request (the server never sees it), or undefined to forward. */
  refuse: ((req: IncomingMessage) => { status: number; body: string } | undefined) | undefined;
  /** A replacement for the server's answer, or undefined to pass it through. */
  rewrite: ((req: IncomingMessage, status: number, body: string) => { status: number; body: string } | undefined) | undefined;
  stop(): Promise<void>;
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const proxy: FaultProxy = { url: '', refuse: undefined, rewrite: undefined, stop: async () => undefined };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const refused = proxy.refuse?.(req);
      if (refused) {
        res.writeHead(refused.status, { 'content-type': 'application/json' });
        res.end(refused.body);
        return;
      }
      const forwarded = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (c: Buffer) => parts.push(c));
          answer.on('end', () => {
            const body = Buffer.concat(parts).toString('utf8');
            const replaced = proxy.rewrite?.(req, answer.statusCode ?? 502, body);
            const headers = { ...answer.headers };
            delete headers['content-length'];
            delete headers['transfer-encoding'];
            res.writeHead(replaced?.status ?? answer.statusCode ?? 502, headers);
            res.end(replaced?.body ?? body);
          });
        },
      );
      forwarded.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      forwarded.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
