import type { ContractContext } from '../context.js';
import { checkResponse } from '../checks/check-response.js';
import type { CheckResult } from '../checks/check-result.js';
import { RESPONSE_CHECKS } from '../checks/check-result.js';
import type { OperationSpec } from '../spec/operations.js';
import type { BuiltRequest, RequestCredentials } from '../requests/contract-request.js';
import { buildValidRequest } from '../requests/build-valid-request.js';
import { buildInvalidRequests } from '../requests/build-invalid-requests.js';
import type { NegativeResult, PairResult } from '../report/results.js';
import { mapConcurrent } from './pool.js';
import { send } from './send.js';

export interface RunOptions {
  baseUrl: string;
  credentials?: RequestCredentials;
  /** Requests in flight at once. */
  concurrency?: number;
  timeoutMs?: number;
}

/** Enough requests in flight to keep a single-threaded server busy, few enough to keep its queue short. */
const DEFAULT_CONCURRENCY = 12;

/**
 * For every operation and every documented status, sends a valid request asking a Prism-style mock
 * for that status (`Prefer: code=...`) and runs the four response checks on what comes back.
 */
export async function runMockResponseConformance(ctx: ContractContext, operations: OperationSpec[], options: RunOptions): Promise<PairResult[]> {
  const jobs = operations.flatMap((op) => op.responses.map((r) => ({ op, status: r.status })));
  // One valid request per operation serves all of its statuses.
  const requests = new Map<OperationSpec, BuiltRequest>();
  const requestFor = (op: OperationSpec) => {
    let built = requests.get(op);
    if (!built) {
      built = buildValidRequest(ctx, op, options.credentials);
      requests.set(op, built);
      if (!built.ok) ctx.findings.add('request-unbuildable', op.operationId, op.pointer, `${op.operationId}: no request valid against the spec exists or could be built (${built.reason})`);
    }
    return built;
  };
  return mapConcurrent(jobs, options.concurrency ?? DEFAULT_CONCURRENCY, async ({ op, status }) => {
    const base = { operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, tags: op.tags, status };
    if (!/^\d{3}$/.test(status)) return { ...base, outcome: 'not_reachable', reason: `"${status}" is a range/default; a mock can only be asked for a concrete status`, checks: [] };
    const built = requestFor(op);
    if (!built.ok) return { ...base, outcome: 'not_reachable', reason: `no valid request could be built: ${built.reason}`, checks: [] };
    const exchange = await send(options.baseUrl, built.request, { prefer: `code=${status}` }, options.timeoutMs);
    if (!exchange.ok) return { ...base, outcome: 'failed', checks: networkFailure(op, status, exchange.error) };
    const { response } = exchange;
    const expected = Number(status);
    if (response.status !== expected && response.headers['sl-violations'] && built.request.blockers.length > 0) {
      return { ...base, outcome: 'not_reachable', observedStatus: response.status, reason: `the mock rejects the request because of a spec problem: ${built.request.blockers[0]}`, checks: [] };
    }
    const checks = checkResponse(ctx, op, response, { expectedStatus: expected });
    const outcome = checks.every((c) => c.outcome === 'passed') ? 'passed' : 'failed';
    return { ...base, outcome, observedStatus: response.status, checks } satisfies PairResult;
  });
}

/**
 * Sends every request `buildInvalidRequests` derives; each must be refused with a 4xx
 * (`negative_data_rejection`), proving the spec constrains that input.
 */
export async function runNegativeConformance(ctx: ContractContext, operations: OperationSpec[], options: RunOptions): Promise<NegativeResult[]> {
  const jobs = operations.flatMap((op) => buildInvalidRequests(ctx, op, options.credentials).map((c) => ({ op, c })));
  return mapConcurrent(jobs, options.concurrency ?? DEFAULT_CONCURRENCY, async ({ op, c }) => {
    const success = op.responses.find((r) => /^2\d\d$/.test(r.status))?.status;
    const base = { operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, name: c.name };
    // Asking for a success shows the refusal comes from input validation, not from the mock's choice.
    const exchange = await send(options.baseUrl, c.request, success ? { prefer: `code=${success}` } : {}, options.timeoutMs);
    if (!exchange.ok) return { ...base, outcome: 'failed', message: `${op.operationId} negative_data_rejection [${c.name}]: ${exchange.error}` };
    const { status } = exchange.response;
    if (status >= 400 && status < 500) return { ...base, outcome: 'passed', observedStatus: status, message: `refused with ${status}` };
    return { ...base, outcome: 'failed', observedStatus: status, message: `${op.operationId} negative_data_rejection [${c.name}]: expected a 4xx refusal, got ${status}` };
  });
}

function networkFailure(op: OperationSpec, status: string, error: string): CheckResult[] {
  return RESPONSE_CHECKS.map((name) => ({ name, outcome: 'failed', message: `${op.operationId} ${status} ${name}: no response: ${error}` }));
}
