import type { ContractRequest, RequestBody } from './contract-request.js';

/** Serialises a contract request into what `fetch` takes. */
export function toFetchArgs(baseUrl: string, request: ContractRequest, extraHeaders: Record<string, string> = {}): { url: string; init: RequestInit } {
  const url = new URL(baseUrl.replace(/\/$/, '') + request.path);
  for (const [name, value] of request.query) url.searchParams.append(name, value);
  const headers: Record<string, string> = { ...request.headers, ...extraHeaders };
  const init: RequestInit = { method: request.method.toUpperCase(), headers, redirect: 'manual' };
  if (request.body) {
    const encoded = encodeBody(request.body);
    init.body = encoded.body;
    if (encoded.contentType) headers['content-type'] = encoded.contentType;
  }
  return { url: url.toString(), init };
}

function encodeBody(body: RequestBody): { body: BodyInit; contentType?: string } {
  const type = body.mediaType.toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(asRecord(body.value))) params.append(k, typeof v === 'string' ? v : JSON.stringify(v));
    return { body: params, contentType: type };
  }
  if (type.startsWith('multipart/')) {
    // fetch sets the multipart boundary itself; an explicit content-type would lose it.
    const form = new FormData();
    for (const [k, v] of Object.entries(asRecord(body.value))) {
      if (v === 'binary') form.append(k, new Blob(['contract-test'], { type: 'application/octet-stream' }), 'file.bin');
      else form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
    }
    return { body: form };
  }
  if (type.includes('json')) return { body: JSON.stringify(body.value), contentType: body.mediaType };
  return { body: typeof body.value === 'string' ? body.value : JSON.stringify(body.value), contentType: body.mediaType };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Serialises a parameter value the OpenAPI default way (simple for path/header, form for query). */
export function serializeParameter(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => serializeParameter(v)).join(',');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
