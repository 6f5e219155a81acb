import type { Violation } from './observation.js';

interface PrismViolation {
  location?: unknown;
  severity?: unknown;
  message?: unknown;
  code?: unknown;
}

/**
 * Reads the `sl-violations` header `prism proxy` adds. Response violations always count; request
 * violations count unless the test sent the request invalid on purpose.
 */
export function prismViolations(header: string | null, deliberatelyInvalid: boolean): Violation[] {
  if (!header) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(header) as unknown;
  } catch {
    return [{ check: 'prism_proxy', message: `Prism reported violations it could not fit in a header: ${header.slice(0, 300)}` }];
  }
  if (!Array.isArray(parsed)) return [];
  const out: Violation[] = [];
  for (const entry of parsed as PrismViolation[]) {
    const location = Array.isArray(entry.location) ? entry.location.map(String) : [];
    if (location[0] === 'request' && deliberatelyInvalid) continue;
    out.push({
      check: 'prism_proxy',
      message: `Prism ${String(entry.severity ?? 'violation').toLowerCase()} at ${location.join('.') || '(root)'}: ${String(entry.message ?? entry.code ?? '')}`,
    });
  }
  return out;
}
