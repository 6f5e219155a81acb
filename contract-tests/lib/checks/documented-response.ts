import type { OperationSpec, ResponseSpec } from '../spec/operations.js';

/** The response the spec documents for `status`: exact code, then `4XX`-style range, then `default`. */
export function documentedResponse(op: OperationSpec, status: number): ResponseSpec | undefined {
  const exact = op.responses.find((r) => r.status === String(status));
  if (exact) return exact;
  const range = op.responses.find((r) => r.status.toUpperCase() === `${String(status)[0]}XX`);
  return range ?? op.responses.find((r) => r.status === 'default');
}
