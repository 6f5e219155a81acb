import { describe, expect, it } from 'vitest';
import { bodyIsConsumed, readBody, RequestPlan } from './request-plan.js';

const URL_ = 'http://127.0.0.1:1/api/x';

describe('RequestPlan', () => {
  it('normalizes the methods fetch normalizes, and keeps any other as given', () => {
    expect(new RequestPlan(URL_, { method: 'get' }).method).toBe('GET');
    expect(new RequestPlan(URL_, { method: 'delete' }).method).toBe('DELETE');
    expect(new RequestPlan(URL_, { method: 'patch' }).method).toBe(new Request(URL_, { method: 'patch' }).method);
    expect(new RequestPlan(URL_).method).toBe('GET');
  });

  it("keeps the caller's signal, and none when none was given", () => {
    const signal = new AbortController().signal;
    expect(new RequestPlan(URL_, { signal }).signal).toBe(signal);
    expect(new RequestPlan(URL_, { signal: null }).signal).toBeUndefined();
  });

  it('builds an attempt init with the attempt signal in place of the caller one, and an earlier read body when given', () => {
    const caller = new AbortController().signal;
    const attempt = new AbortController().signal;
    const plan = new RequestPlan(URL_, { method: 'PUT', body: '{"a":1}', headers: { 'content-type': 'application/json' }, signal: caller, redirect: 'manual' });
    const init = plan.initFor(attempt, undefined);
    expect(init).toMatchObject({ method: 'PUT', body: '{"a":1}', redirect: 'manual' });
    expect(init.signal).toBe(attempt);
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    const bytes = new TextEncoder().encode('{"b":2}').buffer;
    expect(plan.initFor(attempt, bytes).body).toBe(bytes);
  });

  it('needs a stream body read before it can be sent twice, but not a string, FormData or no body', async () => {
    expect(bodyIsConsumed(new RequestPlan(URL_, { method: 'POST', body: 'text' }))).toBe(false);
    expect(bodyIsConsumed(new RequestPlan(URL_, { method: 'POST', body: new FormData() }))).toBe(false);
    expect(bodyIsConsumed(new RequestPlan(URL_))).toBe(false);
    const stream = new Blob(['streamed']).stream();
    const plan = new RequestPlan(URL_, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(bodyIsConsumed(plan)).toBe(true);
    expect(new TextDecoder().decode(await readBody(plan))).toBe('streamed');
  });

  it('says the same of a Request: its body is consumed by sending', async () => {
    expect(bodyIsConsumed(new Request(URL_))).toBe(false);
    const request = new Request(URL_, { method: 'POST', body: 'text' });
    expect(bodyIsConsumed(request)).toBe(true);
    expect(new TextDecoder().decode(await readBody(request))).toBe('text');
  });

  it('refuses a body on GET and HEAD at once, as new Request() does', () => {
    expect(() => new RequestPlan(URL_, { method: 'GET', body: 'x' })).toThrow(TypeError);
    expect(() => new RequestPlan(URL_, { method: 'HEAD', body: 'x' })).toThrow(TypeError);
  });
});
