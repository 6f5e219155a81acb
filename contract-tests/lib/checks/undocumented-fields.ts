/**
 * The fields of an answer its documented schema does not describe: what a server added that the
 * spec does not know yet. A schema that lets any property through (no `properties`, or
 * `additionalProperties` that is not `false`) says nothing about them, so such fields are not
 * listed; every declared property is followed, through allOf, anyOf and oneOf. A finding, not a
 * failure: the answer still validates, the spec is behind.
 */
export function undocumentedFields(schema: unknown, value: unknown, pointer = '', depth = 0): string[] {
  if (depth > MAX_DEPTH || !isRecord(schema)) return [];
  if (Array.isArray(value)) {
    const items = itemSchemas(schema);
    if (items.length === 0) return [];
    const found = new Set<string>();
    for (const element of value.slice(0, MAX_ELEMENTS)) for (const item of items) for (const field of undocumentedFields(item, element, `${pointer}/*`, depth + 1)) found.add(field);
    return [...found];
  }
  if (!isRecord(value)) return [];
  const { properties, open } = declared(schema);
  const out: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const here = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const described = properties.get(key);
    if (!described) {
      if (!open) out.push(here);
      continue;
    }
    for (const sub of described) out.push(...undocumentedFields(sub, child, here, depth + 1));
  }
  return [...new Set(out)];
}

const MAX_DEPTH = 12;
/** Lists are judged by their first elements: a field one of them has that the schema lacks shows there. */
const MAX_ELEMENTS = 20;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every property the schema and its branches declare (a property may be declared in several), and whether others are allowed. */
function declared(schema: Record<string, unknown>): { properties: Map<string, unknown[]>; open: boolean } {
  const properties = new Map<string, unknown[]>();
  let open = false;
  let anyProperties = false;
  const visit = (node: unknown): void => {
    if (!isRecord(node)) return;
    if (isRecord(node.properties)) {
      anyProperties = true;
      for (const [key, sub] of Object.entries(node.properties)) properties.set(key, [...(properties.get(key) ?? []), sub]);
    }
    if (node.additionalProperties !== undefined && node.additionalProperties !== false) open = true;
    for (const branch of ['allOf', 'anyOf', 'oneOf'] as const) if (Array.isArray(node[branch])) for (const sub of node[branch] as unknown[]) visit(sub);
  };
  visit(schema);
  // No declared property at all: a free-form object (or a scalar schema), nothing to hold the answer to.
  return { properties, open: open || !anyProperties };
}

function itemSchemas(schema: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  const visit = (node: unknown): void => {
    if (!isRecord(node)) return;
    if (node.items !== undefined) out.push(node.items);
    for (const branch of ['allOf', 'anyOf', 'oneOf'] as const) if (Array.isArray(node[branch])) for (const sub of node[branch] as unknown[]) visit(sub);
  };
  visit(schema);
  return out;
}
