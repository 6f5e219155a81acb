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

export class Tracker {
  private readonly ids: Record<TrackedKind, Set<string>> = {
    invitation: new Set(),
    organization: new Set(),
    role: new Set(),
    user: new Set(),
  };

  noteCreated(operationId: string, body: unknown): void {
    const kind = CREATORS[operationId];
    if (!kind || body === null || typeof body !== 'object') return;
    const id = (body as Record<string, unknown>).id;
    if (typeof id === 'string' && id !== '') this.ids[kind].add(id);
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
