import { UsageError } from '../../../common/usage-error.js';
import { isObject, type JsonObject } from '../../../common/spec/index.js';

/**
 * The overlay's way of giving an inline schema of Logto's a name of ours: an action sets
 * `x-schema-name: Name` on it (on every place the same shape sits, or on one of them with the
 * others left alike). After the overlay, spec:build moves each named schema to
 * `components.schemas.Name` and puts a `$ref` in every place that had the marker, so generated
 * code gets a type called `Name` while the structure stays Logto's (an overlay can only edit in
 * place; it cannot move a node).
 *
 * The places that share a name must be the same schema. Documentation (`description`, `example`,
 * `examples`, `title`) and nested markers may be written at one place only: they are carried over,
 * and two places that say different things of the same node are refused. A named schema may contain further names; the
 * outer ones move first, so a nested marker set at one of several places still reaches the
 * component.
 */
const SCHEMA_NAME_KEY = 'x-schema-name';

// Keys that one place may add and the others leave out: documentation, and the marker of a nested name.
const ONE_PLACE_KEYS = new Set(['description', 'example', 'examples', 'title', SCHEMA_NAME_KEY]);

interface Site {
  pointer: string;
  node: JsonObject;
}

export function nameSchemas(doc: JsonObject): { doc: JsonObject; named: string[] } {
  const named: string[] = [];
  for (;;) {
    const sites = outermostMarked(doc);
    if (sites.length === 0) return { doc, named };
    const byName = new Map<string, Site[]>();
    for (const site of sites) {
      const name = site.node[SCHEMA_NAME_KEY];
      if (typeof name !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
        throw new UsageError(`${SCHEMA_NAME_KEY} at ${site.pointer} must be a schema name (letters, digits, _), not ${JSON.stringify(name)}`);
      }
      byName.set(name, [...(byName.get(name) ?? []), site]);
    }
    const components = ensureObject(doc, 'components');
    const schemas = ensureObject(components, 'schemas');
    for (const [name, group] of byName) {
      // A name met again in a later round (a marker inside a schema named in an earlier one) joins its component.
      const already = named.includes(name);
      if (name in schemas && !already) throw new UsageError(`${SCHEMA_NAME_KEY} ${name} at ${group[0]?.pointer}: components.schemas already has a ${name}; choose another name`);
      let merged: unknown = already ? schemas[name] : withoutMarker(group[0]!.node);
      for (const site of already ? group : group.slice(1)) {
        merged = mergeAlike(merged, withoutMarker(site.node), `${name} (${already ? `#/components/schemas/${name}` : group[0]!.pointer} and ${site.pointer})`, '');
      }
      schemas[name] = merged;
      for (const site of group) {
        for (const key of Object.keys(site.node)) delete site.node[key];
        site.node.$ref = `#/components/schemas/${name}`;
      }
      if (!already) named.push(name);
    }
  }
}

function ensureObject(parent: JsonObject, key: string): JsonObject {
  if (!isObject(parent[key])) parent[key] = {};
  return parent[key] as JsonObject;
}

function withoutMarker(node: JsonObject): JsonObject {
  const copy = structuredClone(node);
  delete copy[SCHEMA_NAME_KEY];
  return copy;
}

/** Marked nodes that sit inside no other marked node, in document order. */
function outermostMarked(doc: JsonObject): Site[] {
  const found: Site[] = [];
  const walk = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${pointer}/${index}`));
      return;
    }
    if (!isObject(value)) return;
    if (SCHEMA_NAME_KEY in value) {
      found.push({ pointer, node: value });
      return;
    }
    for (const [key, child] of Object.entries(value)) walk(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  };
  walk(doc, '#');
  return found;
}

/** The one schema two places describe: equal apart from documentation, which either may add. */
function mergeAlike(a: unknown, b: unknown, what: string, at: string, propertyMap = false): unknown {
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.map((item, index) => mergeAlike(item, b[index], what, `${at}/${index}`));
  if (isObject(a) && isObject(b)) {
    const merged: JsonObject = {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const inA = key in a;
      const inB = key in b;
      // In `properties` a key such as `description` names a field, not documentation.
      const isDoc = !propertyMap && ONE_PLACE_KEYS.has(key);
      if (isDoc && inA !== inB) {
        merged[key] = inA ? a[key] : b[key];
        continue;
      }
      if (isDoc ? JSON.stringify(a[key]) !== JSON.stringify(b[key]) : !inA || !inB) {
        throw new UsageError(`${SCHEMA_NAME_KEY} ${what}: the two places differ at ${at}/${key}; a name stands for one schema, so name them apart or make them alike`);
      }
      merged[key] = isDoc ? a[key] : mergeAlike(a[key], b[key], what, `${at}/${key}`, !propertyMap && (key === 'properties' || key === 'patternProperties'));
    }
    return merged;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new UsageError(`${SCHEMA_NAME_KEY} ${what}: the two places differ at ${at || '/'}; a name stands for one schema, so name them apart or make them alike`);
  return a;
}
