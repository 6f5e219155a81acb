import { readdirSync } from 'node:fs';
import path from 'node:path';
import { diffDocuments, likeWithLike, operationsNamed } from '../../../common/spec-diff/index.js';
import { loadSpec } from '../../../common/spec/index.js';
import { UsageError } from '../../../common/usage-error.js';
import { createContractContext } from '../../lib/context.js';
import { listOperations } from '../../lib/spec/operations.js';
import { OperationIndex } from '../../lib/spec/operation-index.js';
import { WHOLE_API_SCENARIOS } from '../../scenarios/api/index.js';
import { operationsOf } from '../../scenarios/scenario-skips.js';
import { planGeneric } from '../generic/generic-plan.js';
import { operationsInScope, scopeFor } from '../generic/generic-scope.js';
import { selectChecks, type Check, type Selection } from '../support/check-selection.js';
import type { TargetInfo } from '../support/live-plan.js';
import { NameFactory } from '../support/names.js';
import { REPO_ROOT } from '../support/repo-paths.js';
import { declaredFor, HAND_WRITTEN_DIR } from '../support/touched-operations.js';
import { planInvalidBodies } from '../whole-api/invalid-bodies.js';
import type { LiveArgs } from './live-args.js';

/** The test files of the parts that derive their checks from data (each filters them itself). */
const WHOLE_API_FILE = 'contract-tests/live/whole-api/whole-api.live.test.ts';
const INVALID_BODIES_FILE = 'contract-tests/live/whole-api/invalid-bodies.live.test.ts';
const GENERIC_FILE = 'contract-tests/live/generic/generic.live.test.ts';

interface ChangedSinceRun {
  /** The operations the diff names (handed to the suite). */
  changed: ReadonlySet<string>;
  /** What was compared with what, and how many operations the diff names. */
  diff: { line: string; operations: number };
  selection: Selection;
  /** The test files to hand vitest: those with at least one selected check. */
  files: string[];
}

/** The checks of this run that send to an operation the spec diff from `oldFile` to the spec under test names. */
export async function changedSince(oldFile: string, specPath: string, args: LiveArgs, kind: TargetInfo['kind']): Promise<ChangedSinceRun> {
  const { changed, line } = await changedOperations(oldFile, specPath);
  const checks = await checksOfRun(specPath, args, kind);
  const selection = selectChecks(checks, changed);
  const fileOf = (check: Check): string => {
    if (check.kind === 'whole-API scenario') return WHOLE_API_FILE;
    if (check.kind === 'invalid body') return INVALID_BODIES_FILE;
    if (check.kind === 'generic check') return GENERIC_FILE;
    return `${HAND_WRITTEN_DIR}/${check.name}`;
  };
  const files = [...new Set(selection.selected.map(fileOf))];
  return { changed, diff: { line, operations: changed.size }, selection, files };
}

/**
 * The operations the spec diff from `oldFile` to `newFile` names (prose and examples name none),
 * Logto's spec compared with Logto's (common/spec-diff likeWithLike: our overlay-corrected spec
 * stands for the upstream it was built from). A file that is missing or not a spec is a
 * UsageError naming it (exit 2).
 */
export async function changedOperations(oldFile: string, newFile: string, known?: Parameters<typeof likeWithLike>[2]): Promise<{ changed: Set<string>; line: string }> {
  const compared = await likeWithLike(oldFile, newFile, known).catch((error: unknown) => {
    throw error instanceof UsageError ? new UsageError(`--changed-since: ${error.message}`) : error;
  });
  return { changed: new Set(operationsNamed(diffDocuments(compared.old, compared.new)).keys()), line: compared.line };
}

/** Every check a run with these arguments would register, with the operations it sends to (what the test files enumerate). */
async function checksOfRun(specPath: string, args: LiveArgs, kind: TargetInfo['kind']): Promise<Check[]> {
  const context = createContractContext(await loadSpec(specPath));
  const all = listOperations(context.spec);
  const index = new OperationIndex(all);
  const { operations } = await operationsInScope(all, scopeFor(kind));
  const names = new NameFactory('ct-count-');
  const checks: Check[] = [];
  if (!args.generic) {
    for (const scenario of WHOLE_API_SCENARIOS) checks.push({ kind: 'whole-API scenario', name: scenario.name, operations: operationsOf(scenario, index) });
    if (!args.wholeApi) {
      const files = readdirSync(path.join(REPO_ROOT, HAND_WRITTEN_DIR)).filter((name) => name.endsWith('.live.test.ts')).sort();
      for (const name of files) checks.push({ kind: 'hand-written test file', name, operations: declaredFor(`${HAND_WRITTEN_DIR}/${name}`) });
    }
    for (const c of planInvalidBodies(context, operations, () => names.missingId()).cases) checks.push({ kind: 'invalid body', name: `${c.operationId}: ${c.what}`, operations: [c.operationId] });
  }
  for (const planned of planGeneric(context, operations, () => names.missingId())) {
    for (const c of planned.cases) checks.push({ kind: 'generic check', name: `${c.check} > ${c.operationId}`, operations: [c.operationId] });
  }
  return checks;
}
