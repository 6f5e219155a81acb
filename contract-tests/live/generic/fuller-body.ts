import type { SchemaValidator } from '../../lib/schema/schema-validator.js';
import { sampleValue } from '../../lib/requests/sample-value.js';
import type { SpecSchema } from '../../lib/spec/operations.js';

const MAX_DEPTH = 4;

/**
 * A body for a write by an id that cannot exist that makes the server look the id up: the
 * sampler's minimal valid body, with each empty array given one item and an empty object one
 * property, as long as the whole stays valid. A minimal body is often settled before any lookup
 * (Logto: a PATCH of `{}` is 422 "Value list must not be empty"; a PUT replacing a list with `[]`
 * is 204, nothing replaced by nothing), so it would say nothing about the id. The fuller body
 * cannot do more: every id in the path names nothing, and an id in the body is a sample.
 */
export function fullerBody(validator: SchemaValidator, schema: SpecSchema, minimal: unknown, pointer: string): unknown {
  const fuller = fill(validator, schema, structuredClone(minimal), pointer, 0);
  return validator.validate(schema, fuller, pointer).valid === true ? fuller : minimal;
}

function fill(validator: SchemaValidator, schema: SpecSchema, value: unknown, pointer: string, depth: number): unknown {
  // Combinators are left as sampled: which branch a filled value lands in is not ours to pick.
  if (depth > MAX_DEPTH || 'oneOf' in schema || 'anyOf' in schema || 'allOf' in schema) return value;
  if (Array.isArray(value)) {
    const items = record(schema.items);
    if (value.length > 0 || !items || (typeof schema.maxItems === 'number' && schema.maxItems < 1)) return value;
    const item = sampleValue(items, `${pointer}/items`, validator);
    return item.ok ? [fill(validator, items, item.value, `${pointer}/items`, depth + 1)] : value;
  }
  const properties = record(schema.properties);
  if (!properties || value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  for (const [name, sub] of Object.entries(object)) {
    const subSchema = record(properties[name]);
    if (subSchema) object[name] = fill(validator, subSchema, sub, `${pointer}/properties/${name}`, depth + 1);
  }
  if (Object.keys(object).length > 0) return object;
  for (const [name, raw] of Object.entries(properties)) {
    const subSchema = record(raw);
    if (!subSchema || subSchema.readOnly === true) continue;
    const sample = sampleValue(subSchema, `${pointer}/properties/${name}`, validator);
    if (!sample.ok) continue;
    const candidate = { [name]: fill(validator, subSchema, sample.value, `${pointer}/properties/${name}`, depth + 1) };
    if (validator.validate(schema, candidate, pointer).valid === true) return candidate;
  }
  return object;
}

function record(value: unknown): SpecSchema | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as SpecSchema) : undefined;
}
