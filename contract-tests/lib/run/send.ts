import http from 'node:http';
import https from 'node:https';
import type { ObservedResponse } from '../checks/check-result.js';
import type { ContractRequest } from '../requests/contract-request.js';
import { toFetchArgs } from '../requests/encode.js';

export type Exchange = { ok: true; response: ObservedResponse } | { ok: false; error: string };

// node:http with keep-alive instead of fetch: a 280-operation run sends ~1,800 requests and
// undici's per-request cost was a third of the harness's CPU. Idle keep-alive sockets are unref'd.
const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });

/** Sends one request and reads the whole reply; network failures come back as values, not throws. */
export async function send(baseUrl: string, request: ContractRequest, extraHeaders: Record<string, string> = {}, timeoutMs = 30_000): Promise<Exchange> {
  const { url, init } = toFetchArgs(baseUrl, request, extraHeaders);
  const headers = { ...(init.headers as Record<string, string>) };
  const where = `${request.method.toUpperCase()} ${request.path}`;
  let body: Buffer | undefined;
  if (init.body !== undefined && init.body !== null) {
    if (typeof init.body === 'string') body = Buffer.from(init.body);
    else {
      // Forms: let the platform encode them (multipart boundary included).
      const encoded = new Request(url, { method: 'POST', body: init.body });
      body = Buffer.from(await encoded.arrayBuffer());
      headers['content-type'] ??= encoded.headers.get('content-type') ?? 'application/octet-stream';
    }
    headers['content-length'] = String(body.length);
  }
  const secure = url.startsWith('https:');
  return new Promise<Exchange>((resolve) => {
    const req = (secure ? https : http).request(url, { method: init.method, headers, agent: secure ? httpsAgent : httpAgent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => resolve({ ok: false, error: `${where} failed while reading the response: ${error.message}` }));
      res.on('end', () => {
        const responseHeaders: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) responseHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ ok: true, response: { status: res.statusCode ?? 0, headers: responseHeaders, bodyText: Buffer.concat(chunks).toString('utf8') } });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no response within ${timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ ok: false, error: `${where} failed: ${error.message}${error.code ? ` (${error.code})` : ''}` }));
    req.end(body);
  });
}
