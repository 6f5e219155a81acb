import { listSpecOperations, type HttpMethod, type LoadedSpec } from '../../../common/spec/index.js';

/** A JSON Schema as found in the spec (OpenAPI dialect, refs inlined). */
export type SpecSchema = Record<string, unknown>;

export interface MediaTypeSpec {
  schema?: SpecSchema;
  /** `example` or the first of `examples`, if any. */
  example?: unknown;
  hasExample: boolean;
}

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema?: SpecSchema;
  example?: unknown;
  hasExample: boolean;
  style?: string;
  explode?: boolean;
}

interface RequestBodySpec {
  required: boolean;
  content: Record<string, MediaTypeSpec>;
}

export interface ResponseSpec {
  /** As written in the spec: `200`, `4XX`, `default`. */
  status: string;
  description: string;
  content: Record<string, MediaTypeSpec>;
}

export interface SecuritySchemeSpec {
  name: string;
  type: string;
  scheme?: string;
  in?: string;
  paramName?: string;
}

export interface OperationSpec {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** JSON pointer of the operation in the spec. */
  pointer: string;
  tags: string[];
  parameters: ParameterSpec[];
  requestBody?: RequestBodySpec;
  responses: ResponseSpec[];
  /** Alternatives (OR) of scheme sets (AND); empty = no auth needed. */
  security: SecuritySchemeSpec[][];
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function firstExample(node: Record<string, unknown>): { example?: unknown; hasExample: boolean } {
  if ('example' in node) return { example: node.example, hasExample: true };
  const examples = asRecord(node.examples);
  for (const entry of Object.values(examples)) {
    const record = asRecord(entry);
    if ('value' in record) return { example: record.value, hasExample: true };
  }
  return { hasExample: false };
}

function toMediaTypes(content: unknown): Record<string, MediaTypeSpec> {
  const out: Record<string, MediaTypeSpec> = {};
  for (const [type, raw] of Object.entries(asRecord(content))) {
    const media = asRecord(raw);
    const schema = media.schema === undefined ? undefined : asRecord(media.schema);
    out[type] = { ...(schema ? { schema } : {}), ...firstExample(media) };
  }
  return out;
}

function toParameter(raw: unknown): ParameterSpec | undefined {
  const p = asRecord(raw);
  if (typeof p.name !== 'string' || !['path', 'query', 'header', 'cookie'].includes(String(p.in))) return undefined;
  const schema = p.schema === undefined ? undefined : asRecord(p.schema);
  const fromParam = firstExample(p);
  const fromSchema = schema && 'example' in schema ? { example: schema.example, hasExample: true } : { hasExample: false };
  const example = fromParam.hasExample ? fromParam : fromSchema;
  return {
    name: p.name,
    in: p.in as ParameterSpec['in'],
    required: p.in === 'path' ? true : p.required === true,
    ...(schema ? { schema } : {}),
    ...example,
    ...(typeof p.style === 'string' ? { style: p.style } : {}),
    ...(typeof p.explode === 'boolean' ? { explode: p.explode } : {}),
  };
}


function toSecurity(requirements: unknown, schemes: Record<string, unknown>): SecuritySchemeSpec[][] {
  if (!Array.isArray(requirements)) return [];
  return requirements.map((req) =>
    Object.keys(asRecord(req)).map((name) => {
      const s = asRecord(schemes[name]);
      return {
        name,
        type: typeof s.type === 'string' ? s.type : 'unknown',
        ...(typeof s.scheme === 'string' ? { scheme: s.scheme.toLowerCase() } : {}),
        ...(typeof s.in === 'string' ? { in: s.in } : {}),
        ...(typeof s.name === 'string' ? { paramName: s.name } : {}),
      };
    }),
  );
}

/** Every operation of the spec, in document order. */
export function listOperations(spec: LoadedSpec): OperationSpec[] {
  const doc = spec.document;
  const schemes = asRecord(asRecord(doc.components).securitySchemes);
  const operations: OperationSpec[] = [];
  const seen = new Set<string>();
  for (const { path, method, operation: op, parameters, pointer } of listSpecOperations(doc)) {
    const body = op.requestBody === undefined ? undefined : asRecord(op.requestBody);
    const declared = typeof op.operationId === 'string' && op.operationId ? op.operationId : `${method.toUpperCase()} ${path}`;
    // operationIds key every result; a duplicate (invalid OpenAPI) must not merge two operations.
    const operationId = seen.has(declared) ? `${declared} (${method.toUpperCase()} ${path})` : declared;
    seen.add(operationId);
    operations.push({
      operationId,
      method,
      path,
      pointer,
      tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
      parameters: parameters.flatMap((raw) => toParameter(raw) ?? []),
      ...(body ? { requestBody: { required: body.required === true, content: toMediaTypes(body.content) } } : {}),
      responses: Object.entries(asRecord(op.responses)).map(([status, raw]) => {
        const r = asRecord(raw);
        return { status, description: typeof r.description === 'string' ? r.description : '', content: toMediaTypes(r.content) };
      }),
      security: toSecurity(op.security ?? doc.security, schemes),
    });
  }
  return operations;
}
