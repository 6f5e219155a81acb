import { loadKnownSpecs, type KnownSpec } from '../../common/served-spec/known-specs.js';
import { logtoOurSpecIsFor } from '../../common/served-spec/our-logto.js';
import { committedTraces, type Trace } from './trace.js';

/** Which Logto a trace was recorded from, as the spec its server served says (not as the recorder was told). */
interface TraceLogto {
  /** The entry of openapi/upstream/history/index.json with the trace's spec fingerprint; undefined when none has it. */
  known: KnownSpec | undefined;
  /** Recorded from the Logto our spec is for (the same served spec). */
  ours: boolean;
  /** In a line: `Logto 1.40.0`, or the fingerprint when the index does not know it. */
  label: string;
}

/**
 * A trace's Logto, recognised by the fingerprint of the spec its server served (stamped by the
 * recorder) against openapi/upstream/history/index.json: the one rule every consumer of traces
 * uses, whatever version label the recorder was given.
 */
function logtoOfTrace(trace: Pick<Trace, 'specFingerprint'>, known: readonly KnownSpec[], ours: KnownSpec): TraceLogto {
  const entry = known.find((spec) => spec.fingerprint === trace.specFingerprint);
  return {
    known: entry,
    ours: trace.specFingerprint === ours.fingerprint,
    label: entry ? `Logto ${entry.logto}` : `a Logto whose spec (fingerprint ${trace.specFingerprint.slice(0, 12)}) openapi/upstream/history/index.json does not record`,
  };
}

/** The committed traces, each with its Logto; `ours` first tells what CI checks our spec and reference server against. */
export async function committedTracesByLogto(dir?: string): Promise<Array<{ file: string; trace: Trace; logto: TraceLogto }>> {
  const known = await loadKnownSpecs();
  const ours = await logtoOurSpecIsFor(undefined, known);
  return committedTraces(dir).map((entry) => ({ ...entry, logto: logtoOfTrace(entry.trace, known, ours) }));
}

/**
 * The committed traces recorded from the Logto our spec is for: the only ones CI checks our spec
 * and the reference server against (a trace of another Logto answers to that Logto's spec; it is
 * for contract:trace-diff across versions, and for the drift gate of a live run against it).
 */
export async function tracesOfOurLogto(dir?: string): Promise<Array<{ file: string; trace: Trace; logto: TraceLogto }>> {
  return (await committedTracesByLogto(dir)).filter((entry) => entry.logto.ours);
}
