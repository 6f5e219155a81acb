import { HTTP_METHODS, type HttpMethod } from './http-methods.js';
import { isObject, type JsonObject } from './json-object.js';
import { encodePointer } from './json-pointer.js';

/** One operation of a spec, with what it takes from its Path Item. */
export interface SpecOperation {
  path: string;
  method: HttpMethod;
  operation: JsonObject;
  /**
   * The Path Item's parameters, then the operation's: one of the operation's replaces the Path
   * Item's of the same location and name (in its place), as OpenAPI says.
   */
  parameters: JsonObject[];
  /** `#/paths/<path>/<method>`. */
  pointer: string;
}

/** Parameters are the same when location and name are; header names are case-insensitive (HTTP). */
export function parameterKey(parameter: JsonObject): string {
  const location = String(parameter.in);
  const name = String(parameter.name);
  return `${location}:${location === 'header' ? name.toLowerCase() : name}`;
}

/**
 * Every operation of `document`, in document order (paths as written, methods in OpenAPI's order).
 * `resolve` follows a `$ref` where the document may hold one (a Path Item, an operation, a
 * parameter); a document already dereferenced needs none.
 */
export function listSpecOperations(document: JsonObject, resolve: (value: unknown) => unknown = (value) => value): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    const item = resolve(rawItem);
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = resolve(item[method]);
      if (!isObject(operation)) continue;
      const parameters = mergeParameters([item.parameters, operation.parameters], resolve);
      operations.push({ path, method, operation, parameters, pointer: encodePointer(['paths', path, method]) });
    }
  }
  return operations;
}

function mergeParameters(lists: unknown[], resolve: (value: unknown) => unknown): JsonObject[] {
  const merged = new Map<string, JsonObject>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const candidate of list) {
      const parameter = resolve(candidate);
      if (!isObject(parameter)) continue;
      // One without a name or a location cannot override anything; keep each such one apart.
      const key = typeof parameter.name === 'string' && typeof parameter.in === 'string' ? parameterKey(parameter) : `#${merged.size}`;
      merged.set(key, parameter);
    }
  }
  return [...merged.values()];
}
