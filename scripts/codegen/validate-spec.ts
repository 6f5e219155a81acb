import { decodeLocalRef, encodePointer, isRecord, resolvePointer } from './json-pointer.js';
import type { LoadedSpec } from './load-spec.js';
import { formatAt, SpecError } from './spec-error.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

const SUPPORTED_VERSION = /^3\.[01]\.\d+$/;
const MAX_LISTED = 5;

/**
 * Rejects what would otherwise surface as a confusing failure deep inside openapi-typescript
 * or as silently wrong code: non-OpenAPI input, unsupported versions and unresolvable `$ref`s.
 */
export function validateSpec(spec: LoadedSpec): void {
  const { document } = spec;
  const at = (segments: readonly string[]): string => formatAt(spec.displayPath, spec.locate(segments));
  if (!isRecord(document)) {
    throw new SpecError(`${spec.displayPath}: not an OpenAPI document (the top level is ${describe(document)}, expected an object with an "openapi" field)`);
  }
  if ('swagger' in document) {
    throw new SpecError(`${at(['swagger'])}: Swagger ${String(document.swagger)} is not supported; convert the spec to OpenAPI 3.0 or 3.1`);
  }
  if (!('openapi' in document)) {
    throw new SpecError(`${spec.displayPath}: not an OpenAPI document (no top-level "openapi" field)`);
  }
  if (typeof document.openapi !== 'string' || !SUPPORTED_VERSION.test(document.openapi)) {
    throw new SpecError(`${at(['openapi'])}: unsupported OpenAPI version ${JSON.stringify(document.openapi)}; supported: 3.0.x and 3.1.x`);
  }
  if ('paths' in document && !isRecord(document.paths)) {
    throw new SpecError(`${at(['paths'])}: "paths" must be an object, found ${describe(document.paths)}`);
  }
  checkRefs(spec, document, at);
  // Duplicate operationIds are not refused: those operations are named by method and path
  // (collect-operations.ts, sharedOperationIds).
}

function checkRefs(spec: LoadedSpec, document: Record<string, unknown>, at: (segments: readonly string[]) => string): void {
  const problems: string[] = [];
  walkRefs(document, [], (ref, where) => {
    const target = decodeLocalRef(ref);
    if (!target) {
      problems.push(`${at(where)}: $ref at ${encodePointer(where.slice(0, -1))} points outside this file (${ref}); bundle the spec into one file first (e.g. npx redocly bundle)`);
    } else if (!resolvePointer(document, target).found) {
      problems.push(`${at(where)}: dangling $ref at ${encodePointer(where.slice(0, -1))}: target ${ref} does not exist`);
    }
  });
  if (problems.length === 0) return;
  const shown = problems.slice(0, MAX_LISTED);
  if (problems.length > MAX_LISTED) shown.push(`... and ${problems.length - MAX_LISTED} more unresolved $ref(s) in ${spec.displayPath}`);
  throw new SpecError(shown.join('\n'));
}

// Values under these keys are example data or enumerations, not spec structure: a `$ref`
// key inside them is user data and must not be resolved.
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

function walkRefs(node: unknown, where: string[], visit: (ref: string, where: string[]) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walkRefs(item, [...where, String(index)], visit));
    return;
  }
  if (!isRecord(node)) return;
  if (typeof node.$ref === 'string') visit(node.$ref, [...where, '$ref']);
  const declaresProperties = where.at(-1) === 'properties';
  for (const [key, value] of Object.entries(node)) {
    if (declaresProperties) {
      walkRefs(value, [...where, key], visit);
      continue;
    }
    if (key.startsWith('x-')) continue;
    if (key === 'examples' && isRecord(value)) {
      // OpenAPI `examples` maps hold Example Objects, which may themselves be `$ref`s.
      for (const [name, example] of Object.entries(value)) {
        if (isRecord(example) && typeof example.$ref === 'string') visit(example.$ref, [...where, key, name, '$ref']);
      }
      continue;
    }
    if (DATA_KEYS.has(key)) continue;
    walkRefs(value, [...where, key], visit);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
