/**
 * Contract conformance library shared by the mock suite (Prism) and the live suite (a real
 * server): load a spec, derive requests from it, check responses, write reports.
 */
export { SpecError, loadSpec, parseSpecText, readPointer, joinPointer, type LoadedSpec, type OpenApiVersion, type HttpMethod } from '../../common/spec/index.js';
export { listOperations, type OperationSpec, type ParameterSpec, type ResponseSpec, type MediaTypeSpec } from './spec/operations.js';
export { createContractContext, type ContractContext } from './context.js';
export { FindingCollector, type SpecFinding } from './findings.js';
export { SchemaValidator, type SchemaIssue, type SchemaVerdict } from './schema/schema-validator.js';
export { sampleValue } from './requests/sample-value.js';
export { buildValidRequest } from './requests/build-valid-request.js';
export { buildInvalidRequests, type InvalidRequestCase } from './requests/build-invalid-requests.js';
export type { ContractRequest, BuiltRequest, RequestCredentials, RequestBody } from './requests/contract-request.js';
export { toFetchArgs } from './requests/encode.js';
export { checkResponse, type CheckOptions } from './checks/check-response.js';
export { RESPONSE_CHECKS, type CheckName, type CheckResult, type ObservedResponse, type ResponseCheckName } from './checks/check-result.js';
export { send, type Exchange } from './run/send.js';
export { mapConcurrent } from './run/pool.js';
export { planMockConformance, runMockConformance, type MockConformance, type MockConformancePlan, type RunOptions } from './run/run-conformance.js';
export { totals, summaryLine, type ConformanceReport, type PairResult, type NegativeResult, type PairOutcome, type ReportTotals } from './report/results.js';
export { writeReports, type WrittenReports } from './report/write-reports.js';
export { renderMarkdown } from './report/write-markdown.js';
export { renderHtml } from './report/write-html.js';
export { renderJunit } from './report/write-junit.js';
export { startPrism, prismEntry, prismVersion, PrismStartError, type PrismHandle, type PrismOptions } from './prism/start-prism.js';
