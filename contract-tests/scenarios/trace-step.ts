import type { ClauseResult } from './expectations.js';
import type { Shape } from './shape.js';
import type { StepExpectation, StepSpec } from './step-spec.js';

/** What one answer looked like, with nothing run-specific left in it. */
export interface AnswerRecord {
  status: number;
  /** The Content-Type header as sent, or null. */
  contentType: string | null;
  /** `code` of a Logto error body (or `error` of an OAuth one), when there is one. */
  errorCode?: string;
  /** Keys and JSON types of the body, deeply (see `shape.ts`); `{}` for an empty or non-JSON body. */
  shape: Shape;
  /** Headers a contract depends on that were present (`allow`, `retry-after`, `total-number`). */
  headers: Record<string, string>;
  /** The body with this run's values abstracted (JSON), or the first 200 characters of a text body. */
  body?: unknown;
  text?: string;
  /** The body was too long to record (its length in characters): only its outline is (`shape`, two levels deep). */
  bodyOmitted?: number;
  /** The step's expectation, clause by clause, with what this answer had there (abstracted like the body). */
  expectation?: ClauseResult[];
}

export interface TraceStep {
  /** `<scenario>/<step>`. */
  step: string;
  request: {
    method: string;
    path: string;
    query?: StepSpec['query'];
    body?: unknown;
    raw?: string;
    auth: string;
    concurrent?: number;
    repeat?: number;
    waitMs?: number;
    token?: StepSpec['token'];
    expect?: StepExpectation;
    /** JSON values a later step uses (`{json:name}`): name → pointer into this step's answer. */
    keep?: Record<string, string>;
    /** Values this step saved that are run names, as bodies read them (`{run:}x`): name → that. */
    aliases?: Record<string, string>;
  };
  /** One answer per request: several for `concurrent` (sorted) and `repeat` (in order). */
  answers: AnswerRecord[];
}
