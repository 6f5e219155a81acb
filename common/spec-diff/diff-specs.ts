import { emitChange, type Change } from './change.js';
import { compareComponentNames } from './compare-components.js';
import { compareOperation } from './compare-operation.js';
import { indexOperations, pairOperations } from './operation-index.js';
import { isObject, type JsonObject } from '../spec/index.js';

/**
 * Every client-visible difference from `before` to `after`. Both documents must already have
 * their $refs resolved (common/spec/deref.ts, recursive refs as cycles); `rawBefore`/`rawAfter` are the unresolved ones, used only
 * for component names.
 */
export function diffSpecs(before: JsonObject, after: JsonObject, raw: { before: JsonObject; after: JsonObject } = { before, after }): Change[] {
  const changes: Change[] = [];
  const emit = (change: Change): void => {
    changes.push(change);
  };
  const schemes = { before: securitySchemes(before), after: securitySchemes(after) };
  const { matched, removed, added } = pairOperations(indexOperations(before), indexOperations(after));
  for (const op of removed) {
    emitChange({ emit, operationId: op.key }, 'breaking', 'operation-removed', op.location, `operation ${op.label} was removed`);
  }
  for (const op of added) {
    emitChange({ emit, operationId: op.key }, 'non-breaking', 'operation-added', op.location, `new operation ${op.label}`);
  }
  for (const [oldOp, newOp] of matched) compareOperation({ emit, operationId: newOp.key }, oldOp, newOp, schemes);
  compareComponentNames(emit, raw.before, raw.after);
  return changes;
}

function securitySchemes(doc: JsonObject): JsonObject {
  const components = isObject(doc.components) ? doc.components : {};
  return isObject(components.securitySchemes) ? components.securitySchemes : {};
}
