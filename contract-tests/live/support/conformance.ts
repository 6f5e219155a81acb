import { checkResponse } from '../../lib/checks/check-response.js';
import type { CheckResult } from '../../lib/checks/check-result.js';
import { createContractContext, type ContractContext } from '../../lib/context.js';
import { loadSpec } from '../../../common/spec/index.js';
import { listOperations, type OperationSpec } from '../../lib/spec/operations.js';
import { OperationIndex } from '../../lib/spec/operation-index.js';
import { SPEC_PATH } from './repo-paths.js';

/** What a live run saw: fetch's status and Headers, the body read as text (the checks' ObservedResponse is built from it). */
export interface LiveResponse {
  status: number;
  headers: Headers;
  bodyText: string;
}

export interface Conformance {
  context: ContractContext;
  index: OperationIndex;
  /** The mock suite's four checks (status, content type, schema, no 5xx), on one live response. */
  check(operation: OperationSpec, response: LiveResponse): CheckResult[];
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
      check: (operation, response) =>
        checkResponse(context, operation, { status: response.status, headers: headerRecord(response.headers), bodyText: response.bodyText }),
    };
  })();
  return loaded;
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}
