import { preview } from '../../lib/report/failure-text.js';
import type { Observation } from './observation.js';

/** Details shown per violation; a schema failure can list many, the first few locate the problem. */
const MAX_DETAILS = 3;

/**
 * What a live test fails with when responses broke the contract or its cleanup failed: per
 * violation the request, the check, the JSON pointer with expected and actual value, and a `curl`
 * command that sends the request again (token as `$LOGTO_TOKEN`). `undefined` when all was well.
 */
export function violationsText(observations: readonly Observation[], cleanupProblems: readonly string[]): string | undefined {
  const lines: string[] = [];
  const broken = observations.filter((o) => o.violations.length > 0);
  const count = broken.reduce((n, o) => n + o.violations.length, 0);
  if (count > 0) lines.push(`${count} contract violation(s):`);
  for (const o of broken) {
    for (const v of o.violations) {
      lines.push(`  - ${o.method} ${o.path} → ${o.status} [${v.check}] ${v.message}`);
      for (const d of (v.details ?? []).slice(0, MAX_DETAILS)) lines.push(`      check ${v.check} at ${d.pointer}: expected ${d.expected}; actual ${preview(d.value)}`);
    }
    if (o.curl) lines.push(`      reproduce: ${o.curl}`);
  }
  if (cleanupProblems.length > 0) lines.push('cleanup problems:', ...cleanupProblems.map((p) => `  - ${p}`));
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** For a test that failed on its own assertion: the request it sent last, ready to send again. */
export function lastRequestText(observations: readonly Observation[]): string | undefined {
  const last = observations.at(-1);
  if (!last?.curl) return undefined;
  return `${LAST_REQUEST} ${last.method} ${last.path} → ${last.status}\n  reproduce: ${last.curl}`;
}

const LAST_REQUEST = 'last request before the failure:';

/** The request `lastRequestText` named in a failure text: what the test's own assertion was about (the cleanup's requests come after it). */
export function lastRequestIn(failure: string): { method: string; path: string; status: number } | undefined {
  const match = new RegExp(`${LAST_REQUEST} (\\S+) (\\S+) → (\\d+)`).exec(failure);
  return match ? { method: match[1] as string, path: match[2] as string, status: Number(match[3]) } : undefined;
}
