import path from 'node:path';
import { isCarried, loadCarriedOperations } from '../../../common/carried-operations.js';
import type { OperationSpec } from '../../lib/spec/operations.js';
import { UsageError } from '../../../common/usage-error.js';
import type { TargetInfo } from '../support/live-plan.js';
import { REPO_ROOT } from '../support/repo-paths.js';

const CARRIED_OPERATIONS_FILE = path.join(REPO_ROOT, 'openapi', 'carried-operations.json');

/**
 * `all`: every operation of the spec; `carried`: those of `openapi/carried-operations.json`;
 * `implemented`: those the embedded reference server answers (its route table).
 */
type OperationsScope = 'all' | 'carried' | 'implemented';

const SCOPE_VARIABLE = 'LOGTO_CONTRACT_OPERATIONS';

/**
 * Which operations of the spec a run checks on a target (the generic phase, the census, the
 * invalid bodies, the whole-API scenarios). A Logto server serves all of them, so by default every
 * operation is checked; the embedded reference server answers the ones its route table has and
 * nothing else, so there it is always those (an operation it does not implement answers 404 "Not
 * Found" and says nothing about the spec). LOGTO_CONTRACT_OPERATIONS=implemented narrows a server
 * to the same, e.g. a reference server started with `npm run server` and tested as a server;
 * `carried` to openapi/carried-operations.json.
 */
export function scopeFor(kind: TargetInfo['kind'], env: NodeJS.ProcessEnv = process.env): OperationsScope {
  if (kind === 'reference') return 'implemented';
  return readOperationsScope(env) ?? 'all';
}

/** LOGTO_CONTRACT_OPERATIONS, checked; throws UsageError on a value it does not know. */
export function readOperationsScope(env: NodeJS.ProcessEnv = process.env): OperationsScope | undefined {
  const value = env[SCOPE_VARIABLE]?.trim();
  if (value === undefined || value === '') return undefined;
  if (value === 'all' || value === 'carried' || value === 'implemented') return value;
  throw new UsageError(
    `${SCOPE_VARIABLE}="${value}" is none of "all", "carried" and "implemented"; unset it to check every operation of the spec, set "carried" for the operations of openapi/carried-operations.json, or "implemented" for those the reference server implements.`,
  );
}

export async function operationsInScope(operations: readonly OperationSpec[], scope: OperationsScope): Promise<{ operations: OperationSpec[]; scope: string }> {
  if (scope === 'all') return { operations: [...operations], scope: 'every operation of the spec' };
  if (scope === 'implemented') {
    // Loaded only for this scope: a run against a real Logto never needs the reference server's code.
    const { implementedRoutes } = await import('../../reference-server/index.js');
    const routes = new Set(implementedRoutes().map((r) => `${r.method} ${r.path}`));
    return { operations: operations.filter((op) => routes.has(`${op.method} ${op.path.replace(/\{[^}]+\}/g, '{}')}`)), scope: 'the operations the embedded reference server implements' };
  }
  const carried = await loadCarriedOperations(CARRIED_OPERATIONS_FILE);
  return { operations: operations.filter((op) => isCarried(op, carried)), scope: 'the carried operations (openapi/carried-operations.json), which the reference server implements' };
}
