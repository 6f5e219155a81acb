import { loadSpec } from '../../../common/spec/index.js';
import { listOperations } from '../../lib/spec/operations.js';
import { operationsInScope } from '../generic/generic-scope.js';
import type { Observation } from '../support/observation.js';
import { staleDeclarations } from '../support/touched-operations.js';

/**
 * After a full run against the embedded reference server (every hand-written test ran): the
 * declarations of contract-tests/live/scenarios/operations-touched.ts that no test followed, as
 * problems that fail the run. Each test checks its own sends as it runs; this is the other way.
 */
export async function staleDeclarationProblems(specPath: string, testFiles: readonly string[], observations: readonly Observation[]): Promise<string[]> {
  const { operations } = await operationsInScope(listOperations(await loadSpec(specPath)), 'implemented');
  return staleDeclarations(observations, testFiles, new Set(operations.map((op) => op.operationId)));
}
