import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Shape } from './shape.js';

export const TRACE_FORMAT = 'logto-contract-trace/1';

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
}

export interface TraceStep {
  /** `<scenario>/<step>`. */
  step: string;
  request: {
    method: string;
    path: string;
    query?: Record<string, string | string[]>;
    body?: unknown;
    raw?: string;
    auth: string;
    concurrent?: number;
    repeat?: number;
    waitMs?: number;
  };
  /** One answer per request: several for `concurrent` (sorted) and `repeat` (in order). */
  answers: AnswerRecord[];
}

export interface Trace {
  format: typeof TRACE_FORMAT;
  /** Who was recorded, as the recorder was told (e.g. `Logto 1.42 built from source at 1fbc55441f`). */
  target: string;
  emailConnector: 'present' | 'absent';
  recordedAt: string;
  steps: TraceStep[];
}

export class TraceFileError extends Error {
  override name = 'TraceFileError';
}

export function readTrace(file: string): Trace {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TraceFileError(`cannot read trace ${file} (${code ?? String(error)}); give the path of a file written by npm run contract:record.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TraceFileError(`${file} is not JSON (${(error as Error).message}); a trace is the JSON file npm run contract:record writes.`);
  }
  const trace = value as Partial<Trace> | null;
  if (trace === null || typeof trace !== 'object' || trace.format !== TRACE_FORMAT || !Array.isArray(trace.steps)) {
    throw new TraceFileError(`${file} is not a contract trace (expected "format": "${TRACE_FORMAT}" and a "steps" array); record one with npm run contract:record -- --out <file>.`);
  }
  for (const [i, step] of trace.steps.entries()) {
    if (!step || typeof step.step !== 'string' || !Array.isArray(step.answers) || step.answers.some((a) => typeof a?.status !== 'number' || typeof a.shape !== 'object')) {
      throw new TraceFileError(`${file}: steps[${i}] is malformed (needs "step", and "answers" with "status" and "shape"); re-record the trace.`);
    }
  }
  return trace as Trace;
}

/** Writes a trace whole or not at all: a temporary file, then a rename over the target. */
export function writeTrace(file: string, trace: Trace): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(trace, null, 2)}\n`);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
