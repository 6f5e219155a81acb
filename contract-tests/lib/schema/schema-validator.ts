import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import type { LoadedSpec } from '../../../common/spec/index.js';
import type { FindingCollector } from '../findings.js';
import { readPointer } from '../../../common/spec/index.js';
import { SchemaConverter, SPEC_ROOT_ID } from './to-json-schema.js';

export interface SchemaIssue {
  /** JSON pointer into the validated value (`''` = the value itself). */
  pointer: string;
  message: string;
  /** The offending value at `pointer`. */
  value: unknown;
  keyword: string;
}

type SchemaVerdict = { valid: true } | { valid: false; issues: SchemaIssue[] } | { valid: 'unknown'; reason: string };

type FormatsPlugin = (ajv: Ajv, opts?: unknown) => Ajv;
const addFormats: FormatsPlugin =
  ((ajvFormats as unknown as { default?: FormatsPlugin }).default ?? (ajvFormats as unknown as FormatsPlugin));

/**
 * One Ajv instance per spec; each schema object compiles once and the compiled function is
 * reused for every later value (the live suite and the mock suite feed thousands of bodies).
 */
export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly converter: SchemaConverter;
  private readonly compiled = new WeakMap<object, ValidateFunction | Error>();
  /** Specs without $refs (Logto's) repeat the same shape under many operations: compile each shape once. */
  private readonly compiledByShape = new Map<string, ValidateFunction | Error>();
  private readonly registeredFormats = new Set<string>();
  private rootAdded = false;

  constructor(
    private readonly spec: LoadedSpec,
    private readonly findings: FindingCollector,
  ) {
    this.converter = new SchemaConverter(spec.version, findings);
    const patternFlags = this.converter.patternFlags;
    const regExp = Object.assign((source: string, flags: string) => new RegExp(source, flags + (patternFlags.get(source) ?? '')), {
      code: 'new RegExp',
    });
    const options = {
      strict: false,
      allErrors: true,
      allowUnionTypes: true,
      validateFormats: true,
      // The spec's schemas are not meta-validated (a linter's job); skipping it halves compile time.
      validateSchema: false,
      code: { regExp, optimize: false },
      logger: {
        log: () => undefined,
        warn: (...args: unknown[]) => this.findings.add('schema-warning', String(args[0]), '#', `validator warning: ${String(args[0])}`),
        error: (...args: unknown[]) => this.findings.add('schema-warning', String(args[0]), '#', `validator error: ${String(args[0])}`),
      },
    };
    this.ajv = spec.version === '3.1' ? (new Ajv2020(options) as unknown as Ajv) : new Ajv(options);
    addFormats(this.ajv);
  }

  /** Converts (OpenAPI → JSON Schema) and compiles once; `pointer` locates the schema for findings. */
  compile(schema: Record<string, unknown>, pointer: string): ValidateFunction | Error {
    const cached = this.compiled.get(schema);
    if (cached) return cached;
    let result: ValidateFunction | Error;
    try {
      const converted = this.converter.convert(schema, pointer);
      const shape = JSON.stringify(converted);
      const same = this.compiledByShape.get(shape);
      if (same) {
        this.compiled.set(schema, same);
        return same;
      }
      this.registerFormats();
      if (this.spec.cyclicRefs.length > 0) this.addSpecRoot();
      result = this.ajv.compile(converted);
      this.compiledByShape.set(shape, result);
    } catch (error) {
      result = error instanceof Error ? error : new Error(String(error));
      this.findings.add('schema-uncompilable', pointer, pointer, `schema cannot be compiled (${result.message}); values against it are not checked`);
    }
    this.compiled.set(schema, result);
    return result;
  }

  validate(schema: Record<string, unknown>, value: unknown, pointer: string): SchemaVerdict {
    const fn = this.compile(schema, pointer);
    if (fn instanceof Error) return { valid: 'unknown', reason: `schema at ${pointer} cannot be compiled: ${fn.message}` };
    if (fn(value)) return { valid: true };
    return { valid: false, issues: (fn.errors ?? []).map((e) => toIssue(e, value)) };
  }

  private registerFormats(): void {
    for (const format of this.converter.uncheckedFormats) {
      if (this.registeredFormats.has(format)) continue;
      this.ajv.addFormat(format, true);
      this.registeredFormats.add(format);
    }
  }

  private addSpecRoot(): void {
    if (this.rootAdded) return;
    this.rootAdded = true;
    const schemas = readPointer(this.spec.raw, '#/components/schemas');
    const converted: Record<string, unknown> = {};
    if (schemas && typeof schemas === 'object') {
      const derefSchemas = readPointer(this.spec.document, '#/components/schemas') as Record<string, Record<string, unknown>>;
      for (const name of Object.keys(schemas)) {
        const schema = derefSchemas[name];
        if (schema) converted[name] = this.converter.convert(schema, `#/components/schemas/${name}`);
      }
    }
    this.registerFormats();
    this.ajv.addSchema({ $id: SPEC_ROOT_ID, components: { schemas: converted } });
  }
}

function toIssue(error: ErrorObject, root: unknown): SchemaIssue {
  let pointer = error.instancePath;
  let message = error.message ?? error.keyword;
  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') {
    message = `missing required property "${error.params.missingProperty}"`;
  } else if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string') {
    pointer = `${pointer}/${error.params.additionalProperty}`;
    message = 'property not allowed (additionalProperties: false)';
  } else if (error.keyword === 'enum' && Array.isArray(error.params.allowedValues)) {
    message = `must be one of ${JSON.stringify(error.params.allowedValues)}`;
  }
  return { pointer, message, value: readPointer(root, pointer), keyword: error.keyword };
}
