import { beforeAll, it } from 'vitest';
import {
  createContractContext,
  listOperations,
  planMockConformance,
  prismVersion,
  runMockConformance,
  writeReports,
  type ConformanceReport,
  type NegativeResult,
  type PairResult,
} from '../lib/index.js';
import { countChecks, operationCheckCases } from './check-cases.js';
import { suitePrisms } from './suite-prisms.js';
import { suiteOptions } from './suite-options.js';
import { suiteSpec } from './suite-spec.js';

// Everything below is derived from the spec at run time: a new operation or status in the spec
// becomes new checks here without editing this file. One test per operation; its checks (one
// per documented status and response check, one per negative request) are the report's JUnit
// testcases (check-cases.ts).
const { specPath, reportsDir } = suiteOptions();
const spec = await suiteSpec();
const operations = listOperations(spec);
const ctx = createContractContext(spec);
const credentials = { bearerToken: 'mock-token' };

const pairs = new Map<string, PairResult>();
const negatives = new Map<string, NegativeResult[]>();

beforeAll(async () => {
  // Built while the Prisms may still be starting, not after: the run's start-up is theirs or ours, whichever is longer.
  const plan = planMockConformance(ctx, operations, credentials);
  const prisms = await suitePrisms();
  const baseUrls = prisms.map((p) => p.baseUrl);
  const startedAt = new Date();
  const started = performance.now();
  const { pairs: pairResults, negatives: negativeResults } = await runMockConformance(ctx, plan, { baseUrls, paths: prisms.map((p) => p.paths), credentials });
  for (const p of pairResults) pairs.set(`${p.operationId} ${p.status}`, p);
  for (const n of negativeResults) negatives.set(n.operationId, [...(negatives.get(n.operationId) ?? []), n]);
  const report: ConformanceReport = {
    title: spec.title,
    specSource: specPath,
    openapi: spec.openapi,
    target: `Prism ${prismVersion()} mock`,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    operations: operations.length,
    pairs: pairResults,
    negatives: negativeResults,
    findings: ctx.findings.list(),
  };
  await writeReports(report, reportsDir);
});

for (const op of operations) {
  it(`${op.operationId} (${op.method.toUpperCase()} ${op.path})`, ({ task, skip }) => {
    const cases = operationCheckCases(op, pairs, negatives.get(op.operationId) ?? []);
    task.meta.conformanceChecks = countChecks(cases);
    const failed = cases.filter((c) => c.outcome === 'failed');
    if (failed.length > 0) throw new Error(`${failed.length} of ${cases.length} checks failed:\n${failed.map((c) => c.message).join('\n')}`);
    if (cases.every((c) => c.outcome === 'skipped')) skip(`no check could run: ${cases[0]?.message ?? 'the operation documents no response'}`);
  });
}
