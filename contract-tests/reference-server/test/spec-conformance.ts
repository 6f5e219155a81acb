import { checkResponse } from '../../lib/checks/check-response.js';
import { createContractContext, type ContractContext } from '../../lib/context.js';
import { listOperations, type OperationSpec } from '../../lib/spec/operations.js';
import { OUR_SPEC } from '../../../common/paths.js';
import { loadSpec, type LoadedSpec } from '../../../common/spec/index.js';
import type { ApiResponse } from './harness.js';

// Checks a response against openapi/logto-management.yaml with the contract suites' own four
// response checks (lib/checks/check-response.ts), so the reference server is held to exactly the
// reading of the spec Logto is held to.

export class SpecConformance {
  readonly #operations: Map<string, OperationSpec>;
  readonly #context: ContractContext;

  static async load(file: string = OUR_SPEC): Promise<SpecConformance> {
    return new SpecConformance(await loadSpec(file));
  }

  constructor(spec: LoadedSpec) {
    this.#context = createContractContext(spec);
    this.#operations = new Map(listOperations(spec).map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation]));
  }

  /** Problems with the response, empty when it conforms. */
  check(method: string, pathTemplate: string, response: ApiResponse): string[] {
    const operation = this.#operations.get(`${method.toUpperCase()} ${pathTemplate}`);
    if (!operation) return [`${method} ${pathTemplate} is not in the spec`];
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return checkResponse(this.#context, operation, { status: response.status, headers, bodyText: response.text })
      .filter((result) => result.outcome === 'failed')
      .map((result) => result.message);
  }
}
