import { describeJson, isObject, type JsonObject } from './json-object.js';
import type { Locator } from './source-locator.js';
import { formatAt, SpecError } from './spec-error.js';

export type OpenApiVersion = '3.0' | '3.1';

/** Every tool reads 3.0.x and 3.1.x (what openapi-typescript, Prism and the suites support). */
const SUPPORTED_VERSION = /^3\.([01])\.\d+$/;

/**
 * The one set of rules a parsed value must meet to be a spec here: an object with an `openapi`
 * field of 3.0.x or 3.1.x, and `paths`, when present, an object. A document without `paths` is
 * allowed (3.1 makes it optional): it simply has no operations.
 */
export function checkOpenApi(value: unknown, source: string, locate: Locator): { document: JsonObject; openapi: string; version: OpenApiVersion } {
  const at = (tokens: readonly string[]): string => formatAt(source, locate(tokens));
  if (!isObject(value)) {
    throw new SpecError(`${source}: not an OpenAPI document (the top level is ${describeJson(value)}, expected an object with an "openapi" field)`);
  }
  if ('swagger' in value) {
    throw new SpecError(`${at(['swagger'])}: Swagger ${String(value.swagger)} is not supported; convert the spec to OpenAPI 3.0 or 3.1`);
  }
  if (!('openapi' in value)) throw new SpecError(`${source}: not an OpenAPI 3.x document (no top-level "openapi" field)`);
  const minor = typeof value.openapi === 'string' ? SUPPORTED_VERSION.exec(value.openapi)?.[1] : undefined;
  if (minor === undefined) {
    throw new SpecError(`${at(['openapi'])}: unsupported OpenAPI version ${JSON.stringify(value.openapi)}; supported: 3.0.x and 3.1.x`);
  }
  if ('paths' in value && !isObject(value.paths)) {
    throw new SpecError(`${at(['paths'])}: "paths" must be an object, found ${describeJson(value.paths)}`);
  }
  return { document: value, openapi: value.openapi as string, version: `3.${minor}` as OpenApiVersion };
}
