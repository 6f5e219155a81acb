import { HTTP_METHODS, isHttpMethod, isObject, type JsonObject } from '../spec/index.js';

/** Replaces the served `servers`: the address a spec was pulled from is not part of the API. */
export const PLACEHOLDER_SERVER = {
  url: 'https://logto.example',
  description: 'Placeholder written by spec:pull; use your Logto endpoint.',
};

const ROOT_ORDER = ['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components'];
const PATH_ITEM_ORDER = ['summary', 'description', 'servers', 'parameters', ...HTTP_METHODS];
const OPERATION_ORDER = ['operationId', 'tags', 'summary', 'description', 'deprecated', 'security', 'parameters', 'requestBody', 'responses', 'callbacks'];

/**
 * Makes a pulled spec byte-stable across pulls so that a git diff of two pulls shows only real
 * changes: a fixed key order (reading order at the top, alphabetical elsewhere; arrays keep their
 * order because it can carry meaning) and a placeholder server URL.
 */
export function normaliseSpec(doc: JsonObject): JsonObject {
  return orderSpecKeys({ ...doc, servers: [PLACEHOLDER_SERVER] });
}

/** The key order alone (what spec:build also uses, so a built spec diffs as cleanly as a pulled one). */
export function orderSpecKeys(doc: JsonObject): JsonObject {
  return orderKeys(doc, ROOT_ORDER, (key, value) => {
    if (key === 'paths' && isObject(value)) return sortPaths(value);
    return sortDeep(value);
  });
}

function sortPaths(paths: JsonObject): JsonObject {
  return orderKeys(paths, [], (_route, item) =>
    isObject(item) ? orderKeys(item, PATH_ITEM_ORDER, (key, value) => (isHttpMethod(key) && isObject(value) ? sortOperation(value) : sortDeep(value))) : item,
  );
}

function sortOperation(operation: JsonObject): JsonObject {
  return orderKeys(operation, OPERATION_ORDER, (key, value) => (key === 'responses' && isObject(value) ? sortResponses(value) : sortDeep(value)));
}

function sortResponses(responses: JsonObject): JsonObject {
  const statuses = Object.keys(responses).sort(compareStatus);
  return Object.fromEntries(statuses.map((status) => [status, sortDeep(responses[status])]));
}

/** Numeric statuses first in order, then ranges like 4XX, then `default`. */
function compareStatus(a: string, b: string): number {
  const rank = (s: string): string => (s === 'default' ? 'zzz' : s.toUpperCase());
  return rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0;
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (!isObject(value)) return value;
  return orderKeys(value, [], (_key, child) => sortDeep(child));
}

/** `first` keys in that order, then the rest alphabetically; `map` transforms each value. */
function orderKeys(object: JsonObject, first: readonly string[], map: (key: string, value: unknown) => unknown): JsonObject {
  const keys = Object.keys(object);
  const leading = first.filter((key) => keys.includes(key));
  const trailing = keys.filter((key) => !first.includes(key)).sort();
  const out: JsonObject = {};
  for (const key of [...leading, ...trailing]) out[key] = map(key, object[key]);
  return out;
}
