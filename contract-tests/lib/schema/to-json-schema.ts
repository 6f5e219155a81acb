import type { OpenApiVersion } from '../../../common/spec/index.js';
import type { FindingCollector } from '../findings.js';
import { CHECKED_FORMATS } from './formats.js';
import { compilesAsUnicodeRegex, parseRegexLiteral } from './regex-literal.js';

type Schema = Record<string, unknown>;

/** Keywords whose value is a map of name → subschema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);
/** Keywords whose value is one subschema. */
const SCHEMA_VALUES = new Set(['additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems']);
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** OpenAPI annotations that are not JSON Schema (or unsupported by Ajv) and carry no constraint. */
const DROPPED = new Set(['example', 'xml', 'externalDocs', 'discriminator', 'nullable']);

export const SPEC_ROOT_ID = 'openapi-spec';

/**
 * Converts OpenAPI schema objects to JSON Schema Ajv accepts: 3.0 `nullable` becomes a `null`
 * type, boolean `exclusiveMinimum/Maximum` become numbers, `example` and vendor keys go, JS regex
 * literals in `pattern` are unwrapped (their flags remembered for the regex engine), and unknown
 * formats are collected so they can be registered as unchecked. Each input object converts once
 * (refs were inlined as shared objects), which also keeps Ajv compiling each shape once.
 */
export class SchemaConverter {
  private readonly memo = new WeakMap<object, Schema>();
  /** Unwrapped pattern source → the flags of its literal (e.g. `i`). */
  readonly patternFlags = new Map<string, string>();
  readonly uncheckedFormats = new Set<string>();

  constructor(
    private readonly version: OpenApiVersion,
    private readonly findings: FindingCollector,
  ) {}

  convert(schema: Schema, pointer: string): Schema {
    const done = this.memo.get(schema);
    if (done) return done;
    const out: Schema = {};
    this.memo.set(schema, out);
    for (const [key, value] of Object.entries(schema)) {
      if (DROPPED.has(key) || key.startsWith('x-')) continue;
      const at = `${pointer}/${key}`;
      if (SCHEMA_MAPS.has(key) && isRecord(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, this.sub(sub, `${at}/${name}`)]));
      } else if (SCHEMA_VALUES.has(key) || key === 'items') {
        out[key] = Array.isArray(value) ? value.map((sub, i) => this.sub(sub, `${at}/${i}`)) : this.sub(value, at);
      } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
        out[key] = value.map((sub, i) => this.sub(sub, `${at}/${i}`));
      } else if (key === 'format' && typeof value === 'string') {
        out.format = this.format(value, at, schema);
      } else if (key === 'pattern' && typeof value === 'string') {
        const pattern = this.pattern(value, at);
        if (pattern !== undefined) out.pattern = pattern;
      } else if (key === '$ref' && typeof value === 'string') {
        // Only cyclic refs survive dereferencing; they resolve against the registered spec root.
        out.$ref = `${SPEC_ROOT_ID}${value}`;
      } else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
        const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
        if (value && typeof schema[bound] === 'number') out[key] = schema[bound];
      } else {
        out[key] = value;
      }
    }
    // `exclusiveMinimum: true` consumed `minimum`; keeping both would be harmless but redundant.
    if (typeof out.exclusiveMinimum === 'number' && schema.exclusiveMinimum === true) delete out.minimum;
    if (typeof out.exclusiveMaximum === 'number' && schema.exclusiveMaximum === true) delete out.maximum;
    if (this.version === '3.0' && schema.nullable === true) return this.nullable(out, schema);
    return out;
  }

  private sub(value: unknown, pointer: string): unknown {
    return isRecord(value) ? this.convert(value, pointer) : value;
  }

  private nullable(out: Schema, original: Schema): Schema {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      return out;
    }
    if (out.type === undefined && (out.oneOf || out.anyOf || out.allOf || out.$ref)) {
      // The null branch must stand beside the combinator, not inside it.
      const inner = { ...out };
      for (const key of Object.keys(out)) delete out[key];
      Object.assign(out, { anyOf: [inner, { type: 'null' }] });
      this.memo.set(original, out);
    }
    return out;
  }

  private format(format: string, pointer: string, schema: Schema): string {
    if (CHECKED_FORMATS.has(format)) return format;
    this.uncheckedFormats.add(format);
    if (/^".*"$/.test(format)) {
      // Logto renders zod literals as `format: "\"Value\""`; hundreds of them, one finding.
      this.findings.add(
        'format-quoted-literal',
        'quoted-literal',
        pointer,
        `format ${format} holds a quoted literal (probably meant \`const: ${format}\`); such formats are registered as known but unchecked, so oneOf branches that differ only by them cannot be told apart`,
      );
      return format;
    }
    const onBoolean = schema.type === 'boolean' ? ` on a boolean (probably meant \`const: ${format}\`)` : '';
    this.findings.add(
      'format-non-standard',
      format,
      pointer,
      `non-standard format "${format}"${onBoolean}: not defined by JSON Schema/OpenAPI; registered as known but unchecked`,
    );
    return format;
  }

  private pattern(pattern: string, pointer: string): string | undefined {
    const literal = parseRegexLiteral(pattern);
    if (literal && compilesAsUnicodeRegex(literal.source, literal.flags)) {
      this.findings.add(
        'pattern-regex-literal',
        pattern,
        pointer,
        `pattern ${JSON.stringify(pattern)} is a JavaScript regex literal; taken as written it matches nothing useful. Checked as /${literal.source}/${literal.flags}`,
      );
      if (literal.flags) this.patternFlags.set(literal.source, literal.flags.replace(/[gyu]/g, ''));
      return literal.source;
    }
    if (compilesAsUnicodeRegex(pattern)) return pattern;
    this.findings.add('pattern-invalid', pattern, pointer, `pattern ${JSON.stringify(pattern)} is not a valid ECMA-262 (unicode) regex; not checked`);
    return undefined;
  }
}

function isRecord(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
