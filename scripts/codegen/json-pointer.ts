/** RFC 6901 JSON pointers, as `$ref` uses them (`#/components/schemas/Foo`). */

export function encodePointer(segments: readonly string[]): string {
  return '#' + segments.map((segment) => '/' + segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/** Returns undefined when `ref` is not a same-document pointer. */
export function decodeLocalRef(ref: string): string[] | undefined {
  if (ref === '#') return [];
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((segment) => percentDecoded(segment).replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** `$ref`s are URI fragments, so `%7B` means `{`; a malformed escape is kept literally. */
function percentDecoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MISSING = Symbol('missing');

/** Walks `segments` into `root`; `undefined` only when a segment does not exist. */
export function resolvePointer(root: unknown, segments: readonly string[]): { found: true; value: unknown } | { found: false } {
  let current: unknown = root;
  for (const segment of segments) {
    const next: unknown = Array.isArray(current)
      ? /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < current.length
        ? current[Number(segment)]
        : MISSING
      : isRecord(current) && Object.hasOwn(current, segment)
        ? current[segment]
        : MISSING;
    if (next === MISSING) return { found: false };
    current = next;
  }
  return { found: true, value: current };
}
