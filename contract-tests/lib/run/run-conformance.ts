import type { ContractContext } from '../context.js';
import { checkResponse } from '../checks/check-response.js';
import type { CheckResult } from '../checks/check-result.js';
import { RESPONSE_CHECKS } from '../checks/check-result.js';
import type { OperationSpec } from '../spec/operations.js';
import type { BuiltRequest, RequestCredentials } from '../requests/contract-request.js';
import { buildValidRequest } from '../requests/build-valid-request.js';
import { buildInvalidRequests, type InvalidRequestCase } from '../requests/build-invalid-requests.js';
import type { NegativeResult, PairResult } from '../report/results.js';
import { mapByLane } from './pool.js';
import { send, type Exchange } from './send.js';

interface RunOptions {
  /**
   * Servers answering the same spec, e.g. one Prism per core (a mock is stateless); requests are
   * spread over them by operation (see `spread`), `inFlightPerServer` at a time on each.
   */
  baseUrls: readonly string[];
  /**
   * When the servers split the spec's paths (a Prism fleet, lib/prism/split-paths.ts): the path
   * templates server i serves, for each i. Each operation then goes to the server of its path, and
   * only there. Without it every server serves every path.
   */
  paths?: ReadonlyArray<readonly string[]>;
  credentials?: RequestCredentials;
  /** Requests in flight at once on each server. */
  inFlightPerServer?: number;
  timeoutMs?: number;
}

/** Enough requests in flight to keep a single-threaded server busy, few enough to keep its queue short. */
const DEFAULT_IN_FLIGHT_PER_SERVER = 8;

/**
 * Sends `jobs` over every server of `options` at once; `fn` gets the server a call goes to. Each
 * operation's requests go to one server, because a Prism's first request of an operation costs it
 * far more than the next ones (it compiles that operation's validators): spread over every
 * server, every Prism paid that for every operation. Servers that split the paths get the
 * operations of their paths; servers that serve every path get the operations dealt out so that
 * each has about as many requests, and one that runs out of its own work takes the rest of another's.
 */
function spread<T extends { op: OperationSpec }, R>(jobs: readonly T[], options: RunOptions, fn: (job: T, index: number, baseUrl: string) => Promise<R>): Promise<R[]> {
  const { baseUrls } = options;
  if (baseUrls.length === 0) throw new RangeError('RunOptions.baseUrls is empty; pass at least one server');
  const perServer = options.inFlightPerServer ?? DEFAULT_IN_FLIGHT_PER_SERVER;
  const serverOf = options.paths ? serversByPath(jobs, options.paths) : serversByOperation(jobs, baseUrls.length);
  return mapByLane(jobs, baseUrls.length, perServer, (job) => serverOf.get(job.op.operationId) ?? 0, (job, index, lane) => fn(job, index, baseUrls[lane] as string), !options.paths);
}

/** Each operation's server when the servers split the paths: the one that serves its path. */
function serversByPath(jobs: readonly { op: OperationSpec }[], paths: ReadonlyArray<readonly string[]>): Map<string, number> {
  const serverOfPath = new Map<string, number>();
  paths.forEach((share, server) => share.forEach((path) => serverOfPath.set(path, server)));
  const serverOf = new Map<string, number>();
  for (const { op } of jobs) {
    const server = serverOfPath.get(op.path);
    if (server === undefined) throw new RangeError(`no server serves ${op.path} (${op.operationId}); RunOptions.paths must hold every path of the spec`);
    serverOf.set(op.operationId, server);
  }
  return serverOf;
}

/** Each operation's server: operations with the most requests first, each to the server with the fewest so far (ties: spec order, lowest server). */
function serversByOperation(jobs: readonly { op: OperationSpec }[], servers: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { op } of jobs) counts.set(op.operationId, (counts.get(op.operationId) ?? 0) + 1);
  const load = new Array<number>(servers).fill(0);
  const serverOf = new Map<string, number>();
  for (const [operationId, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    const server = load.indexOf(Math.min(...load));
    serverOf.set(operationId, server);
    load[server] = (load[server] as number) + count;
  }
  return serverOf;
}

interface MockConformance {
  pairs: PairResult[];
  negatives: NegativeResult[];
}

interface PairJob {
  op: OperationSpec;
  status: string;
  /** The operation's valid request; undefined for a range/default status (never sent). */
  built?: BuiltRequest;
}

/** Every request of a mock run, built and in the order they are checked (see `planMockConformance`). */
interface MockConformancePlan {
  negatives: Array<{ op: OperationSpec; c: InvalidRequestCase }>;
  pairs: PairJob[];
}

/**
 * Builds every request of a run against a Prism-style mock, before any server is needed (so a
 * suite can build them while its Prisms start). For every operation and every documented status,
 * a valid request that will ask the mock for that status (`Prefer: code=...`); and every request
 * `buildInvalidRequests` derives, which must be refused with a 4xx (`negative_data_rejection`),
 * proving the spec constrains that input. The spec is read in one fixed order (invalid requests,
 * then valid ones, operations in spec order), so the findings it records are the same every run.
 */
export function planMockConformance(ctx: ContractContext, operations: OperationSpec[], credentials?: RequestCredentials): MockConformancePlan {
  // One valid request per operation, for its invalid variants and for its statuses alike; built
  // operation by operation, so the spec is read in the same order as when each built its own.
  const valid = new Map<OperationSpec, BuiltRequest>();
  const negatives = operations.flatMap((op) => {
    const built = buildValidRequest(ctx, op, credentials);
    valid.set(op, built);
    return buildInvalidRequests(ctx, op, credentials, undefined, built).map((c) => ({ op, c }));
  });
  return { negatives, pairs: planPairs(ctx, operations, valid) };
}

/**
 * Sends a plan to the mock and runs the four response checks on every answer. Whatever the
 * concurrency and however many servers answer, answers are checked in the order their requests
 * were queued, so findings, each reported where it first occurs, are the same in every run. The
 * valid and the invalid requests go at once, each kind `inFlightPerServer` at a time on each
 * server: one after the other, a server whose share of the first kind ended early idled until the
 * other's ended.
 */
export async function runMockConformance(ctx: ContractContext, plan: MockConformancePlan, options: RunOptions): Promise<MockConformance> {
  const [pairs, negatives] = await Promise.all([sendPairs(ctx, plan.pairs, options), sendNegatives(plan.negatives, options)]);
  return { pairs, negatives };
}

/** One job per documented status; one valid request per operation serves all of its statuses. */
function planPairs(ctx: ContractContext, operations: OperationSpec[], valid: ReadonlyMap<OperationSpec, BuiltRequest>): PairJob[] {
  const jobs: PairJob[] = [];
  for (const op of operations) {
    const built = valid.get(op) as BuiltRequest;
    if (!built.ok && op.responses.some(({ status }) => /^\d{3}$/.test(status))) ctx.findings.add('request-unbuildable', op.operationId, op.pointer, `${op.operationId}: no request valid against the spec exists or could be built (${built.reason})`);
    for (const { status } of op.responses) jobs.push(/^\d{3}$/.test(status) ? { op, status, built } : { op, status });
  }
  return jobs;
}

async function sendPairs(ctx: ContractContext, jobs: PairJob[], options: RunOptions): Promise<PairResult[]> {
  const answers = new Array<Exchange | null | undefined>(jobs.length);
  const results = new Array<PairResult>(jobs.length);
  let checked = 0;
  // Checks run in queue order (see runMockConformance): an answer waits for the ones before it.
  const checkInOrder = () => {
    for (; checked < jobs.length && answers[checked] !== undefined; checked++) {
      results[checked] = pairResult(ctx, jobs[checked] as PairJob, answers[checked] as Exchange | null);
      answers[checked] = null;
    }
  };
  await spread(jobs, options, async ({ status, built }, index, baseUrl) => {
    answers[index] = built?.ok ? await send(baseUrl, built.request, { prefer: `code=${status}` }, options.timeoutMs) : null;
    checkInOrder();
  });
  return results;
}

/** `exchange` is null for a job that is not sent (a range status, no valid request). */
function pairResult(ctx: ContractContext, { op, status, built }: PairJob, exchange: Exchange | null): PairResult {
  const base = { operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, tags: op.tags, status };
  if (!built) return { ...base, outcome: 'not_reachable', reason: `"${status}" is a range/default; a mock can only be asked for a concrete status`, checks: [] };
  if (!built.ok) return { ...base, outcome: 'not_reachable', reason: `no valid request could be built: ${built.reason}`, checks: [] };
  if (!exchange) throw new Error(`${op.operationId} ${status}: a buildable request was not sent`);
  if (!exchange.ok) return { ...base, outcome: 'failed', checks: networkFailure(op, status, exchange.error) };
  const { response } = exchange;
  const expected = Number(status);
  if (response.status !== expected && response.headers['sl-violations'] && built.request.blockers.length > 0) {
    return { ...base, outcome: 'not_reachable', observedStatus: response.status, reason: `the mock rejects the request because of a spec problem: ${built.request.blockers[0]}`, checks: [] };
  }
  const checks = checkResponse(ctx, op, response, { expectedStatus: expected });
  const outcome = checks.every((c) => c.outcome === 'passed') ? 'passed' : 'failed';
  return { ...base, outcome, observedStatus: response.status, checks };
}

async function sendNegatives(jobs: Array<{ op: OperationSpec; c: InvalidRequestCase }>, options: RunOptions): Promise<NegativeResult[]> {
  return spread(jobs, options, async ({ op, c }, _index, baseUrl) => {
    const success = op.responses.find((r) => /^2\d\d$/.test(r.status))?.status;
    const base = { operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, name: c.name };
    // Asking for a success shows the refusal comes from input validation, not from the mock's choice.
    const exchange = await send(baseUrl, c.request, success ? { prefer: `code=${success}` } : {}, options.timeoutMs);
    if (!exchange.ok) return { ...base, outcome: 'failed', message: `${op.operationId} negative_data_rejection [${c.name}]: ${exchange.error}` };
    const { status } = exchange.response;
    if (status >= 400 && status < 500) return { ...base, outcome: 'passed', observedStatus: status, message: `refused with ${status}` };
    return { ...base, outcome: 'failed', observedStatus: status, message: `${op.operationId} negative_data_rejection [${c.name}]: expected a 4xx refusal, got ${status}` };
  });
}

function networkFailure(op: OperationSpec, status: string, error: string): CheckResult[] {
  return RESPONSE_CHECKS.map((name) => ({ name, outcome: 'failed', message: `${op.operationId} ${status} ${name}: no response: ${error}` }));
}
