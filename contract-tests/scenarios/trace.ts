import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TRACES_DIR } from '../../common/paths.js';
import type { TraceStep } from './trace-step.js';

export type { AnswerRecord, TraceStep } from './trace-step.js';

export const TRACE_FORMAT = 'logto-contract-trace/2';
/** The first format, without the Logto version and spec fingerprint; still read. */
const EARLIER_FORMATS = ['logto-contract-trace/1'];

export interface Trace {
  format: typeof TRACE_FORMAT;
  /** Who was recorded, as the recorder was told (e.g. `Logto 1.42 built from source at 1fbc55441f`). */
  target: string;
  /** The Logto version the recording was made from, as the recorder was told (`1.42.0`), or `unknown`. */
  logtoVersion: string;
  /**
   * The fingerprint of the spec the server served at the time (common/served-spec): two traces
   * with the same one were recorded from servers that describe the same API.
   */
  specFingerprint: string;
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
  if (trace !== null && typeof trace === 'object' && EARLIER_FORMATS.includes(String(trace.format))) {
    // Recorded before traces said which Logto and which spec they came from.
    Object.assign(trace, { format: TRACE_FORMAT, logtoVersion: trace.logtoVersion ?? 'unknown', specFingerprint: trace.specFingerprint ?? 'unknown' });
  }
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

/** The traces recorded from real Logto and committed as data: every `*.trace.json` of contract-tests/traces/. */
export function committedTraces(dir = TRACES_DIR): Array<{ file: string; trace: Trace }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.trace.json'))
    .sort()
    .map((name) => ({ file: name, trace: readTrace(path.join(dir, name)) }));
}

/**
 * The committed recording of the Logto a run targets: the trace whose server served the spec with
 * this fingerprint, recorded with the same e-mail connector state, if there is one.
 */
export function recordingFor(specFingerprint: string, emailConnector: 'present' | 'absent' | 'unknown', dir = TRACES_DIR): Trace | undefined {
  return committedTraces(dir)
    .map((entry) => entry.trace)
    .find((trace) => trace.specFingerprint === specFingerprint && trace.emailConnector === emailConnector);
}
