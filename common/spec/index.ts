/**
 * The one way tooling reads an OpenAPI spec: from a file or text, JSON or YAML, with positions for
 * `file:line:col` messages, checked against one set of rules, its local `$ref`s resolved, its
 * operations listed the same way for every tool. Every problem is a SpecError (exit 2).
 */
export { loadSpec, parseSpecText, type LoadedSpec } from './load-spec.js';
export { checkOpenApi, type OpenApiVersion } from './check-openapi.js';
export { dereference } from './deref.js';
export { SpecError, formatAt } from './spec-error.js';
export { parseJsonText } from './parse-json.js';
export { parseYamlText } from './parse-yaml.js';
export { readSourceText } from './read-source.js';
export { noLocator, type Locator } from './source-locator.js';
export { unescapePointerToken, encodePointer, joinPointer, decodeLocalRef, resolvePointer, readPointer } from './json-pointer.js';
export { isObject, type JsonObject } from './json-object.js';
export { HTTP_METHODS, isHttpMethod, type HttpMethod } from './http-methods.js';
export { listSpecOperations, parameterKey, type SpecOperation } from './operations.js';
export { jsonErrorOffset, lineAndColumn } from './json-error-offset.js';
export { followRefs } from './follow-refs.js';
