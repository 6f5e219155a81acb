import type { ObservedResponse } from '../checks/check-result.js';
import type { ContractRequest } from '../requests/contract-request.js';
import { toFetchArgs } from '../requests/encode.js';

export type Exchange = { ok: true; response: ObservedResponse } | { ok: false; error: string };

/** Sends one request and reads the whole reply; network failures come back as values, not throws. */
export async function send(baseUrl: string, request: ContractRequest, extraHeaders: Record<string, string> = {}, timeoutMs = 15_000): Promise<Exchange> {
  const { url, init } = toFetchArgs(baseUrl, request, extraHeaders);
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const bodyText = await res.text();
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return { ok: true, response: { status: res.status, headers, bodyText } };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, error: `${request.method.toUpperCase()} ${request.path} failed: ${(error as Error).message}${cause ? ` (${cause})` : ''}` };
  }
}
