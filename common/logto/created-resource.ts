import { readPointer } from '../spec/index.js';
import { kindCreatedBy, kindDeletedBy, RESOURCE_KINDS, type ResourceKind } from './resource-kinds.js';

/** One thing a run created on a tenant, and the request that removes it. */
export interface CreatedResource {
  kind: string;
  /** Its key: an id, or the name it is keyed by. */
  key: string;
  /** The DELETE path that removes it (concrete, `/api/resources/abc/scopes/def`). */
  deletePath: string;
  /** The key of the resource it belongs to, when it goes with that one (`ownedBy`). */
  owner?: string;
}

/**
 * What a 2xx answer to a create request created, by the resource model: the kind the operation
 * creates, its key (from the answer, one for each element of a list answer, or from the request's
 * path for an upsert keyed by path) and the DELETE that removes it. Empty when the operation
 * creates nothing the model knows.
 *
 * An upsert (a PUT) may also have replaced something that was there before the run; it counts as
 * created only when it answered 201 or what it holds carries the run's prefix, so a cleanup never
 * deletes what the tenant had.
 */
export function createdResources(operationId: string, requestPath: string, status: number, answer: unknown, runPrefix: string): CreatedResource[] {
  const creator = kindCreatedBy(operationId);
  if (!creator || status < 200 || status >= 300) return [];
  const params = matchPath(creator.path, requestPath);
  if (!params) return [];
  const { kind } = creator;
  const made = (key: string | undefined, item: unknown): CreatedResource[] => {
    if (key === undefined || key === '') return [];
    if (creator.method === 'PUT' && status !== 201 && !carriesPrefix(kind, item, runPrefix)) return [];
    return [described(kind, key, params)];
  };
  if (creator.key.startsWith('path:')) return made(params[creator.key.slice('path:'.length)], answer);
  if (creator.key.startsWith('/*/')) {
    const inner = creator.key.slice(2);
    return Array.isArray(answer) ? answer.flatMap((item) => made(stringAt(item, inner), item)) : [];
  }
  return made(stringAt(answer, creator.key), answer);
}

/** What a DELETE that answered 204 or 404 removed (or found gone): the same `deletePath` a create noted. */
export function deletedResource(operationId: string, requestPath: string, status: number): { kind: string; deletePath: string } | undefined {
  const kind = kindDeletedBy(operationId);
  if (!kind || (status !== 204 && status !== 404 && status !== 200)) return undefined;
  return matchPath(kind.delete.path, requestPath) ? { kind: kind.kind, deletePath: requestPath } : undefined;
}

/** The delete path of one `kind` keyed `key`, given the path parameters of its owner (for sweeps and ledgers). */
export function described(kind: ResourceKind, key: string, params: Record<string, string>): CreatedResource {
  const names = [...kind.delete.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const last = names[names.length - 1];
  let deletePath = kind.delete.path;
  for (const name of names) {
    const value = name === last ? key : params[name];
    if (value === undefined) throw new Error(`${kind.kind}: the delete path ${kind.delete.path} needs {${name}}, which the create path ${kind.create.path} does not have`);
    deletePath = deletePath.replace(`{${name}}`, encodeURIComponent(value));
  }
  const owner = kind.ownedBy && names.length > 1 ? params[names[0] as string] : undefined;
  return { kind: kind.kind, key, deletePath, ...(owner !== undefined ? { owner } : {}) };
}

/**
 * The order a cleanup deletes in: the model's order, and what belongs to an owner that is itself
 * being deleted is left to the cascade.
 */
export function cleanupOrder<T extends Pick<CreatedResource, 'kind' | 'key' | 'owner'>>(created: readonly T[]): T[] {
  const keysByKind = new Map<string, Set<string>>();
  for (const item of created) {
    const keys = keysByKind.get(item.kind) ?? new Set<string>();
    keys.add(item.key);
    keysByKind.set(item.kind, keys);
  }
  const rank = new Map(RESOURCE_KINDS.map((kind, i) => [kind.kind, i]));
  return created
    .filter((item) => {
      const ownerKind = RESOURCE_KINDS.find((k) => k.kind === item.kind)?.ownedBy;
      return !(ownerKind && item.owner !== undefined && keysByKind.get(ownerKind)?.has(item.owner));
    })
    .sort((a, b) => (rank.get(a.kind) ?? 0) - (rank.get(b.kind) ?? 0));
}

/** The path parameters of `path` if it follows `template` (`/api/a/{id}` and `/api/a/x` → `{ id: 'x' }`). */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/');
  const got = path.split('?')[0]?.split('/') ?? [];
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = got[i] as string;
    const param = /^\{([^}]+)\}$/.exec(segment);
    if (param) params[param[1] as string] = safeDecode(actual);
    else if (segment !== actual) return undefined;
  }
  return params;
}

function carriesPrefix(kind: ResourceKind, item: unknown, runPrefix: string): boolean {
  const forms = prefixForms(runPrefix);
  return (kind.find?.fields ?? []).map((field) => stringAt(item, field)).some((value) => value !== undefined && forms.some((form) => value.toLowerCase().startsWith(form)));
}

/** The spellings of a run prefix `ct-<runid>-` that names can carry: as is, with `_`, letters and digits only. */
export function prefixForms(runPrefix: string): string[] {
  const lower = runPrefix.toLowerCase();
  const forms = [lower, lower.replace(/^ct-(.*)-$/, 'ct_$1_')];
  // `ct` alone would match names that merely start with those letters: only a run's own prefix has this form.
  const alphanumeric = lower.replace(/^ct-(.*)-$/, 'ct$1');
  if (alphanumeric.length > 'ct'.length && alphanumeric !== lower) forms.push(alphanumeric);
  return [...new Set(forms)];
}

function stringAt(value: unknown, pointer: string): string | undefined {
  const found = readPointer(value, pointer);
  return typeof found === 'string' ? found : typeof found === 'number' ? String(found) : undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

