import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  buildInvalidRequests,
  createContractContext,
  listOperations,
  loadSpec,
  prismVersion,
  RESPONSE_CHECKS,
  runMockResponseConformance,
  runNegativeConformance,
  writeReports,
  type ConformanceReport,
  type NegativeResult,
  type PairResult,
} from '../lib/index.js';
import { suiteOptions } from './suite-options.js';

// Everything below is derived from the spec at run time: a new operation or status in the spec
// becomes new tests here without editing this file.
const { specPath, reportsDir } = suiteOptions();
const spec = await loadSpec(specPath);
const operations = listOperations(spec);
const ctx = createContractContext(spec);
const credentials = { bearerToken: 'mock-token' };
const negativeCases = new Map(operations.map((op) => [op.operationId, buildInvalidRequests(ctx, op, credentials).map((c) => c.name)]));

const pairs = new Map<string, PairResult>();
const negatives = new Map<string, NegativeResult>();

beforeAll(async () => {
  const baseUrl = inject('prismBaseUrl');
  const startedAt = new Date();
  const started = performance.now();
  // Prism answers one request at a time; one phase after the other keeps its queue short.
  const pairResults = await runMockResponseConformance(ctx, operations, { baseUrl, credentials });
  const negativeResults = await runNegativeConformance(ctx, operations, { baseUrl, credentials });
  for (const p of pairResults) pairs.set(`${p.operationId} ${p.status}`, p);
  for (const n of negativeResults) negatives.set(`${n.operationId} ${n.name}`, n);
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

describe.each(operations.map((op) => [`${op.operationId} (${op.method.toUpperCase()} ${op.path})`, op] as const))('%s', (_label, op) => {
  for (const response of op.responses) {
    for (const check of RESPONSE_CHECKS) {
      it(`${response.status} ${check}`, (test) => {
        const pair = pairs.get(`${op.operationId} ${response.status}`);
        expect(pair, 'the run produced no result for this pair').toBeDefined();
        if (pair?.outcome === 'not_reachable') {
          test.skip(`not reachable: ${pair.reason ?? ''}`);
          return;
        }
        const result = pair?.checks.find((c) => c.name === check);
        if (result?.outcome !== 'passed') throw new Error(result?.message ?? `${op.operationId} ${response.status} ${check}: no result`);
      });
    }
  }
  for (const name of negativeCases.get(op.operationId) ?? []) {
    it(`negative_data_rejection ${name}`, () => {
      const result = negatives.get(`${op.operationId} ${name}`);
      expect(result, 'the run produced no result for this request').toBeDefined();
      if (result?.outcome !== 'passed') throw new Error(result?.message);
    });
  }
});
