import { FindingCollector } from '../../lib/findings.js';
import { SchemaValidator } from '../../lib/schema/schema-validator.js';
import { listOperations, type OperationSpec } from '../../lib/spec/operations.js';
import { OUR_SPEC } from '../../../common/paths.js';
import { loadSpec, type LoadedSpec } from '../../../common/spec/index.js';
import type { ApiResponse } from './harness.js';

// Checks a response against openapi/logto-management.yaml: the status must be documented for the
// operation and the body must match its schema (or be empty where no content is documented).
// The spec is read, and its schemas are checked, the way the contract suites do it, so the
// reference server is held to the same reading of the spec as Logto is.

export class SpecConformance {
  readonly #operations: Map<string, OperationSpec>;
  readonly #validator: SchemaValidator;

  static async load(file: string = OUR_SPEC): Promise<SpecConformance> {
    return new SpecConformance(await loadSpec(file));
  }

  constructor(spec: LoadedSpec) {
    this.#operations = new Map(listOperations(spec).map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation]));
    this.#validator = new SchemaValidator(spec, new FindingCollector());
  }

  /** Problems with the response, empty when it conforms. */
  check(method: string, pathTemplate: string, response: ApiResponse): string[] {
    const operation = this.#operations.get(`${method.toUpperCase()} ${pathTemplate}`);
    if (!operation) return [`${method} ${pathTemplate} is not in the spec`];
    const documented = operation.responses.find((entry) => entry.status === String(response.status)) ?? operation.responses.find((entry) => entry.status === 'default');
    if (!documented) return [`${method} ${pathTemplate}: status ${response.status} is not documented (body ${response.text.slice(0, 200)})`];
    if (Object.keys(documented.content).length === 0) return response.text === '' ? [] : [`${method} ${pathTemplate} ${response.status}: body where none is documented`];
    const media = documented.content['application/json'];
    if (!media) return [`${method} ${pathTemplate} ${response.status}: no application/json content documented`];
    if (!response.headers.get('content-type')?.startsWith('application/json')) return [`${method} ${pathTemplate} ${response.status}: content-type ${response.headers.get('content-type')}`];
    const key = `${method} ${pathTemplate} ${response.status}`;
    if (!media.schema) return [];
    const verdict = this.#validator.validate(media.schema, response.json, `${operation.pointer}/responses/${documented.status}`);
    if (verdict.valid === true) return [];
    if (verdict.valid === 'unknown') return [`${key}: ${verdict.reason}`];
    return verdict.issues.map((issue) => `${key}: ${issue.pointer || '(body)'} ${issue.message} (body ${response.text.slice(0, 300)})`);
  }
}
