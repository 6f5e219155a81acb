import { listSpecOperations, type JsonObject } from '../spec/index.js';

/** An operation with what it inherits from its path item and the document folded in. */
export interface IndexedOperation {
  /** operationId, or `METHOD /path` when it has none. */
  key: string;
  operationId?: string;
  method: string;
  path: string;
  operation: JsonObject;
  /** Path-level parameters overridden by operation-level ones (same `in` + name; see listSpecOperations). */
  parameters: JsonObject[];
  /** The security that applies: the operation's own, else the document's. */
  security: unknown[];
  location: string;
  label: string;
}

export function indexOperations(doc: JsonObject): Map<string, IndexedOperation> {
  const index = new Map<string, IndexedOperation>();
  const rootSecurity = Array.isArray(doc.security) ? doc.security : [];
  for (const { path: route, method, operation, parameters, pointer } of listSpecOperations(doc)) {
    const operationId = typeof operation.operationId === 'string' ? operation.operationId : undefined;
    const signature = `${method.toUpperCase()} ${route}`;
    const entry: IndexedOperation = {
      key: operationId ?? signature,
      method,
      path: route,
      operation,
      parameters,
      security: Array.isArray(operation.security) ? operation.security : rootSecurity,
      location: pointer,
      label: operationId ? `${operationId} (${signature})` : signature,
    };
    if (operationId) entry.operationId = operationId;
    index.set(entry.key, entry);
  }
  return index;
}

interface OperationPairing {
  matched: [IndexedOperation, IndexedOperation][];
  removed: IndexedOperation[];
  added: IndexedOperation[];
}

/** Pairs by operationId first, then by method + path (an operationId rename is itself a change). */
export function pairOperations(before: Map<string, IndexedOperation>, after: Map<string, IndexedOperation>): OperationPairing {
  const matched: [IndexedOperation, IndexedOperation][] = [];
  const removed: IndexedOperation[] = [];
  const usedNew = new Set<string>();
  const unmatchedOld: IndexedOperation[] = [];
  for (const [key, op] of before) {
    const counterpart = after.get(key);
    if (counterpart) {
      matched.push([op, counterpart]);
      usedNew.add(key);
    } else unmatchedOld.push(op);
  }
  for (const op of unmatchedOld) {
    const counterpart = [...after.values()].find((candidate) => !usedNew.has(candidate.key) && candidate.method === op.method && candidate.path === op.path);
    if (counterpart) {
      matched.push([op, counterpart]);
      usedNew.add(counterpart.key);
    } else removed.push(op);
  }
  const added = [...after.values()].filter((op) => !usedNew.has(op.key));
  return { matched, removed, added };
}
