import { cleanupOrder, described, prefixForms } from '../../../common/logto/created-resource.js';
import { RESOURCE_KINDS, type ResourceKind } from '../../../common/logto/resource-kinds.js';
import { readPointer } from '../../../common/spec/index.js';
import { SUITE_PREFIX } from '../support/run-id.js';

interface SweepItem {
  /** A kind of the resource model. */
  kind: string;
  /** Its key (id or name). */
  key: string;
  /** The DELETE path that removes it. */
  deletePath: string;
  /** What matched the prefix (name, e-mail), for the dry-run listing. */
  label: string;
  owner?: string;
}

export interface SweepPlan {
  items: SweepItem[];
  /**
   * Kinds this server could not list, or that this prefix cannot find, with the reason.
   * `absent`: the server has no such list (404/405), so it holds none of them either.
   */
  unlisted: Array<{ kind: string; reason: string; absent?: boolean }>;
}

export interface SweepApi {
  /** GET a JSON list; `unavailable` with a reason when it cannot be read, `absent` when the server has no such list. */
  list(path: string): Promise<{ items: unknown[] } | { unavailable: string; absent?: boolean }>;
  delete(path: string): Promise<number>;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 100;

/**
 * Decides what to delete: for every kind of the resource model a sweep can find, only what has a
 * name or e-mail starting with `prefix` (`ct-`, or a run's `ct-<runid>-`, in any of the spellings
 * names take: `ct_<runid>_`, `ct<runid>`), compared without case. Logto's search parameters
 * narrow the listing, but the decision is always the exact prefix test here, so a fuzzy
 * server-side search cannot widen it.
 */
export async function planSweep(api: SweepApi, prefix: string): Promise<SweepPlan> {
  if (!prefix.toLowerCase().startsWith(SUITE_PREFIX)) throw new Error(`sweep prefix "${prefix}" must start with ${SUITE_PREFIX}`);
  const forms = prefixForms(prefix);
  const plan: SweepPlan = { items: [], unlisted: [] };
  for (const kind of RESOURCE_KINDS) {
    if (!kind.find) continue;
    await collect(api, plan, kind, prefix, forms);
  }
  return plan;
}

async function collect(api: SweepApi, plan: SweepPlan, kind: ResourceKind, prefix: string, forms: readonly string[]): Promise<void> {
  const find = kind.find as NonNullable<ResourceKind['find']>;
  if (find.alphanumericOnly && !forms.some((form) => /^ct[a-z0-9]+$/.test(form))) {
    plan.unlisted.push({ kind: kind.kind, reason: `its names hold letters and digits only (ct<runid>...), so only a run's own prefix (--prefix=ct-<runid>-) finds them` });
    return;
  }
  const path = find.path
    .replaceAll('{prefix}', encodeURIComponent(prefix))
    .replaceAll('{prefix_}', encodeURIComponent(prefix.replace(/-/g, '_')))
    .replaceAll('{prefixa}', encodeURIComponent(prefix.replace(/-/g, '')));
  const seen = new Set<string>();
  for (let page = 1; page <= (find.paged ? MAX_PAGES : 1); page++) {
    const result = await api.list(find.paged ? `${path}${path.includes('?') ? '&' : '?'}page=${page}&page_size=${PAGE_SIZE}` : path);
    if ('unavailable' in result) {
      plan.unlisted.push({ kind: kind.kind, reason: result.unavailable, ...(result.absent ? { absent: true } : {}) });
      return;
    }
    for (const row of result.items) {
      const label = find.fields.map((field) => readPointer(row, field)).find((value): value is string => typeof value === 'string' && forms.some((form) => value.toLowerCase().startsWith(form)));
      // A list answer's key (a star segment first) names the same field of each listed row.
      const key = readPointer(row, kind.key.startsWith('/') ? (kind.key.startsWith('/*/') ? kind.key.slice(2) : kind.key) : '/id');
      if (label === undefined || (typeof key !== 'string' && typeof key !== 'number')) continue;
      // E-mails the suite creates are @example.com; an address elsewhere is someone's, prefix or not.
      if (label.includes('@') && !label.toLowerCase().endsWith('@example.com')) continue;
      if (seen.has(String(key))) continue;
      seen.add(String(key));
      plan.items.push({ ...described(kind, String(key), {}), label });
    }
    if (result.items.length < PAGE_SIZE) return;
  }
}

/**
 * Deletes in the resource model's order (within a kind up to `concurrency` at once); 404 means
 * a cascade (or another sweeper) got there first.
 */
export async function executeSweep(api: SweepApi, plan: SweepPlan, concurrency = 1): Promise<{ deleted: number; gone: number; failed: string[] }> {
  const outcome = { deleted: 0, gone: 0, failed: [] as string[] };
  const ordered = cleanupOrder(plan.items);
  for (const kind of [...new Set(ordered.map((item) => item.kind))]) {
    const queue = ordered.filter((item) => item.kind === kind);
    const worker = async (): Promise<void> => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const status = await api.delete(item.deletePath);
        if (status >= 200 && status < 300) outcome.deleted += 1;
        else if (status === 404) outcome.gone += 1;
        else outcome.failed.push(`${item.kind} ${item.label} (${item.key}): ${status}`);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  }
  return outcome;
}
