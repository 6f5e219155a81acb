import { answerDifferences } from './answer-differences.js';
import type { TraceStep } from './trace-step.js';

/** How a step's live answers stand against what the same Logto version answered when it was recorded. */
interface Drift {
  /** Behaviour the contract depends on changed: the run fails, naming the step and the difference. */
  failures: string[];
  /** The answer grew (a field the recording did not have): the spec and the trace are behind, nothing broke. */
  findings: string[];
}

/**
 * Judges a live step by its recording (same scenario set, same Logto version), as a contract gate
 * and not a tripwire: only what does not depend on the tenant's data counts. A changed status,
 * error code or content type, or a contract header that appeared or went away, fails; so does a
 * field of a single-object answer that went away or changed type (a value turning null or back is
 * data). A new field is a finding. Lists are left to the step's expectation (their length, order
 * and contents are the tenant's), as are header values (`Total-Number` counts the tenant's items).
 */
export function driftFromRecording(recorded: TraceStep, live: TraceStep): Drift {
  const drift: Drift = { failures: [], findings: [] };
  if (recorded.answers.length !== live.answers.length) {
    drift.failures.push(`${recorded.answers.length} answer(s) recorded, ${live.answers.length} now`);
    return drift;
  }
  recorded.answers.forEach((before, i) => {
    const after = live.answers[i];
    if (!after) return;
    const label = recorded.answers.length > 1 ? `answer ${i + 1}: ` : '';
    const sameStatus = before.status === after.status;
    const objectBody = before.shape[''] === 'object' && after.shape[''] === 'object';
    for (const difference of answerDifferences(before, after)) {
      switch (difference.kind) {
        case 'status':
        case 'error code':
        case 'content type':
          drift.failures.push(label + difference.what);
          break;
        case 'header':
          // A header that came or went is behaviour; a new value is the tenant's data.
          if ((before.headers[difference.where] === undefined) !== (after.headers[difference.where] === undefined)) drift.failures.push(label + difference.what);
          break;
        case 'field new':
          if (sameStatus) drift.findings.push(label + difference.what);
          break;
        case 'field gone':
        case 'field retyped':
          if (sameStatus && objectBody && !difference.where.includes('*') && !nullOnOneSide(before.shape[difference.where], after.shape[difference.where])) drift.failures.push(label + difference.what);
          break;
        case 'value':
          // Judged live by the step's own expectation.
          break;
      }
    }
  });
  return drift;
}

/** The types differ only by `null` (a value not set on one side): data, not a retyped field. */
function nullOnOneSide(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const strip = (types: string): string[] => types.split('|').filter((type) => type !== 'null');
  const [left, right] = [strip(a), strip(b)];
  return left.length === 0 || right.length === 0 || left.join('|') === right.join('|');
}
