import path from 'node:path';
import { writeFileAtomic } from '../../lib/report/atomic-write.js';
import type { ConformanceReport } from '../../lib/report/results.js';
import { readObservations, writeLiveReports } from '../support/live-report.js';
import { readVersionGap } from '../support/target-version.js';
import { withVersionVerdicts } from './version-outcomes.js';
import { LIVE_REPORTS_DIR } from '../support/repo-paths.js';
import { summarizeRun, renderResultsJson, renderTestsJunit, type RunSummary } from './run-results.js';
import { readRecords } from './run-stream.js';

interface RunReportsInput {
  target: string;
  startedAt: Date;
  /** Why the run stopped early, if it did. */
  interrupted?: string;
  /** The spec the run checked against (`--spec`), when not ours. */
  specPath?: string;
}

/**
 * Writes every report of a live run from what it recorded: junit.xml and results.json (per test,
 * from the run stream) and the per-operation reports (from the workers' observations). The same
 * code serves a finished and an interrupted run; each file is written atomically.
 */
export async function writeRunReports(input: RunReportsInput, dir: string = LIVE_REPORTS_DIR): Promise<{ summary: RunSummary; conformance: ConformanceReport }> {
  const summary = withVersionVerdicts(summarizeRun(readRecords()), readObservations(), readVersionGap());
  const durationMs = Date.now() - input.startedAt.getTime();
  const status = input.interrupted ? 'interrupted' : !summary.ended ? 'incomplete' : summary.counts.failed > 0 ? 'failed' : 'passed';
  const interrupted = input.interrupted ? { interrupted: input.interrupted } : {};
  writeFileAtomic(path.join(dir, 'junit.xml'), renderTestsJunit(summary, { suiteName: 'contract:live', durationMs, ...interrupted }));
  writeFileAtomic(path.join(dir, 'results.json'), renderResultsJson(summary, { target: input.target, startedAt: input.startedAt, durationMs, status, ...interrupted }));
  const conformance = await writeLiveReports({ target: input.target, startedAt: input.startedAt, reportsDir: dir, ...interrupted, ...(input.specPath ? { specPath: input.specPath } : {}) });
  return { summary, conformance };
}
