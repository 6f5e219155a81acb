import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TRACES_DIR } from '../../common/paths.js';
import { loadKnownSpecs } from '../../common/served-spec/known-specs.js';
import { diffTraceFiles } from '../record/trace-diff.js';
import { renderTraceDiffMarkdown } from '../record/trace-diff-markdown.js';
import { committedTracesByLogto } from '../scenarios/trace-logto.js';
import { recordingFor } from '../scenarios/trace.js';

/**
 * What a committed trace of another Logto version is for. CI checks our spec and replays on the
 * reference server only the traces of the Logto our spec is for (recorded-conformance, replay,
 * drift-catalogue); a trace of another version answers to that version's spec. It is kept for
 * two things, both checked here: contract:trace-diff against our version's trace lists what the
 * upgrade changed in behaviour, in or out of the spec diff (the committed report is what it says
 * today), and a live run against that Logto judges its scenarios against it (recordingFor).
 */
const traces = await committedTracesByLogto();
const others = traces.filter((entry) => !entry.logto.ours);

/** Each trace of another version, the trace of our version it is compared with, and the committed report of that comparison. */
const REPORTS: Record<string, { against: string; report: string }> = {
  'logto-1.40-without-email-connector.trace.json': { against: 'logto-1.42-without-email-connector.trace.json', report: 'reports/trace-diff-1.40-to-1.42.md' },
};

describe('committed traces, by the Logto that served their spec', () => {
  test('every trace is of a Logto openapi/upstream/history/index.json records, and its recorder label says the same version', async () => {
    const known = await loadKnownSpecs();
    expect(traces.map((entry) => [entry.file, entry.logto.known?.logto])).toEqual(traces.map((entry) => [entry.file, entry.trace.logtoVersion]));
    expect(traces.every((entry) => known.some((spec) => spec.fingerprint === entry.trace.specFingerprint))).toBe(true);
  });

  test('the Logto our spec is for has traces (what CI checks our spec and reference server against), and another version has at least one', () => {
    expect(traces.filter((entry) => entry.logto.ours).map((entry) => entry.file)).toEqual(['logto-1.42-with-email-connector.trace.json', 'logto-1.42-without-email-connector.trace.json']);
    expect(others.map((entry) => entry.file)).toEqual(['logto-1.40-without-email-connector.trace.json']);
  });
});

describe.each(others)('$file, a trace of another Logto', ({ file, trace, logto }) => {
  test('is compared with our version\'s trace: the committed trace-diff report is what contract:trace-diff says today', async () => {
    const entry = REPORTS[file];
    expect(entry, `${file} needs a line in REPORTS and a committed report: npm run contract:trace-diff -- --markdown contract-tests/traces/${file} <our version's trace> > contract-tests/traces/<report>.md`).toBeDefined();
    const { against, report } = entry as { against: string; report: string };
    const result = await diffTraceFiles(path.join(TRACES_DIR, file), path.join(TRACES_DIR, against));
    expect(result.versions.same).toBe(false);
    // Every difference is placed in or out of the spec diff: both servers' specs are known.
    expect(result.differences.filter((d) => d.placement.in === 'unknown')).toEqual([]);
    expect(`${renderTraceDiffMarkdown(result)}\n`).toBe(readFileSync(path.join(TRACES_DIR, report), 'utf8'));
  });

  test(`is what a live run against ${logto.label} is judged by (the drift gate finds it by the served spec's fingerprint)`, () => {
    expect(recordingFor(trace.specFingerprint, trace.emailConnector)).toEqual(trace);
  });
});
