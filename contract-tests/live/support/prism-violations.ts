import type { ResponseCheckName } from '../../lib/checks/check-result.js';
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
    return [{ check: 'status_code_conformance', message: `Prism reported violations it could not fit in a header: ${header.slice(0, 300)}` }];
  }
  if (!Array.isArray(parsed)) return [];
  const out: Violation[] = [];
  for (const entry of parsed as PrismViolation[]) {
    const location = Array.isArray(entry.location) ? entry.location.map(String) : [];
    if (location[0] === 'request' && deliberatelyInvalid) continue;
    out.push({
      check: checkFor(location),
      message: `Prism ${String(entry.severity ?? 'violation').toLowerCase()} at ${location.join('.') || '(root)'}: ${String(entry.message ?? entry.code ?? '')}`,
    });
  }
  return out;
}

/** Files Prism's verdict under the check it corresponds to, so reports keep one vocabulary. */
function checkFor(location: string[]): ResponseCheckName {
  if (location[0] === 'response' && location[1] === 'body') return 'response_schema_conformance';
  if (location[0] === 'response' && location[1] === 'headers') return 'content_type_conformance';
  return 'status_code_conformance';
}
