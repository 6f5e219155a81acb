/**
 * Contract conformance library shared by the mock suite (Prism) and the live suite (a real
 * server): load a spec, derive requests from it, check responses, write reports. This index is
 * what the mock suite and the bench take; the live suite and the reference server's tests import
 * the modules they use (the response checks, the report renderers) directly.
 */
export { SpecError, loadSpec, parseSpecText } from '../../common/spec/index.js';
export { listOperations, type OperationSpec } from './spec/operations.js';
export { createContractContext } from './context.js';
export { buildValidRequest } from './requests/build-valid-request.js';
export { buildInvalidRequests } from './requests/build-invalid-requests.js';
export type { ContractRequest } from './requests/contract-request.js';
export { send } from './run/send.js';
export { mapConcurrent } from './run/pool.js';
export { planMockConformance, runMockConformance } from './run/run-conformance.js';
export type { ConformanceReport, PairResult, NegativeResult } from './report/results.js';
export { writeReports } from './report/write-reports.js';
export { startPrism, prismVersion } from './prism/start-prism.js';
