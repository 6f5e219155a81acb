import { SUITE_PREFIX } from '../support/run-id.js';

export type SweepKind = 'invitation' | 'organization' | 'role' | 'user';

export interface SweepItem {
  kind: SweepKind;
  id: string;
  /** What matched the prefix (name, e-mail), for the dry-run listing. */
  label: string;
}

export interface SweepPlan {
  items: SweepItem[];
  /** Kinds this server could not list (e.g. no list endpoint), with the reason. */
  unlisted: Array<{ kind: SweepKind; reason: string }>;
}

export interface SweepApi {
  /** GET a JSON list; `undefined` with a reason when the server does not offer it. */
  list(path: string): Promise<{ items: unknown[] } | { unavailable: string }>;
  delete(path: string): Promise<number>;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 100;

/**
 * Decides what to delete: only entities whose name or e-mail starts with `prefix` (`ct-` or a
 * run's `ct-<runid>-`), compared without case. Logto's search parameters narrow the listing, but
 * the decision is always the exact prefix test here, so a fuzzy server-side search cannot widen it.
 */
export async function planSweep(api: SweepApi, prefix: string): Promise<SweepPlan> {
  if (!prefix.toLowerCase().startsWith(SUITE_PREFIX)) throw new Error(`sweep prefix "${prefix}" must start with ${SUITE_PREFIX}`);
  const lower = prefix.toLowerCase();
  const starts = (value: unknown): value is string => typeof value === 'string' && value.toLowerCase().startsWith(lower);
  const plan: SweepPlan = { items: [], unlisted: [] };
  const q = encodeURIComponent(prefix);

  const invitations = await api.list('/api/organization-invitations');
  if ('unavailable' in invitations) plan.unlisted.push({ kind: 'invitation', reason: invitations.unavailable });
  else {
    for (const row of invitations.items) {
      const { id, invitee } = row as { id?: unknown; invitee?: unknown };
      if (typeof id === 'string' && starts(invitee) && invitee.toLowerCase().endsWith('@example.com')) plan.items.push({ kind: 'invitation', id, label: invitee });
    }
  }
  await collectPaged(api, plan, 'organization', `/api/organizations?q=${q}`, (row) => (starts(row.name) ? row.name : undefined));
  await collectPaged(api, plan, 'role', `/api/organization-roles?q=${q}`, (row) => (starts(row.name) ? row.name : undefined));
  await collectPaged(api, plan, 'user', `/api/users?search=${encodeURIComponent(`%${prefix}%`)}`, (row) =>
    starts(row.primaryEmail) && row.primaryEmail.toLowerCase().endsWith('@example.com') ? row.primaryEmail : undefined,
  );
  return plan;
}

async function collectPaged(
  api: SweepApi,
  plan: SweepPlan,
  kind: SweepKind,
  path: string,
  match: (row: Record<string, unknown>) => string | undefined,
): Promise<void> {
  const seen = new Set<string>();
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await api.list(`${path}&page=${page}&page_size=${PAGE_SIZE}`);
    if ('unavailable' in result) {
      plan.unlisted.push({ kind, reason: result.unavailable });
      return;
    }
    for (const raw of result.items) {
      const row = (raw ?? {}) as Record<string, unknown>;
      const label = match(row);
      if (typeof row.id === 'string' && label !== undefined && !seen.has(row.id)) {
        seen.add(row.id);
        plan.items.push({ kind, id: row.id, label });
      }
    }
    if (result.items.length < PAGE_SIZE) return;
  }
}

const DELETE_PATHS: Record<SweepKind, string> = {
  invitation: '/api/organization-invitations',
  organization: '/api/organizations',
  role: '/api/organization-roles',
  user: '/api/users',
};

/**
 * Deletes in dependency order (kind by kind; within a kind up to `concurrency` at once); 404
 * means a cascade (or another sweeper) got there first.
 */
export async function executeSweep(api: SweepApi, plan: SweepPlan, concurrency = 1): Promise<{ deleted: number; gone: number; failed: string[] }> {
  const order: SweepKind[] = ['invitation', 'organization', 'role', 'user'];
  const outcome = { deleted: 0, gone: 0, failed: [] as string[] };
  for (const kind of order) {
    const queue = plan.items.filter((i) => i.kind === kind);
    const worker = async (): Promise<void> => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const status = await api.delete(`${DELETE_PATHS[kind]}/${encodeURIComponent(item.id)}`);
        if (status === 204) outcome.deleted += 1;
        else if (status === 404) outcome.gone += 1;
        else outcome.failed.push(`${kind} ${item.label} (${item.id}): ${status}`);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  }
  return outcome;
}
