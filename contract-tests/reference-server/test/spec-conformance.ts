import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import { parse } from 'yaml';
import { OUR_SPEC } from '../../../scripts/common/paths.js';
import type { ApiResponse } from './harness.js';

// Checks a response against openapi/logto-management.yaml: the status must be documented for the
// operation and the body must match its schema (or be empty where no content is documented).

type Json = Record<string, unknown>;
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats = ((ajvFormats as unknown as { default?: FormatsPlugin }).default ?? ajvFormats) as unknown as FormatsPlugin;

/** OpenAPI 3.0 → JSON Schema: `nullable` becomes a `null` type, refs point into the spec document. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const source = node as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'example' || key === 'nullable') continue;
    out[key] = key === '$ref' && typeof value === 'string' ? `spec${value}` : toJsonSchema(value);
  }
  if (source['nullable'] === true) {
    if (typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
    if (Array.isArray(out['enum'])) out['enum'] = [...out['enum'], null];
    if (out['type'] === undefined) return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

export class SpecConformance {
  readonly #spec: Json;
  readonly #ajv: Ajv;
  readonly #validators = new Map<string, ValidateFunction>();

  constructor() {
    this.#spec = parse(readFileSync(OUR_SPEC, 'utf8')) as Json;
    this.#ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
    addFormats(this.#ajv);
    this.#ajv.addSchema({ $id: 'spec', components: toJsonSchema(this.#spec['components']) } as Json);
  }

  #resolve(node: Json): Json {
    const ref = node['$ref'];
    if (typeof ref !== 'string') return node;
    return ref
      .slice(2)
      .split('/')
      .reduce<unknown>((current, part) => (current as Json)[part], this.#spec) as Json;
  }

  /** Problems with the response, empty when it conforms. */
  check(method: string, pathTemplate: string, response: ApiResponse): string[] {
    const operation = ((this.#spec['paths'] as Json)[pathTemplate] as Json | undefined)?.[method.toLowerCase()] as Json | undefined;
    if (!operation) return [`${method} ${pathTemplate} is not in the spec`];
    const responses = operation['responses'] as Json;
    const documented = (responses[String(response.status)] ?? responses['default']) as Json | undefined;
    if (!documented) return [`${method} ${pathTemplate}: status ${response.status} is not documented (body ${response.text.slice(0, 200)})`];
    const content = this.#resolve(documented)['content'] as Json | undefined;
    if (!content) return response.text === '' ? [] : [`${method} ${pathTemplate} ${response.status}: body where none is documented`];
    const media = content['application/json'] as Json | undefined;
    if (!media) return [`${method} ${pathTemplate} ${response.status}: no application/json content documented`];
    if (!response.headers.get('content-type')?.startsWith('application/json')) return [`${method} ${pathTemplate} ${response.status}: content-type ${response.headers.get('content-type')}`];
    const key = `${method} ${pathTemplate} ${response.status}`;
    let validate = this.#validators.get(key);
    if (!validate) {
      validate = this.#ajv.compile(toJsonSchema(media['schema']) as Json);
      this.#validators.set(key, validate);
    }
    if (validate(response.json)) return [];
    return (validate.errors ?? []).map((error) => `${key}: ${error.instancePath || '(body)'} ${error.message ?? ''} (body ${response.text.slice(0, 300)})`);
  }
}
