import { placeParameter, sampleParameter } from '../../lib/requests/build-valid-request.js';
import type { ContractRequest } from '../../lib/requests/contract-request.js';
import type { ContractContext } from '../../lib/context.js';
import type { OperationSpec } from '../../lib/spec/operations.js';

/** How many of one listable resource a tenant holds, or why it could not be counted. */
export interface CensusEntry {
  operationId: string;
  path: string;
  count: number | null;
  /** `Total-Number` (a paged list asked for one item) or `array length` (a list sent whole). */
  how: 'Total-Number' | 'array length' | 'not counted';
  note?: string;
}

export interface CensusChange {
  operationId: string;
  before: number | null;
  after: number | null;
}

const CENSUS_TIMEOUT_MS = 30_000;

/**
 * The listable resources of a spec: every GET without path parameters whose 200 answer is a JSON
 * array. A paged one (a `page_size` parameter) is counted by its `Total-Number` header.
 */
export function listOperationsOf(operations: readonly OperationSpec[]): OperationSpec[] {
  return operations.filter((op) => {
    if (op.method !== 'get' || op.parameters.some((p) => p.in === 'path')) return false;
    const ok = op.responses.find((r) => r.status === '200');
    const schema = ok && Object.entries(ok.content).find(([type]) => /json/i.test(type))?.[1].schema;
    return schema !== undefined && (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array')));
  });
}

/**
 * Counts every listable resource of the tenant, one GET each (reads only, the run's token): the
 * proof that a generic run changed nothing is the same census before and after it.
 */
export async function takeCensus(ctx: ContractContext, operations: readonly OperationSpec[], apiBase: string, token: string): Promise<CensusEntry[]> {
  const entries: CensusEntry[] = [];
  for (const op of listOperationsOf(operations)) entries.push(await countOne(ctx, op, apiBase, token));
  return entries;
}

async function countOne(ctx: ContractContext, op: OperationSpec, apiBase: string, token: string): Promise<CensusEntry> {
  const base = { operationId: op.operationId, path: op.path };
  const request: ContractRequest = { operationId: op.operationId, method: op.method, path: op.path, query: [], headers: {}, blockers: [] };
  const paged = op.parameters.find((p) => p.in === 'query' && p.name === 'page_size');
  for (const p of op.parameters) {
    if (p.in !== 'query') continue;
    if (p === paged) placeParameter(request, p, 1);
    else if (p.required) {
      const sample = sampleParameter(ctx, op, p);
      if (!sample.ok) return { ...base, count: null, how: 'not counted', note: sample.reason };
      placeParameter(request, p, sample.value);
    }
  }
  const url = new URL(apiBase.replace(/\/$/, '') + request.path);
  for (const [name, value] of request.query) url.searchParams.append(name, value);
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, signal: AbortSignal.timeout(CENSUS_TIMEOUT_MS) });
  } catch (error) {
    return { ...base, count: null, how: 'not counted', note: `request failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const text = await response.text();
  if (response.status !== 200) return { ...base, count: null, how: 'not counted', note: `answered ${response.status}` };
  const total = response.headers.get('total-number');
  if (paged && total !== null && /^\d+$/.test(total)) return { ...base, count: Number(total), how: 'Total-Number' };
  try {
    const body = JSON.parse(text) as unknown;
    if (Array.isArray(body)) return { ...base, count: body.length, how: 'array length' };
  } catch {
    // Falls through: not a JSON array.
  }
  return { ...base, count: null, how: 'not counted', note: 'the 200 answer is not a JSON array' };
}

/**
 * Logto's audit log (`GET /api/logs`) records requests, so it grows with every run, the census's
 * own token requests included. Its new entries are read back and each must be a record of the
 * run itself: a client-credentials token grant to the run's app, or a request that failed
 * (`result: "Error"`; Logto logs every SAML authn request, refused ones too). Anything else is a
 * change like any other.
 */
export const AUDIT_LOG_PATH = '/api/logs';

export interface AuditGrowth {
  /** Entries added since the first census, by `key (result)`. */
  added: Record<string, number>;
  /** Entries that are not a record of the run's own token grants or refused requests. */
  unexplained: number;
}

export async function auditLogGrowth(apiBase: string, token: string, count: number, ownAppId: string): Promise<AuditGrowth> {
  const url = `${apiBase.replace(/\/$/, '')}${AUDIT_LOG_PATH}?page=1&page_size=${count}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, signal: AbortSignal.timeout(CENSUS_TIMEOUT_MS) });
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (response.status !== 200 || !Array.isArray(body)) return { added: {}, unexplained: count };
  const added: Record<string, number> = {};
  let unexplained = count - body.length;
  for (const entry of body as Array<{ key?: unknown; payload?: { result?: unknown; applicationId?: unknown } }>) {
    const key = typeof entry.key === 'string' ? entry.key : '?';
    const result = typeof entry.payload?.result === 'string' ? entry.payload.result : '?';
    added[`${key} (${result})`] = (added[`${key} (${result})`] ?? 0) + 1;
    const ownGrant = key.startsWith('ExchangeTokenBy.') && entry.payload?.applicationId === ownAppId && result === 'Success';
    if (!ownGrant && result !== 'Error') unexplained += 1;
  }
  return { added, unexplained };
}

/** Resources whose count differs between two censuses (a list counted once and not the other time included). */
export function censusChanges(before: readonly CensusEntry[], after: readonly CensusEntry[]): CensusChange[] {
  const changes: CensusChange[] = [];
  for (const entry of before) {
    const later = after.find((e) => e.operationId === entry.operationId);
    if (!later || later.count !== entry.count) changes.push({ operationId: entry.operationId, before: entry.count, after: later?.count ?? null });
  }
  return changes;
}
