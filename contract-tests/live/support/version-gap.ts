import { changesAboutAnswer, changesAboutRequest, diffDocuments, fieldOfPointer, operationsNamed, type Change, type DiffSide, type RequestPlace } from '../../../common/spec-diff/index.js';
import type { Violation } from './observation.js';

/**
 * What separates the Logto under test from the spec the run tests with, read from the target's
 * own served spec: the operations it does not serve, and per served operation the changes from
 * its spec to ours (the one diff engine, common/spec-diff, prose left out). Serializable: the
 * global setup builds it once and hands it to the workers and the runner.
 */
export interface VersionGap {
  /** The target's Logto version, when openapi/upstream/history/index.json knows its served spec. */
  logto?: string;
  /** What was compared with what, in a line. */
  compared: string;
  /** Operations of the spec under test that the target's spec does not have. */
  notServed: string[];
  /** Per served operation, the changes from the target's spec to the one under test. */
  changes: Record<string, Change[]>;
}

/** A difference from the spec under test that the target's own spec accounts for: not a failure. */
export interface VersionDifference {
  /** The check that found it, or `request` for a request the target's spec reads otherwise. */
  check: Violation['check'] | 'request';
  message: string;
  /** The spec-diff changes that explain it (their messages). */
  because: string[];
}

/** The two specs, as the run reads them: the target's served one and the one tested with. */
export function versionGap(served: DiffSide, tested: DiffSide, about: { logto?: string; compared: string }): VersionGap {
  const notServed: string[] = [];
  const changes: Record<string, Change[]> = {};
  for (const [operationId, list] of operationsNamed(diffDocuments(served, tested))) {
    if (list.some((c) => c.kind === 'operation-added')) notServed.push(operationId);
    // An operation only the target has: nothing in the spec under test calls it.
    else if (!list.some((c) => c.kind === 'operation-removed')) changes[operationId] = list;
  }
  return { ...about, notServed: notServed.sort(), changes };
}

/** What the target does with an operation of the spec under test. */
export function operationVerdict(gap: VersionGap, operationId: string): 'not served' | 'served, its spec differs' | 'served as specified' {
  if (gap.notServed.includes(operationId)) return 'not served';
  return (gap.changes[operationId]?.length ?? 0) > 0 ? 'served, its spec differs' : 'served as specified';
}

/** `not served by this Logto (1.40.0)`, as the reports say it. */
export function notServedLabel(gap: VersionGap): string {
  return `not served by this Logto (${gap.logto ?? 'a version openapi/upstream/history/index.json does not record'})`;
}

/**
 * The changes that explain one violation of an answer, or undefined when some part of it is
 * not explained (then it is breakage). Rules: a status our spec does not document, a content
 * type, a body field (a field our spec requires and the target's does not have, a type, an enum,
 * a nullability, a constraint) is explained by a change about that status, content type, field
 * or a field that holds it; a server error never is. A schema violation is explained only when
 * every one of its details is: give all of them (`checkResponse` with `maxDetails: Infinity`).
 */
export function explainAnswer(gap: VersionGap, operationId: string, status: number, violation: Violation): Change[] | undefined {
  const changes = gap.changes[operationId] ?? [];
  if (changes.length === 0) return undefined;
  switch (violation.check) {
    case 'status_code_conformance':
      return nonEmpty(changesAboutAnswer(changes, { what: 'status', statuses: [status] }));
    case 'content_type_conformance':
      return nonEmpty(changesAboutAnswer(changes, { what: 'content type', status }));
    case 'response_schema_conformance': {
      const details = violation.details ?? [];
      if (details.length === 0) return undefined;
      const found = new Set<Change>();
      for (const detail of details) {
        const field = fieldOfPointer(detail.pointer === '/' ? '' : detail.pointer);
        // A change about the field or a field that holds it; one inside the field does not
        // explain the field itself (a new sub-field does not explain a null object).
        const about = changesAboutAnswer(changes, { what: 'field', status, pointer: detail.pointer === '/' ? '' : detail.pointer }).filter((c) => holds(c.subject?.field ?? '', field));
        if (about.length === 0) return undefined;
        for (const change of about) found.add(change);
      }
      return [...found];
    }
    default:
      return undefined;
  }
}

/**
 * The changes about what a request sent (a body field or parameter the target's spec does not
 * have or reads otherwise): an error answer to it may be the older Logto refusing it.
 */
export function explainRequest(gap: VersionGap, operationId: string, sent: RequestPlace): Change[] {
  return changesAboutRequest(gap.changes[operationId] ?? [], sent);
}

/** Whether the change's field is the field or one that holds it (`a` holds `a.b`; `*` is any key). */
function holds(changeField: string, field: string): boolean {
  const split = (f: string): string[] => (f === '' ? [] : (f.match(/\[\]|[^.[\]]+/g) ?? []));
  const [outer, inner] = [split(changeField), split(field)];
  return outer.length <= inner.length && outer.every((segment, i) => segment === inner[i] || segment === '*' || inner[i] === '*');
}

function nonEmpty(changes: Change[]): Change[] | undefined {
  return changes.length > 0 ? changes : undefined;
}

/** One answer's violations, sorted by what the target's own spec explains. */
interface SortedAnswer {
  /** Breakage: what still fails the test. */
  violations: Violation[];
  versionDifferences: VersionDifference[];
  notServed: boolean;
}

/**
 * Sorts the violations of one answer: on an operation the target does not serve, none is a
 * failure; on a served one, a violation the two specs explain is a version difference and the
 * rest is breakage. `withAllDetails` gives a schema violation with every issue (the recorded one
 * lists the first few). An error answer to a request that sent something the target's spec reads
 * otherwise (`sent`, for requests not invalid on purpose) is noted as a version difference too:
 * if the test fails on it, the runner can tell why.
 */
export function sortAnswer(
  gap: VersionGap,
  answer: { operationId: string; status: number; violations: readonly Violation[]; withAllDetails: (violation: Violation) => Violation; sent?: RequestPlace },
): SortedAnswer {
  if (gap.notServed.includes(answer.operationId)) {
    const because = [`${answer.operationId} is ${notServedLabel(gap)}`];
    return { violations: [], versionDifferences: answer.violations.map((v) => ({ check: v.check, message: v.message, because })), notServed: true };
  }
  const violations: Violation[] = [];
  const versionDifferences: VersionDifference[] = [];
  for (const violation of answer.violations) {
    const because = explainAnswer(gap, answer.operationId, answer.status, violation.check === 'response_schema_conformance' ? answer.withAllDetails(violation) : violation);
    if (because) versionDifferences.push({ check: violation.check, message: violation.message, because: because.map((c) => c.message) });
    else violations.push(violation);
  }
  if (answer.sent && answer.status >= 400) {
    const because = explainRequest(gap, answer.operationId, answer.sent);
    if (because.length > 0) versionDifferences.push({ check: 'request', message: `answered ${answer.status} to a request that sent what the target's spec describes otherwise`, because: because.map((c) => c.message) });
  }
  return { violations, versionDifferences, notServed: false };
}
