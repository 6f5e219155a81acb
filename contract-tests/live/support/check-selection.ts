/**
 * `contract:live --changed-since`: which checks of a run touch an operation the spec diff names.
 * One rule for the runner (which counts and says what it skips) and for the test files (which
 * register only what it selects), so the two cannot disagree.
 *
 * A check is a unit that runs whole: a whole-API scenario (every step, the creates its later
 * steps need with it), a hand-written test file (by the operations it declares), one invalid
 * body, one generic check of one operation. It is selected when one operation it sends to is
 * named by the diff: its fixtures and prerequisites come with it, since they are its own steps.
 */

/** The kinds of check, in the order the runner reports them. */
const CHECK_KINDS = ['whole-API scenario', 'hand-written test file', 'invalid body', 'generic check'] as const;
type CheckKind = (typeof CHECK_KINDS)[number];
const PLURAL: Record<CheckKind, string> = {
  'whole-API scenario': 'whole-API scenarios',
  'hand-written test file': 'hand-written test files',
  'invalid body': 'invalid bodies',
  'generic check': 'generic checks',
};

export interface Check {
  kind: CheckKind;
  /** The scenario's name, the file's name, or the test's name. */
  name: string;
  /** The operationIds it sends to; undefined when not known (a hand-written file with no declaration: it always runs). */
  operations: readonly string[] | undefined;
}

/** Whether a check with these operations runs: always without a selection, else when it sends to one the diff names. */
export function touchesChanged(operations: readonly string[] | undefined, changed: ReadonlySet<string> | undefined): boolean {
  if (changed === undefined || operations === undefined) return true;
  return operations.some((operationId) => changed.has(operationId));
}

export interface Selection {
  selected: Check[];
  skipped: Check[];
}

export function selectChecks(checks: readonly Check[], changed: ReadonlySet<string>): Selection {
  const selection: Selection = { selected: [], skipped: [] };
  for (const check of checks) (touchesChanged(check.operations, changed) ? selection.selected : selection.skipped).push(check);
  return selection;
}

/**
 * What the runner prints: one line with the totals and the reason, then one per kind. `diff`
 * says what was compared and how many operations it names.
 */
export function selectionLines(selection: Selection, diff: { line: string; operations: number }): string[] {
  const total = selection.selected.length + selection.skipped.length;
  const lines = [
    `--changed-since: running ${selection.selected.length} of ${total} checks; skipped ${selection.skipped.length} that send to none of the ${diff.operations} operation(s) the spec diff names (a scenario or hand-written file runs whole, with the fixtures it creates first)`,
    `  ${diff.line}`,
  ];
  for (const kind of CHECK_KINDS) {
    const run = selection.selected.filter((c) => c.kind === kind).length;
    const skipped = selection.skipped.filter((c) => c.kind === kind).length;
    if (run + skipped === 0) continue;
    const undeclared = selection.selected.filter((c) => c.kind === kind && c.operations === undefined).length;
    lines.push(`  ${PLURAL[kind]}: ${run} run, ${skipped} skipped${undeclared > 0 ? ` (${undeclared} run because ${undeclared > 1 ? 'they declare' : 'it declares'} no operations)` : ''}`);
  }
  return lines;
}

/** The name of the variable that hands the diff's operations (a JSON array) from the runner to the suite. */
export const CHANGED_OPERATIONS_VARIABLE = 'LOGTO_CONTRACT_CHANGED_OPERATIONS';

/** The operations handed over, or undefined when the run is not narrowed. */
export function readChangedOperations(env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> | undefined {
  const value = env[CHANGED_OPERATIONS_VARIABLE];
  if (value === undefined || value === '') return undefined;
  const parsed = JSON.parse(value) as unknown;
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
    throw new Error(`${CHANGED_OPERATIONS_VARIABLE} is not a JSON array of operationIds; contract:live --changed-since sets it, do not set it by hand`);
  }
  return new Set(parsed);
}
