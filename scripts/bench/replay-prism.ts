import {
  buildInvalidRequests,
  buildValidRequest,
  createContractContext,
  listOperations,
  loadSpec,
  mapConcurrent,
  send,
  startPrism,
  type ContractRequest,
} from '../../contract-tests/lib/index.js';

// The mock suite's pools: run-conformance.ts DEFAULT_CONCURRENCY (24), two pools side by side.
export const MOCK_SUITE_CONCURRENCY = 24;
// Same placeholder the mock suite sends; Prism only checks that a bearer token is present.
const MOCK_CREDENTIALS = { bearerToken: 'mock-token' };

interface Job {
  request: ContractRequest;
  prefer?: string;
}

export interface PrismReplay {
  startupMs: number;
  requestsMs: number;
  pairRequests: number;
  negativeRequests: number;
  failedExchanges: number;
}

/**
 * Prism on its own: start it on `specPath`, then send exactly the requests the mock suite sends
 * (one per operation x concrete status, asking for it with `Prefer: code=`, plus every negative
 * case), with the suite's concurrency. Requests are built before the clock starts, and no
 * response is checked, so what is timed is Prism answering.
 */
export async function replayAgainstPrism(specPath: string, logFile: string): Promise<PrismReplay> {
  const spec = await loadSpec(specPath);
  const operations = listOperations(spec);
  const ctx = createContractContext(spec);
  const pairJobs: Job[] = [];
  const negativeJobs: Job[] = [];
  for (const op of operations) {
    for (const response of op.responses) {
      if (!/^\d{3}$/.test(response.status)) continue;
      const built = buildValidRequest(ctx, op, MOCK_CREDENTIALS);
      if (built.ok) pairJobs.push({ request: built.request, prefer: `code=${response.status}` });
    }
    const success = op.responses.find((r) => /^2\d\d$/.test(r.status))?.status;
    for (const c of buildInvalidRequests(ctx, op, MOCK_CREDENTIALS)) negativeJobs.push({ request: c.request, ...(success ? { prefer: `code=${success}` } : {}) });
  }

  const startStarted = performance.now();
  const prism = await startPrism({ specPath, logFile });
  const startupMs = performance.now() - startStarted;
  try {
    let failedExchanges = 0;
    const sendJob = async (job: Job): Promise<void> => {
      const exchange = await send(prism.baseUrl, job.request, job.prefer ? { prefer: job.prefer } : {});
      if (!exchange.ok) failedExchanges += 1;
    };
    const started = performance.now();
    await Promise.all([mapConcurrent(pairJobs, MOCK_SUITE_CONCURRENCY, sendJob), mapConcurrent(negativeJobs, MOCK_SUITE_CONCURRENCY, sendJob)]);
    const requestsMs = performance.now() - started;
    return { startupMs, requestsMs, pairRequests: pairJobs.length, negativeRequests: negativeJobs.length, failedExchanges };
  } finally {
    await prism.stop();
  }
}
