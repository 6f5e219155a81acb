import { checkResponse } from '../../lib/checks/check-response.js';
import { documentedResponse } from '../../lib/checks/documented-response.js';
import { essence, isJsonMediaType, mediaTypeMatches } from '../../lib/checks/media-type.js';
import { undocumentedFields } from '../../lib/checks/undocumented-fields.js';
import type { CheckResult } from '../../lib/checks/check-result.js';
import { createContractContext, type ContractContext } from '../../lib/context.js';
import { loadSpec } from '../../../common/spec/index.js';
import { listOperations, type OperationSpec } from '../../lib/spec/operations.js';
import { OperationIndex } from '../../lib/spec/operation-index.js';
import { SPEC_PATH } from './repo-paths.js';

/** What a live run saw: fetch's status and Headers, the body read as text (the checks' ObservedResponse is built from it). */
interface LiveResponse {
  status: number;
  headers: Headers;
  bodyText: string;
}

export interface Conformance {
  context: ContractContext;
  index: OperationIndex;
  /** The mock suite's four checks (status, content type, schema, no 5xx), on one live response; `allDetails` lists every schema issue, not the first few. */
  check(operation: OperationSpec, response: LiveResponse, options?: { allDetails?: boolean }): CheckResult[];
  /** Fields of a JSON answer its documented schema does not describe (a finding: the spec is behind), as JSON pointers. */
  undocumented(operation: OperationSpec, response: LiveResponse): string[];
}

let loaded: Promise<Conformance> | undefined;

/** The spec and its checks, loaded once per worker. */
export function loadConformance(): Promise<Conformance> {
  loaded ??= (async () => {
    const context = createContractContext(await loadSpec(SPEC_PATH));
    const index = new OperationIndex(listOperations(context.spec));
    return {
      context,
      index,
      check: (operation, response, options) =>
        checkResponse(context, operation, { status: response.status, headers: headerRecord(response.headers), bodyText: response.bodyText }, options?.allDetails ? { maxDetails: Infinity } : {}),
      undocumented: (operation, response) => undocumentedOf(operation, response),
    };
  })();
  return loaded;
}

function undocumentedOf(operation: OperationSpec, response: LiveResponse): string[] {
  const documented = documentedResponse(operation, response.status);
  const type = essence(response.headers.get('content-type') ?? undefined);
  if (!documented || !type || !isJsonMediaType(type)) return [];
  const schema = Object.entries(documented.content).find(([mediaType]) => mediaTypeMatches(mediaType, type))?.[1].schema;
  if (!schema) return [];
  try {
    return undocumentedFields(schema, JSON.parse(response.bodyText) as unknown);
  } catch {
    return [];
  }
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}
