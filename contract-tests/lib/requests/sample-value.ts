import type { SchemaValidator, SchemaIssue } from '../schema/schema-validator.js';
import { parseRegexLiteral } from '../schema/regex-literal.js';
import { sampleFromRegex } from './regex-sample.js';

type Schema = Record<string, unknown>;

type SampleResult =
  | { ok: true; value: unknown; /** Spec problems that may make a server reject the value anyway. */ blockers: string[] }
  | { ok: false; reason: string; issues: SchemaIssue[] };

const FORMAT_SAMPLES: Record<string, string> = {
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  iri: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  'iri-reference': 'https://example.com/',
  'uri-template': 'https://example.com/{id}',
  'date-time': '2030-01-01T00:00:00Z',
  date: '2030-01-01',
  time: '00:00:00Z',
  duration: 'P1D',
  uuid: '00000000-0000-4000-8000-000000000000',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '127.0.0.1',
  ipv6: '::1',
  regex: '^a$',
  byte: 'YQ==',
  'json-pointer': '/a',
  'relative-json-pointer': '0',
  password: 'Passw0rd!',
  binary: 'binary',
};

const MAX_DEPTH = 16;

/**
 * Builds a small value valid against `schema`: its example when that example is valid, else
 * `default`/`const`/`enum`, else a minimal instance (required properties only, lower bounds).
 * The result is always checked with the same validator the response checks use.
 */
export function sampleValue(schema: Schema, pointer: string, validator: SchemaValidator): SampleResult {
  const blockers: string[] = [];
  const value = new Sampler(validator, blockers).value(schema, pointer, 0);
  const verdict = validator.validate(schema, value, pointer);
  if (verdict.valid === false) {
    const first = verdict.issues[0];
    const where = first ? `${first.pointer || '/'} ${first.message}` : 'invalid';
    return { ok: false, reason: `no valid value could be built for ${pointer} (${where})`, issues: verdict.issues };
  }
  return { ok: true, value, blockers };
}

class Sampler {
  constructor(
    private readonly validator: SchemaValidator,
    private readonly blockers: string[],
  ) {}

  value(schema: Schema, pointer: string, depth: number): unknown {
    if (depth > MAX_DEPTH) return null;
    if ('example' in schema && this.isValid(schema, schema.example, pointer)) return schema.example;
    if (Array.isArray(schema.examples) && schema.examples.length > 0 && this.isValid(schema, schema.examples[0], pointer)) return schema.examples[0];
    if ('default' in schema && this.isValid(schema, schema.default, pointer)) return schema.default;
    if ('const' in schema) return schema.const;
    if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((v) => v !== null) ?? schema.enum[0];
    for (const key of ['oneOf', 'anyOf'] as const) {
      const branches = schema[key];
      if (!Array.isArray(branches)) continue;
      const base = withoutKey(schema, key);
      let fallback: unknown;
      for (const [i, branch] of branches.entries()) {
        if (!isRecord(branch)) continue;
        const merged = mergeSchemas(base, branch);
        const candidate = this.value(merged, `${pointer}/${key}/${i}`, depth + 1);
        if (i === 0) fallback = candidate;
        if (this.isValid(schema, candidate, pointer)) return candidate;
      }
      return fallback;
    }
    if (Array.isArray(schema.allOf)) {
      const merged = (schema.allOf.filter(isRecord) as Schema[]).reduce(mergeSchemas, withoutKey(schema, 'allOf'));
      return this.value(merged, `${pointer}/allOf`, depth + 1);
    }
    return this.byType(schema, pointer, depth);
  }

  private byType(schema: Schema, pointer: string, depth: number): unknown {
    const type = pickType(schema);
    switch (type) {
      case 'object':
        return this.object(schema, pointer, depth);
      case 'array': {
        const items = isRecord(schema.items) ? schema.items : {};
        const count = typeof schema.minItems === 'number' ? schema.minItems : 0;
        return Array.from({ length: count }, () => this.value(items, `${pointer}/items`, depth + 1));
      }
      case 'integer':
      case 'number':
        return sampleNumber(schema, type);
      case 'boolean':
        return schema.format !== 'false';
      case 'null':
        return null;
      default:
        return this.string(schema, pointer);
    }
  }

  private object(schema: Schema, pointer: string, depth: number): Record<string, unknown> {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
    const names = [...required];
    const minProps = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
    for (const name of Object.keys(properties)) {
      if (names.length >= minProps) break;
      if (!names.includes(name)) names.push(name);
    }
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const sub = properties[name];
      out[name] = isRecord(sub) ? this.value(sub, `${pointer}/properties/${name}`, depth + 1) : isRecord(schema.additionalProperties) ? this.value(schema.additionalProperties, `${pointer}/additionalProperties`, depth + 1) : 'string';
    }
    return out;
  }

  private string(schema: Schema, pointer: string): string {
    let value: string | undefined;
    if (typeof schema.pattern === 'string') {
      const literal = parseRegexLiteral(schema.pattern);
      if (literal) {
        this.blockers.push(`${pointer}: pattern ${JSON.stringify(schema.pattern)} is a JavaScript regex literal; no value matches it as written`);
        value = sampleFromRegex(literal.source, literal.flags);
      } else {
        value = sampleFromRegex(schema.pattern);
      }
    }
    if (value === undefined && typeof schema.format === 'string') {
      const quoted = /^"(.*)"$/.exec(schema.format);
      value = quoted ? quoted[1] : FORMAT_SAMPLES[schema.format];
    }
    value ??= 'string';
    const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
    const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
    if (value.length < min && schema.pattern === undefined) value = value.padEnd(min, 'a');
    if (value.length > max) value = value.slice(0, max);
    return value;
  }

  private isValid(schema: Schema, value: unknown, pointer: string): boolean {
    return this.validator.validate(schema, value, pointer).valid === true;
  }
}

function sampleNumber(schema: Schema, type: 'integer' | 'number'): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  // 3.1 numeric exclusiveMinimum, or 3.0 boolean exclusiveMinimum next to minimum.
  const exclusiveMin = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : schema.exclusiveMinimum === true ? min : undefined;
  let n = exclusiveMin !== undefined ? exclusiveMin + 1 : (min ?? 1);
  if (max !== undefined && n > max) n = max;
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  if (step) n = Math.ceil(n / step) * step;
  return type === 'integer' ? Math.ceil(n) : n;
}

function pickType(schema: Schema): string {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return (type.find((t) => t !== 'null') as string | undefined) ?? 'null';
  if (isRecord(schema.properties) || schema.required || schema.additionalProperties !== undefined) return 'object';
  if (schema.items !== undefined) return 'array';
  return 'string';
}

function mergeSchemas(a: Schema, b: Schema): Schema {
  const merged: Schema = { ...a, ...b };
  if (isRecord(a.properties) || isRecord(b.properties)) {
    merged.properties = { ...(isRecord(a.properties) ? a.properties : {}), ...(isRecord(b.properties) ? b.properties : {}) };
  }
  const required = [...(Array.isArray(a.required) ? a.required : []), ...(Array.isArray(b.required) ? b.required : [])];
  if (required.length > 0) merged.required = [...new Set(required)];
  return merged;
}

function withoutKey(schema: Schema, key: string): Schema {
  const { [key]: _dropped, ...rest } = schema;
  return rest;
}

function isRecord(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
