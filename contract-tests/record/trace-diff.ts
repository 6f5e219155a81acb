import { compareTraces, versionsOf, type StepDifference } from './compare-traces.js';
import { placeDifference, specDiffOfTraces, type Placement, type TracesSpecDiff } from './spec-diff-of-traces.js';
import { readTrace, TraceFileError, type Trace } from '../scenarios/trace.js';
import { loadKnownSpecs } from '../../common/served-spec/known-specs.js';
import { UsageError } from '../../common/usage-error.js';
import { displayPath } from '../../common/paths.js';

/** One difference with where the spec diff puts it (`same version` when both traces come from one Logto). */
export interface MarkedDifference extends StepDifference {
  placement: Placement | { in: 'same version' };
}

export interface TraceDiffResult {
  files: { old: string; new: string };
  before: Trace;
  after: Trace;
  versions: ReturnType<typeof versionsOf>;
  /** Undefined when both traces come from the same Logto. */
  specs: TracesSpecDiff | undefined;
  differences: MarkedDifference[];
}

/** Both traces read, compared step by step, and each difference placed in or out of the spec diff. */
export async function diffTraceFiles(oldFile: string, newFile: string): Promise<TraceDiffResult> {
  let before: Trace;
  let after: Trace;
  try {
    before = readTrace(oldFile);
    after = readTrace(newFile);
  } catch (error) {
    if (error instanceof TraceFileError) throw new UsageError(error.message);
    throw error;
  }
  const versions = versionsOf(before, after);
  const specs = versions.same ? undefined : await specDiffOfTraces(before, after, await loadKnownSpecs());
  const steps = new Map([...before.steps, ...after.steps].map((step) => [step.step, step]));
  const differences = compareTraces(before, after).map((d): MarkedDifference => ({ ...d, placement: specs ? placeDifference(d, steps.get(d.step), specs) : { in: 'same version' } }));
  return { files: { old: displayPath(oldFile), new: displayPath(newFile) }, before, after, versions, specs, differences };
}

export function markOf(placement: MarkedDifference['placement']): string {
  if (placement.in === 'same version') return '';
  if (placement.in === 'unknown') return ' [spec diff unknown]';
  if (placement.in === false) return ' [not in the spec diff]';
  if (placement.note) return ` [in the spec diff: ${placement.note}]`;
  return ` [in the spec diff: ${[...new Set(placement.changes.map((c) => c.message))].slice(0, 2).join('; ')}${placement.changes.length > 2 ? '; ...' : ''}]`;
}

/** `: 900 in the spec diff, 156 not in the spec diff`, or what a same-version diff means. */
export function summaryOf(differences: readonly MarkedDifference[], same: boolean): string {
  if (same) return ': both traces come from the same Logto version and spec, so each is a change of its behaviour (or of the tenant it ran on), not an upgrade';
  const count = (what: MarkedDifference['placement']['in']): number => differences.filter((d) => d.placement.in === what).length;
  const unknown = count('unknown');
  return unknown > 0 ? `: ${unknown} cannot be placed in or out of a spec diff (a trace's spec is not recorded)` : `: ${count(true)} in the spec diff, ${count(false)} not in the spec diff`;
}
