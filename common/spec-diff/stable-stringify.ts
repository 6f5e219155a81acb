/** JSON with sorted keys, cycle-safe, for comparing values regardless of key order. */
export function stableStringify(value: unknown): string {
  const seen = new Set<object>();
  const walk = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (seen.has(node)) return '[cycle]';
    seen.add(node);
    const out = Array.isArray(node)
      ? node.map(walk)
      : Object.fromEntries(
          Object.keys(node)
            .sort()
            .map((key) => [key, walk((node as Record<string, unknown>)[key])]),
        );
    seen.delete(node);
    return out;
  };
  return JSON.stringify(walk(value)) ?? 'undefined';
}
