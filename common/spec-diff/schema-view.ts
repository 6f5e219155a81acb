import { isObject, type JsonObject } from '../spec/index.js';

/**
 * A schema reduced to what a client's types and validators see, smoothing over spellings that mean
 * the same thing: 3.0 `nullable: true` vs 3.1 `type: [..., "null"]` vs a `{type: "null"}` branch,
 * `allOf` composition vs one merged object, `const` vs a one-value `enum`, implied `type: object`.
 */
export interface SchemaView {
  /** The schema after allOf merging and null-branch removal. */
  raw: JsonObject;
  /** Non-null types; undefined means any type. */
  types?: Set<string>;
  nullable: boolean;
  /** Non-null enum values; undefined means not enumerated. */
  enumValues?: unknown[];
  properties?: Map<string, JsonObject>;
  required: Set<string>;
  /** oneOf/anyOf branches other than a null branch, when at least two remain. */
  alternatives?: JsonObject[];
  alternativesKeyword?: 'oneOf' | 'anyOf';
}

export function viewSchema(schema: JsonObject): SchemaView {
  let raw = mergeAllOf(schema);
  let nullable = raw.nullable === true;

  let alternatives: JsonObject[] | undefined;
  let alternativesKeyword: 'oneOf' | 'anyOf' | undefined;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = raw[keyword];
    if (!Array.isArray(branches)) continue;
    const objects = branches.filter(isObject);
    const nonNull = objects.filter((branch) => !isNullOnly(branch));
    if (nonNull.length < objects.length) nullable = true;
    if (nonNull.length === 1 && nonNull[0]) {
      // `oneOf: [X, {type: null}]` is just a nullable X.
      const { [keyword]: _dropped, ...outer } = raw;
      raw = { ...mergeAllOf(nonNull[0]), ...outer };
    } else if (nonNull.length > 1) {
      alternatives = nonNull;
      alternativesKeyword = keyword;
    }
    break;
  }

  let types: Set<string> | undefined;
  const declared = raw.type;
  if (typeof declared === 'string') types = new Set([declared]);
  else if (Array.isArray(declared)) types = new Set(declared.filter((t): t is string => typeof t === 'string'));
  if (types?.has('null')) {
    nullable = true;
    types.delete('null');
  }
  if (types && types.size === 0) types = undefined;

  let enumValues: unknown[] | undefined;
  if (Array.isArray(raw.enum)) enumValues = raw.enum;
  else if ('const' in raw) enumValues = [raw.const];
  if (enumValues?.includes(null)) {
    nullable = true;
    enumValues = enumValues.filter((v) => v !== null);
  }

  if (!types && !alternatives) {
    if (isObject(raw.properties) || raw.additionalProperties !== undefined) types = new Set(['object']);
    else if (raw.items !== undefined) types = new Set(['array']);
    else if (enumValues && enumValues.length > 0) types = new Set(enumValues.map(jsonType));
  }

  const properties = isObject(raw.properties)
    ? new Map(Object.entries(raw.properties).filter((entry): entry is [string, JsonObject] => isObject(entry[1])))
    : undefined;
  const required = new Set(Array.isArray(raw.required) ? raw.required.filter((r): r is string => typeof r === 'string') : []);

  const view: SchemaView = { raw, nullable, required };
  if (types) view.types = types;
  if (enumValues) view.enumValues = enumValues;
  if (properties) view.properties = properties;
  if (alternatives) view.alternatives = alternatives;
  if (alternativesKeyword) view.alternativesKeyword = alternativesKeyword;
  return view;
}

function isNullOnly(schema: JsonObject): boolean {
  if (schema.type === 'null') return true;
  if (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null') return true;
  return Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** Folds `allOf` members into one schema: properties and required lists unite, the first word on anything else wins. */
function mergeAllOf(schema: JsonObject): JsonObject {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...outer } = schema;
  const merged: JsonObject = {};
  const properties: JsonObject = {};
  const required = new Set<string>();
  for (const part of [...allOf.filter(isObject).map(mergeAllOf), outer]) {
    for (const [key, value] of Object.entries(part)) {
      if (key === 'properties' && isObject(value)) Object.assign(properties, value);
      else if (key === 'required' && Array.isArray(value)) value.forEach((r) => typeof r === 'string' && required.add(r));
      else if (key === 'nullable') merged.nullable = merged.nullable === true || value === true;
      else if (!(key in merged)) merged[key] = value;
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}

/** Does a value set of type `wide` include every value of type `narrow`? (integer is inside number) */
export function typesCover(wide: Set<string> | undefined, narrow: Set<string> | undefined): boolean {
  if (!wide) return true;
  if (!narrow) return false;
  return [...narrow].every((t) => wide.has(t) || (t === 'integer' && wide.has('number')));
}

export function describeTypes(types: Set<string> | undefined): string {
  return types ? [...types].sort().join(' | ') : 'any type';
}
