/**
 * Ids of what a test created, so its cleanup deletes them even when the test failed half-way.
 * Filled by the recording fetch from every 2xx create answer, not by the tests, so nothing a
 * test (or a generated negative input the server wrongly accepted) created can be forgotten.
 */
export type TrackedKind = 'invitation' | 'organization' | 'role' | 'user';

const CREATORS: Record<string, TrackedKind> = {
  CreateOrganizationInvitation: 'invitation',
  CreateOrganization: 'organization',
  CreateOrganizationRole: 'role',
  CreateUser: 'user',
};

/** The operations that delete one tracked entity, by id in the last path segment. */
const DELETERS: Record<string, TrackedKind> = {
  DeleteOrganizationInvitation: 'invitation',
  DeleteOrganization: 'organization',
  DeleteOrganizationRole: 'role',
  DeleteUser: 'user',
};

/** What a DELETE answered 204 or 404 to: the entity is gone, whoever deleted it. */
export function deletedBy(operationId: string, status: number, pathname: string): { kind: TrackedKind; id: string } | undefined {
  const kind = DELETERS[operationId];
  if (!kind || (status !== 204 && status !== 404)) return undefined;
  const id = decodeURIComponent(pathname.split('/').pop() ?? '');
  return id === '' ? undefined : { kind, id };
}

export class Tracker {
  private readonly ids: Record<TrackedKind, Set<string>> = {
    invitation: new Set(),
    organization: new Set(),
    role: new Set(),
    user: new Set(),
  };

  /** Remembers the id of a create answer; returns what was remembered (for the run's ledger). */
  noteCreated(operationId: string, body: unknown): { kind: TrackedKind; id: string } | undefined {
    const kind = CREATORS[operationId];
    if (!kind || body === null || typeof body !== 'object') return undefined;
    const id = (body as Record<string, unknown>).id;
    if (typeof id !== 'string' || id === '') return undefined;
    this.ids[kind].add(id);
    return { kind, id };
  }

  forget(kind: TrackedKind, id: string): void {
    this.ids[kind].delete(id);
  }

  /** In deletion order: invitations, then organizations (cascading to memberships), roles, users. */
  drain(): Array<{ kind: TrackedKind; id: string }> {
    const order: TrackedKind[] = ['invitation', 'organization', 'role', 'user'];
    const out = order.flatMap((kind) => [...this.ids[kind]].map((id) => ({ kind, id })));
    for (const kind of order) this.ids[kind].clear();
    return out;
  }
}
