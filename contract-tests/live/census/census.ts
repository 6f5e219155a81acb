import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../common/canonical-json.js';
import { TENANT_SETTINGS, type TenantSetting } from '../../../common/logto/tenant-settings.js';
import { readPointer } from '../../../common/spec/index.js';
import { placeParameter, sampleParameter } from '../../lib/requests/build-valid-request.js';
import type { ContractRequest } from '../../lib/requests/contract-request.js';
import type { ContractContext } from '../../lib/context.js';
import type { OperationSpec } from '../../lib/spec/operations.js';

/**
 * What a tenant holds, read before and after a run: every list the target serves (each item, by a
 * fingerprint of its content) and every tenant-wide setting (by a fingerprint of what it reads).
 * The same census before and after is the proof that a run left the tenant as it found it.
 * Fingerprints (SHA-256 of the canonical JSON) go into census.json, never the values: a setting
 * can hold a secret (a captcha provider's key).
 */
export interface CensusEntry {
  /** `list` (an operation's items) or `setting`. */
  what: 'list' | 'setting';
  /** The list's operationId and, for a list under a parent, the parent (`ListOrganizationUsers of org1`); or the setting's name. */
  name: string;
  path: string;
  /** Items in the list (every page), or null when it could not be read. */
  count: number | null;
  /** SHA-256 of the canonical content (list items sorted); null when not read. */
  fingerprint: string | null;
  /** Why it could not be read, or what was left out. */
  note?: string;
}

export interface CensusChange {
  name: string;
  before: string;
  after: string;
}

/** What a census read, with the settings' values kept in memory only (to restore them). */
export interface Census {
  entries: CensusEntry[];
  /** Setting name → what its GET answered (`undefined` when absent). Never written to disk. */
  settings: Map<string, unknown>;
}

export interface CensusReader {
  /** GET a path with the run's token: status and parsed JSON body. */
  get(path: string): Promise<{ status: number; json: unknown; headers: Headers }>;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 200;
/** Lists under a parent are read for at most this many parents each (a tenant with thousands of users would take minutes). */
export const MAX_PARENTS = 50;

/**
 * Values that change without anyone changing anything, by list operation: a census ignores them.
 * A one-time token's status reads `expired` once its time passes; a user's last sign-in moves
 * when a real user signs in.
 */
const VOLATILE: Record<string, readonly string[]> = {
  ListOneTimeTokens: ['/status'],
  ListUsers: ['/lastSignInAt'],
  ListRoleUsers: ['/lastSignInAt'],
  ListOrganizationUsers: ['/lastSignInAt'],
};

/**
 * The lists of a spec: every GET whose 200 answer is a JSON array. Those without path parameters
 * are read whole; those under one parent (`/api/organizations/{id}/users`) are read for each item
 * of the parent's own list (`/api/organizations`), when the target serves it.
 */
export function listOperationsOf(operations: readonly OperationSpec[]): OperationSpec[] {
  return operations.filter((op) => {
    if (op.method !== 'get') return false;
    const ok = op.responses.find((r) => r.status === '200');
    const schema = ok && Object.entries(ok.content).find(([type]) => /json/i.test(type))?.[1].schema;
    return schema !== undefined && (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array')));
  });
}

/** Reads every list of `operations` and every tenant-wide setting. */
export async function takeCensus(ctx: ContractContext, operations: readonly OperationSpec[], reader: CensusReader, settings: readonly TenantSetting[] = TENANT_SETTINGS): Promise<Census> {
  const lists = await readLists(ctx, operations, reader);
  const read = await readSettingValues(reader, settings);
  return { entries: [...lists, ...read.entries], settings: read.settings };
}

/** Every list of `operations`, each item fingerprinted. */
async function readLists(ctx: ContractContext, operations: readonly OperationSpec[], reader: CensusReader): Promise<CensusEntry[]> {
  const lists = listOperationsOf(operations);
  const entries: CensusEntry[] = [];
  const topLevel = new Map<string, unknown[]>();
  for (const op of lists.filter((o) => !o.parameters.some((p) => p.in === 'path'))) {
    const read = await readList(ctx, op, op.path, reader);
    entries.push(read.entry);
    if (read.items) topLevel.set(op.path, read.items);
  }
  for (const op of lists.filter((o) => o.parameters.filter((p) => p.in === 'path').length === 1)) {
    const param = op.parameters.find((p) => p.in === 'path')?.name as string;
    const parentPath = op.path.slice(0, op.path.indexOf(`/{${param}}`));
    const parents = topLevel.get(parentPath);
    if (!parents) {
      entries.push({ what: 'list', name: op.operationId, path: op.path, count: null, fingerprint: null, note: `no list of its parents (GET ${parentPath}) is served here` });
      continue;
    }
    const ids = parents.map((item) => readPointer(item, '/id')).filter((id): id is string => typeof id === 'string');
    for (const id of ids.slice(0, MAX_PARENTS)) {
      const read = await readList(ctx, op, op.path.replace(`{${param}}`, encodeURIComponent(id)), reader);
      entries.push({ ...read.entry, name: `${op.operationId} of ${id}` });
    }
    if (ids.length > MAX_PARENTS) entries.push({ what: 'list', name: op.operationId, path: op.path, count: null, fingerprint: null, note: `read under the first ${MAX_PARENTS} of ${ids.length} parents only` });
  }
  return entries;
}

/**
 * Every tenant-wide setting: its fingerprint, and its value in memory, both of the part of the
 * read that is the setting (`select`: a run's own named entries are resources, not the setting).
 */
export async function readSettingValues(reader: CensusReader, settings: readonly TenantSetting[] = TENANT_SETTINGS): Promise<Census> {
  const entries: CensusEntry[] = [];
  const values = new Map<string, unknown>();
  for (const setting of settings) {
    const base = { what: 'setting' as const, name: setting.setting, path: setting.read.path, count: null };
    const read = await readSetting(reader, setting);
    if ('value' in read) {
      const value = setting.select ? setting.select(read.value) : read.value;
      values.set(setting.setting, value);
      entries.push({ ...base, fingerprint: fingerprint(withoutVolatile(value, setting.volatile ?? [])) });
    } else if (read.status === setting.read.absentStatus) {
      values.set(setting.setting, undefined);
      entries.push({ ...base, fingerprint: 'absent' });
    } else {
      entries.push({ ...base, fingerprint: null, note: `GET answered ${read.status}` });
    }
  }
  return { entries, settings: values };
}

/** One setting's GET answer (every page of it when `read.paged`), or the status that stopped it. */
export async function readSetting(reader: CensusReader, setting: TenantSetting): Promise<{ value: unknown } | { status: number }> {
  if (!setting.read.paged) {
    const read = await reader.get(setting.read.path).catch(() => ({ status: 0, json: undefined, headers: new Headers() }));
    return read.status === 200 ? { value: read.json } : { status: read.status };
  }
  const items: unknown[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const separator = setting.read.path.includes('?') ? '&' : '?';
    const read = await reader.get(`${setting.read.path}${separator}page=${page}&page_size=${PAGE_SIZE}`).catch(() => ({ status: 0, json: undefined, headers: new Headers() }));
    if (read.status !== 200 || !Array.isArray(read.json)) return { status: read.status };
    items.push(...read.json);
    if (read.json.length < PAGE_SIZE) break;
  }
  return { value: items };
}

async function readList(ctx: ContractContext, op: OperationSpec, path: string, reader: CensusReader): Promise<{ entry: CensusEntry; items?: unknown[] }> {
  const base = { what: 'list' as const, name: op.operationId, path };
  const request: ContractRequest = { operationId: op.operationId, method: op.method, path, query: [], headers: {}, blockers: [] };
  const paged = op.parameters.some((p) => p.in === 'query' && p.name === 'page_size');
  for (const p of op.parameters) {
    if (p.in !== 'query' || !p.required || p.name === 'page' || p.name === 'page_size') continue;
    const sample = sampleParameter(ctx, op, p);
    if (!sample.ok) return { entry: { ...base, count: null, fingerprint: null, note: `needs query parameter ${p.name}: ${sample.reason}` } };
    placeParameter(request, p, sample.value);
  }
  const items: unknown[] = [];
  for (let page = 1; page <= (paged ? MAX_PAGES : 1); page++) {
    const query = new URLSearchParams(request.query);
    if (paged) {
      query.set('page', String(page));
      query.set('page_size', String(PAGE_SIZE));
    }
    const target = `${path}${query.size > 0 ? `?${query.toString()}` : ''}`;
    let answer: Awaited<ReturnType<CensusReader['get']>>;
    try {
      answer = await reader.get(target);
    } catch (error) {
      return { entry: { ...base, count: null, fingerprint: null, note: `request failed: ${error instanceof Error ? error.message : String(error)}` } };
    }
    if (answer.status !== 200 || !Array.isArray(answer.json)) return { entry: { ...base, count: null, fingerprint: null, note: `answered ${answer.status}${Array.isArray(answer.json) ? '' : ', not a JSON array'}` } };
    items.push(...answer.json);
    if (!paged || answer.json.length < PAGE_SIZE) break;
  }
  const volatile = VOLATILE[op.operationId] ?? [];
  const canonical = items.map((item) => canonicalJson(withoutVolatile(item, volatile))).sort();
  return { entry: { ...base, count: items.length, fingerprint: sha256(canonical.join('\n')) }, items };
}

/** Entries whose count or fingerprint differ between two censuses (an entry read only once included). */
export function censusChanges(before: readonly CensusEntry[], after: readonly CensusEntry[]): CensusChange[] {
  const changes: CensusChange[] = [];
  const describe = (e: CensusEntry | undefined): string => (e === undefined ? 'not read' : e.fingerprint === null ? `not read (${e.note ?? ''})` : e.what === 'list' ? `${e.count} item(s) ${e.fingerprint.slice(0, 12)}` : e.fingerprint === 'absent' ? 'absent' : e.fingerprint.slice(0, 12));
  const names = new Set([...before.map((e) => e.name), ...after.map((e) => e.name)]);
  for (const name of names) {
    const a = before.find((e) => e.name === name);
    const b = after.find((e) => e.name === name);
    if (a?.fingerprint !== b?.fingerprint || a?.count !== b?.count) changes.push({ name, before: describe(a), after: describe(b) });
  }
  return changes;
}

/** The JSON pointers at which two values differ (values left out: they may be secrets). */
export function changedPointers(before: unknown, after: unknown, at = ''): string[] {
  if (canonicalJson(before) === canonicalJson(after)) return [];
  const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isRecord(before) && isRecord(after)) {
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].sort().flatMap((key) => changedPointers(before[key], after[key], `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  }
  return [at || '(whole)'];
}

function withoutVolatile(value: unknown, pointers: readonly string[]): unknown {
  if (pointers.length === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const pointer of pointers) delete copy[pointer.slice(1)];
  return copy;
}

function fingerprint(value: unknown): string {
  return sha256(canonicalJson(value));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}


/**
 * Logto's audit log (`GET /api/logs`) records requests, so it grows with every run, the census's
 * own token requests included. Its new entries are read back and each must be a record of the
 * run itself: a request to the run's app (its token grants) or to an application the run created
 * (SAML authn requests), or a request that failed (`result: "Error"`; Logto logs refused SAML
 * authn requests too). Anything else is a change like any other.
 */
export const AUDIT_LOG_OPERATION = 'ListLogs';

interface AuditGrowth {
  /** Entries added since the first census, by `key (result)`. */
  added: Record<string, number>;
  /** Entries that are not a record of the run's own token grants or refused requests. */
  unexplained: number;
}

/**
 * `ownApplications`: the run's app and every application the run created (its ledger): a record
 * of a request to one of them is the run's own (a SAML authn request to a SAML app it made).
 */
export async function auditLogGrowth(reader: CensusReader, count: number, ownApplications: ReadonlySet<string>): Promise<AuditGrowth> {
  const entries: unknown[] = [];
  for (let page = 1; entries.length < count && page <= MAX_PAGES; page++) {
    const answer = await reader.get(`/api/logs?page=${page}&page_size=${PAGE_SIZE}`);
    if (answer.status !== 200 || !Array.isArray(answer.json)) return { added: {}, unexplained: count };
    entries.push(...answer.json);
    if (answer.json.length < PAGE_SIZE) break;
  }
  const added: Record<string, number> = {};
  let unexplained = Math.max(0, count - entries.length);
  for (const entry of entries.slice(0, count) as Array<{ key?: unknown; payload?: { result?: unknown; applicationId?: unknown } }>) {
    const key = typeof entry.key === 'string' ? entry.key : '?';
    const result = typeof entry.payload?.result === 'string' ? entry.payload.result : '?';
    added[`${key} (${result})`] = (added[`${key} (${result})`] ?? 0) + 1;
    const own = typeof entry.payload?.applicationId === 'string' && ownApplications.has(entry.payload.applicationId);
    if (!own && result !== 'Error') unexplained += 1;
  }
  return { added, unexplained };
}
