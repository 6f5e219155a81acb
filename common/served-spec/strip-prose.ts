import { STATUS_CODES } from 'node:http';
import { isObject, type JsonObject } from '../spec/index.js';

/** The keys whose values are Logto's sentences, not API structure. */
const PROSE_KEYS = new Set(['summary', 'description']);

/**
 * Keys whose values are data (sample values, allowed values, extensions), never spec objects:
 * a `description` inside them is part of the data and stays.
 */
const DATA_KEYS = new Set(['example', 'default', 'enum', 'const']);

/** Keys whose values are maps from a name the API defines to a spec object (a property called `description` is structure). */
const NAME_MAP_KEYS = new Set(['properties', 'patternProperties', 'paths', 'schemas', 'parameters', 'headers', 'securitySchemes', 'requestBodies', 'links', 'callbacks', 'variables', 'encoding', 'content', 'mapping']);

/**
 * Removes Logto's prose (every `summary` and `description`) from a served spec and keeps its
 * structure: the facts a client is built from are Logto's, the sentences are not ours to copy.
 * A Response Object must have a `description` (OpenAPI requires it), so each one gets the
 * standard HTTP reason phrase of its status instead ("Not Found"), which is nobody's prose.
 * Returns a new document; the input is not changed.
 */
export function stripProse(doc: JsonObject): JsonObject {
  return stripObject(doc, 'root');
}

type Context = 'root' | 'components' | 'responses-by-name' | 'object' | 'name-map' | 'responses' | 'response' | 'examples';

function strip(value: unknown, context: Context): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item, 'object'));
  if (!isObject(value)) return value;
  return stripObject(value, context);
}

function stripObject(node: JsonObject, context: Context, status?: string): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (context === 'name-map') {
      // Keys are names (a property called `description`, a path, a media type): keep each one.
      out[key] = strip(value, 'object');
      continue;
    }
    // An operation's `responses` is keyed by status; `components.responses` by name (no status).
    if (context === 'responses' || context === 'responses-by-name') {
      out[key] = isObject(value) ? stripObject(value, 'response', context === 'responses' ? key : undefined) : value;
      continue;
    }
    if (context === 'components') {
      out[key] = strip(value, key === 'responses' ? 'responses-by-name' : 'name-map');
      continue;
    }
    if (context === 'examples') {
      // Example Objects: their summary/description are prose, their `value` is data.
      out[key] = isObject(value) ? withoutProse(value) : value;
      continue;
    }
    if (PROSE_KEYS.has(key) && typeof value === 'string') continue;
    if (DATA_KEYS.has(key) || key.startsWith('x-')) {
      out[key] = value;
      continue;
    }
    if (key === 'examples') {
      // OpenAPI's `examples` is a map of Example Objects; JSON Schema's (3.1) is an array of data.
      out[key] = Array.isArray(value) ? value : isObject(value) ? stripObject(value, 'examples') : value;
      continue;
    }
    if (key === 'responses' && isObject(value)) {
      out[key] = stripObject(value, 'responses');
      continue;
    }
    if (context === 'root' && key === 'components') {
      out[key] = strip(value, 'components');
      continue;
    }
    out[key] = strip(value, NAME_MAP_KEYS.has(key) ? 'name-map' : 'object');
  }
  if (context === 'response' && typeof node.$ref !== 'string') out.description = reasonPhrase(status);
  return context === 'response' ? orderResponse(out) : out;
}

/** The standard phrase for a status; a Response Object outside an operation (no status) gets an empty one. */
function reasonPhrase(status: string | undefined): string {
  if (status === undefined) return '';
  if (status === 'default') return 'Any other status';
  if (/^[1-5]XX$/i.test(status)) return `Any ${status.toUpperCase()} status`;
  return STATUS_CODES[status] ?? '';
}

function withoutProse(node: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(node).filter(([key, value]) => !(PROSE_KEYS.has(key) && typeof value === 'string')));
}

/** Keeps `description` first in a Response Object, where OpenAPI documents put it. */
function orderResponse(response: JsonObject): JsonObject {
  const { description, ...rest } = response;
  return description === undefined ? rest : { description, ...rest };
}
