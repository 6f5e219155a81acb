import path from 'node:path';
import { isCarried, loadCarriedOperations } from '../../../common/carried-operations.js';
import type { OperationSpec } from '../../lib/spec/operations.js';
import { UsageError } from '../../../common/usage-error.js';
import type { TargetInfo } from '../support/live-plan.js';
import { REPO_ROOT } from '../support/repo-paths.js';

export const CARRIED_OPERATIONS_FILE = path.join(REPO_ROOT, 'openapi', 'carried-operations.json');

/** `all`: every operation of the spec; `carried`: those of `openapi/carried-operations.json`. */
export type OperationsScope = 'all' | 'carried';

const SCOPE_VARIABLE = 'LOGTO_CONTRACT_OPERATIONS';

/**
 * Which operations of the spec the generic phase (and its census) checks on a target. A Logto
 * server serves all of them, so by default every operation is checked; the embedded reference
 * server implements the carried operations and nothing else, so there it is always those (an
 * operation it does not implement answers 404 "Not Found" and says nothing about the spec).
 * LOGTO_CONTRACT_OPERATIONS=carried narrows a server to the same, e.g. a reference server started
 * with `npm run server` and tested as a server.
 */
export function scopeFor(kind: TargetInfo['kind'], env: NodeJS.ProcessEnv = process.env): OperationsScope {
  if (kind === 'reference') return 'carried';
  return readOperationsScope(env) ?? 'all';
}

/** LOGTO_CONTRACT_OPERATIONS, checked; throws UsageError on a value it does not know. */
export function readOperationsScope(env: NodeJS.ProcessEnv = process.env): OperationsScope | undefined {
  const value = env[SCOPE_VARIABLE]?.trim();
  if (value === undefined || value === '') return undefined;
  if (value === 'all' || value === 'carried') return value;
  throw new UsageError(`${SCOPE_VARIABLE}="${value}" is neither "all" nor "carried"; unset it to check every operation of the spec, or set "carried" for the operations of openapi/carried-operations.json.`);
}

export async function operationsInScope(operations: readonly OperationSpec[], scope: OperationsScope): Promise<{ operations: OperationSpec[]; scope: string }> {
  if (scope === 'all') return { operations: [...operations], scope: 'every operation of the spec' };
  const carried = await loadCarriedOperations(CARRIED_OPERATIONS_FILE);
  return { operations: operations.filter((op) => isCarried(op, carried)), scope: 'the carried operations (openapi/carried-operations.json), which the reference server implements' };
}
