import { cleanupOrder, createdResources, deletedResource, type CreatedResource } from '../../../common/logto/created-resource.js';

/**
 * What a test created, so its cleanup deletes it even when the test failed half-way. Filled by
 * the recording fetch from every 2xx answer of a create operation of the resource model
 * (`common/logto/resource-kinds.ts`), not by the tests, so nothing a test (or a generated
 * negative input the server wrongly accepted) created can be forgotten; emptied of what a DELETE
 * the test sent removed.
 */
export class Tracker {
  /** By delete path: the same thing created twice (an upsert) is deleted once. */
  private readonly created = new Map<string, CreatedResource>();

  constructor(private readonly runPrefix: string) {}

  /** Remembers what a create answer created; returns it (for the run's ledger). */
  noteCreated(operationId: string, requestPath: string, status: number, body: unknown): CreatedResource[] {
    const created = createdResources(operationId, requestPath, status, body, this.runPrefix);
    for (const item of created) this.created.set(item.deletePath, item);
    return created;
  }

  /** Forgets what a DELETE answered 204/200 or 404 to: it is gone, whoever deleted it. Returns it (for the ledger). */
  noteGone(operationId: string, requestPath: string, status: number): { kind: string; deletePath: string } | undefined {
    const gone = deletedResource(operationId, requestPath, status);
    if (gone) this.created.delete(gone.deletePath);
    return gone;
  }

  /** Everything still there, in the order a cleanup deletes it (owned things left to their owner's cascade). */
  drain(): CreatedResource[] {
    const out = cleanupOrder([...this.created.values()]);
    this.created.clear();
    return out;
  }
}
