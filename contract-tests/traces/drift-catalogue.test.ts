import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../common/paths.js';
import { loadConformance } from '../live/support/conformance.js';
import { driftFromRecording } from '../scenarios/drift.js';
import { expectationOnRecord } from '../scenarios/recorded-expectations.js';
import { shapeOf } from '../scenarios/shape.js';
import { tracesOfOurLogto } from '../scenarios/trace-logto.js';
import type { AnswerRecord, TraceStep } from '../scenarios/trace-step.js';

/**
 * The contract gate on a catalogue of realistic drifts of a real Logto, played on what Logto 1.42
 * answered (the committed whole-API recording): each drift is applied to one recorded answer and
 * judged the way a live run judges it, by the four response checks against our spec, by the
 * step's own expectation and by the recording. Every drift must fail for the reason it is, and a
 * field Logto adds must not fail anything: it is a finding.
 */
const conformance = await loadConformance();
const recording = (await tracesOfOurLogto()).find(({ trace }) => trace.emailConnector === 'absent' && trace.steps.some((s) => s.step.startsWith('users-lifecycle/')))?.trace;

interface Verdict {
  /** What failed, by layer: `spec: ...`, `expectation: ...`, `recording: ...`. */
  failures: string[];
  findings: string[];
}

function judge(step: TraceStep, answer: AnswerRecord): Verdict {
  const failures: string[] = [];
  const operation = conformance.index.find(step.request.method, step.request.path.split('?')[0] as string);
  if (!operation) throw new Error(`${step.step}: no operation of the spec`);
  const bodyText = answer.body !== undefined ? JSON.stringify(answer.body) : (answer.text ?? '');
  const headers = new Headers({ ...(answer.contentType ? { 'content-type': answer.contentType } : {}), ...answer.headers });
  for (const result of conformance.check(operation, { status: answer.status, headers, bodyText })) if (result.outcome === 'failed') failures.push(`spec: ${result.message}`);
  for (const clause of expectationOnRecord(step, answer)) if (!clause.met) failures.push(`expectation: ${clause.clause}`);
  const drift = driftFromRecording(step, { ...step, answers: [answer] });
  failures.push(...drift.failures.map((what) => `recording: ${what}`));
  const findings = [...drift.findings, ...conformance.undocumented(operation, { status: answer.status, headers, bodyText }).map((pointer) => `undocumented ${pointer}`)];
  return { failures, findings };
}

function step(name: string): TraceStep {
  const found = recording?.steps.find((s) => s.step === name);
  if (!found) throw new Error(`the whole-API recording has no step ${name}`);
  return found;
}

/** A copy of the step's first answer with `change` applied to its body, its shape recomputed. */
function drifted(name: string, change: (answer: AnswerRecord & { body: Record<string, unknown> }) => void): { step: TraceStep; answer: AnswerRecord } {
  const original = step(name);
  const answer = structuredClone(original.answers[0]) as AnswerRecord & { body: Record<string, unknown> };
  change(answer);
  return { step: original, answer: { ...answer, shape: answer.body === undefined ? {} : shapeOf(answer.body) } };
}

const CATALOGUE: Array<{ drift: string; apply: () => { step: TraceStep; answer: AnswerRecord }; caughtBy: RegExp }> = [
  {
    drift: 'a field renamed (primaryEmail becomes email)',
    apply: () => drifted('users-lifecycle/get', (a) => {
      a.body.email = a.body.primaryEmail;
      delete a.body.primaryEmail;
    }),
    caughtBy: /^(spec|recording): .*primaryEmail/,
  },
  { drift: 'a field retyped (isSuspended becomes a string)', apply: () => drifted('users-lifecycle/get', (a) => void (a.body.isSuspended = 'false')), caughtBy: /^(spec|recording): .*isSuspended/ },
  {
    drift: 'a required field removed (an organization without its name)',
    apply: () => drifted('organizations-lifecycle/get', (a) => void delete a.body.name),
    caughtBy: /name/,
  },
  { drift: 'an optional field removed (a user without profile)', apply: () => drifted('users-lifecycle/get', (a) => void delete a.body.profile), caughtBy: /^recording: \/profile: gone/ },
  { drift: 'a create answered 201 instead of 200', apply: () => drifted('users-lifecycle/create-first', (a) => void (a.status = 201)), caughtBy: /^(spec|expectation|recording): .*(201|status)/ },
  { drift: 'a gone resource answered 400 instead of 404', apply: () => drifted('users-lifecycle/get-deleted', (a) => void (a.status = 400)), caughtBy: /^(expectation|recording): .*status/ },
  { drift: 'another error code for the same status', apply: () => drifted('users-lifecycle/get-deleted', (a) => void ((a.body.code = 'entity.gone'), (a.errorCode = 'entity.gone'))), caughtBy: /^recording: error code/ },
  {
    drift: 'a JSON answer sent as text/plain',
    apply: () => drifted('organizations-lifecycle/get', (a) => void (a.contentType = 'text/plain; charset=utf-8')),
    caughtBy: /^(spec|recording): .*content.type/i,
  },
  { drift: 'the Total-Number header dropped from a page', apply: () => drifted('users-lifecycle/list-page-1', (a) => void delete a.headers['total-number']), caughtBy: /total-number/ },
  { drift: 'an update silently ignored (the name read back is the old one)', apply: () => drifted('users-lifecycle/get-after-update', (a) => void (a.body.name = '{run:}users-lc-1')), caughtBy: /^expectation: \/name/ },
  {
    drift: 'a relation list emptied (the organization has no members after they were added)',
    apply: () => {
      const original = step('organization-members/list-members');
      const answer = { ...structuredClone(original.answers[0] as AnswerRecord), body: [] };
      return { step: original, answer: { ...answer, shape: shapeOf(answer.body) } };
    },
    caughtBy: /^expectation: (length|holds)/,
  },
  {
    drift: 'a deleted user still listed',
    apply: () => {
      const original = step('users-lifecycle/list-after-delete');
      const answer = structuredClone(original.answers[0] as AnswerRecord);
      const body = [...(answer.body as unknown[]), { ...((answer.body as Array<Record<string, unknown>>)[0] ?? {}), id: '{second}' }];
      return { step: original, answer: { ...answer, body, shape: shapeOf(body) } };
    },
    caughtBy: /^expectation: lacks/,
  },
  {
    drift: 'a relation write answering JSON where Logto sends the text "Created"',
    apply: () => drifted('role-users/add-users', (a) => void ((a.contentType = 'application/json'), (a.body = { userIds: [] }), delete a.text)),
    caughtBy: /^(spec|recording): .*content.type/i,
  },
  { drift: 'an enum value renamed (a role type "User" becomes "Human")', apply: () => drifted('roles-lifecycle/get', (a) => void (a.body.type = 'Human')), caughtBy: /^(spec|expectation): .*type/ },
  { drift: 'a server error where a create succeeded', apply: () => drifted('organizations-lifecycle/create-first', (a) => void ((a.status = 500), (a.body = { message: 'Internal server error.' }))), caughtBy: /^(spec|expectation|recording): .*(500|status)/ },
];

describe('the contract gate on a catalogue of drifts of real Logto 1.42', () => {
  it('plays on the committed whole-API recording of Logto 1.42 (without an e-mail connector)', () => {
    expect(recording?.logtoVersion).toMatch(/^1\.42/);
  });

  it('the recording itself passes the gate: no failure, no finding', () => {
    for (const name of ['users-lifecycle/get', 'organizations-lifecycle/get', 'users-lifecycle/list-page-1', 'role-users/add-users']) {
      const original = step(name);
      expect(judge(original, original.answers[0] as AnswerRecord), name).toEqual({ failures: [], findings: [] });
    }
  });

  it.each(CATALOGUE.map((c) => [c.drift, c] as const))('fails on %s, for that reason', (_drift, entry) => {
    const { step: original, answer } = entry.apply();
    const verdict = judge(original, answer);
    expect(verdict.failures.some((failure) => entry.caughtBy.test(failure)), `failures: ${JSON.stringify(verdict.failures)}`).toBe(true);
  });

  it('a field Logto adds is a finding, not a failure (no false alarm)', () => {
    const { step: original, answer } = drifted('users-lifecycle/get', (a) => void (a.body.nickname = 'new in a later Logto'));
    expect(judge(original, answer)).toEqual({ failures: [], findings: ['/nickname: new (string)', 'undocumented /nickname'] });
  });

  it('catches every drift of the catalogue: the figure', () => {
    const caught = CATALOGUE.filter((entry) => {
      const { step: original, answer } = entry.apply();
      return judge(original, answer).failures.length > 0;
    });
    expect(`${caught.length} of ${CATALOGUE.length}`).toBe(`${CATALOGUE.length} of ${CATALOGUE.length}`);
    // The figure the documents give.
    const documented = /plays (\d+) realistic drifts/.exec(readFileSync(path.join(REPO_ROOT, 'docs', 'contract-suites.md'), 'utf8'))?.[1];
    expect(Number(documented), 'docs/contract-suites.md: "plays N realistic drifts"').toBe(CATALOGUE.length);
  });
});
