import type { CheckResult } from '../checks/check-result.js';

const MAX_VALUE_CHARS = 200;

/**
 * The body of a failed check in a JUnit report: which check, where (JSON pointer), what the spec
 * expects and what came back, and the command that sends the request again. Plain lines, so CI
 * shows them as written.
 */
export function checkFailureText(check: CheckResult): string {
  const lines = [`check: ${check.name}`, check.message];
  for (const detail of check.details ?? []) lines.push(`at ${detail.pointer}: expected ${detail.expected}; actual ${preview(detail.value)}`);
  if (check.reproduce) lines.push(`reproduce: ${check.reproduce}`);
  return lines.join('\n');
}

export function preview(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 3)}...` : text;
}
