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

// Prism alone is not held back by our pacing: both kinds of request at once, 24 in flight each,
// which keeps one single-threaded Prism saturated (the suite keeps 8 in flight per Prism).
const PRISM_ALONE_CONCURRENCY = 24;
// Same placeholder the mock suite sends; Prism only checks that a bearer token is present.
const MOCK_CREDENTIALS = { bearerToken: 'mock-token' };

interface Job {
  request: ContractRequest;
  prefer?: string;
}

interface PrismReplay {
  startupMs: number;
  requestsMs: number;
  pairRequests: number;
  negativeRequests: number;
  failedExchanges: number;
}

/**
 * Prism on its own: start one instance on `specPath`, then send exactly the requests the mock
 * suite sends (one per operation x concrete status, asking for it with `Prefer: code=`, plus
 * every negative case). Requests are built before the clock starts, and no response is checked,
 * so what is timed is one Prism starting and answering.
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
    await Promise.all([mapConcurrent(pairJobs, PRISM_ALONE_CONCURRENCY, sendJob), mapConcurrent(negativeJobs, PRISM_ALONE_CONCURRENCY, sendJob)]);
    const requestsMs = performance.now() - started;
    return { startupMs, requestsMs, pairRequests: pairJobs.length, negativeRequests: negativeJobs.length, failedExchanges };
  } finally {
    await prism.stop();
  }
}
