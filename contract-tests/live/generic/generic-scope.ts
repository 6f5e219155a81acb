import path from 'node:path';
import { isCarried, loadCarriedOperations } from '../../../scripts/spec-tools/carried-operations.js';
import type { OperationSpec } from '../../lib/spec/operations.js';
import type { TargetInfo } from '../support/live-plan.js';
import { REPO_ROOT } from '../support/repo-paths.js';

export const CARRIED_OPERATIONS_FILE = path.join(REPO_ROOT, 'openapi', 'carried-operations.json');

/**
 * The operations of the spec the generic phase checks on a target. A Logto server (`remote`)
 * serves all of them, so every operation is checked; the embedded reference server implements
 * the operations we carry (`openapi/carried-operations.json`) and nothing else, so there the
 * phase checks those: an operation it does not implement would answer 404 "Not Found" and say
 * nothing about the spec. CI only ever runs against the reference server.
 */
export async function operationsInScope(operations: readonly OperationSpec[], kind: TargetInfo['kind']): Promise<{ operations: OperationSpec[]; scope: string }> {
  if (kind === 'remote') return { operations: [...operations], scope: 'every operation of the spec' };
  const carried = await loadCarriedOperations(CARRIED_OPERATIONS_FILE);
  return { operations: operations.filter((op) => isCarried(op, carried)), scope: 'the carried operations (openapi/carried-operations.json), which the reference server implements' };
}
