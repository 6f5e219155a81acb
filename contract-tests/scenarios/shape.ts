/**
 * The shape of a JSON value: every JSON pointer it has, with the JSON type found there. Array
 * elements share one pointer segment, `*`, and where elements differ the types are joined
 * (`null|string`), so the shape says what a client can meet without listing the data.
 *
 * `{ id: 'a', roles: [{ id: 'r' }] }` → `{ '': 'object', '/id': 'string', '/roles': 'array',
 * '/roles/*': 'object', '/roles/* /id': 'string' }` (without the space).
 */
export type Shape = Record<string, string>;

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** `maxDepth`: pointers at most this many segments deep (a whole document's shape, a spec's, is its size again). */
export function shapeOf(value: unknown, maxDepth = Number.POSITIVE_INFINITY): Shape {
  const found = new Map<string, Set<string>>();
  const visit = (node: unknown, pointer: string, depth: number): void => {
    const types = found.get(pointer) ?? new Set<string>();
    types.add(jsonType(node));
    found.set(pointer, types);
    if (depth >= maxDepth) return;
    if (Array.isArray(node)) {
      for (const element of node) visit(element, `${pointer}/*`, depth + 1);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) visit(child, `${pointer}/${escapeSegment(key)}`, depth + 1);
    }
  };
  visit(value, '', 0);
  const shape: Shape = {};
  for (const pointer of [...found.keys()].sort()) shape[pointer] = [...(found.get(pointer) as Set<string>)].sort().join('|');
  return shape;
}

function escapeSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
