import { describe, expect, it } from 'vitest';
import { sendRepeatingTransients, TransientFault } from './transient-faults.js';

const reset = (): TypeError => new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });

/** A server as a list of outcomes, one per send; waits are recorded, never slept. */
function scripted(outcomes: Array<number | 'reset' | Error>): { send: (request: Request) => Promise<Response>; sent: string[]; waits: number[]; wait: (ms: number) => Promise<void> } {
  const sent: string[] = [];
  const waits: number[] = [];
  return {
    sent,
    waits,
    wait: async (ms) => {
      waits.push(ms);
    },
    send: async (request) => {
      sent.push(`${request.method} ${await request.text()}`);
      const outcome = outcomes.shift();
      if (outcome === 'reset') throw reset();
      if (outcome instanceof Error) throw outcome;
      return new Response(null, { status: outcome ?? 500, headers: outcome === 503 ? { 'retry-after': '2' } : {} });
    },
  };
}

describe('transient faults', () => {
  it('a GET is sent again after a reset and after a 503 (waiting its Retry-After), and the faults are reported', async () => {
    const server = scripted(['reset', 503, 200]);
    const sent = await sendRepeatingTransients(new Request('http://x/api/users'), server.send, server.wait);
    expect(sent.response.status).toBe(200);
    expect(sent.faults).toEqual(['ECONNRESET', '503']);
    expect(server.waits).toEqual([250, 2000]);
  });

  it('a PUT keeps its body on every send', async () => {
    const server = scripted(['reset', 204]);
    await sendRepeatingTransients(new Request('http://x/api/users/u/roles', { method: 'PUT', body: '{"roleIds":[]}' }), server.send, server.wait);
    expect(server.sent).toEqual(['PUT {"roleIds":[]}', 'PUT {"roleIds":[]}']);
  });

  it('gives up after three sends: no answer throws a TransientFault; a last 503 is the answer', async () => {
    const silent = scripted(['reset', 'reset', 'reset']);
    await expect(sendRepeatingTransients(new Request('http://x/api/users'), silent.send, silent.wait)).rejects.toThrow(/no answer \(ECONNRESET, then ECONNRESET, then ECONNRESET\) after 3 sends/);
    const busy = scripted([503, 503, 503]);
    const sent = await sendRepeatingTransients(new Request('http://x/api/users'), busy.send, busy.wait);
    expect({ status: sent.response.status, faults: sent.faults }).toEqual({ status: 503, faults: ['503', '503'] });
  });

  it('never sends a POST or a PATCH twice: a reset is thrown as a TransientFault, a 429 is the answer', async () => {
    for (const method of ['POST', 'PATCH']) {
      const server = scripted(['reset']);
      const fault = await sendRepeatingTransients(new Request('http://x/api/organizations', { method, body: '{}' }), server.send, server.wait).catch((e: unknown) => e);
      expect(fault).toBeInstanceOf(TransientFault);
      expect(server.sent).toHaveLength(1);
      const limited = scripted([429]);
      expect((await sendRepeatingTransients(new Request('http://x/api/organizations', { method, body: '{}' }), limited.send, limited.wait)).response.status).toBe(429);
      expect(limited.sent).toHaveLength(1);
    }
  });

  it('sends a POST again when the caller knows the server refuses it before any effect (no credential that opens it)', async () => {
    const server = scripted(['reset', 401]);
    const sent = await sendRepeatingTransients(new Request('http://x/api/configs/jwt-customizer/test', { method: 'POST', body: '{}' }), server.send, server.wait, { refusedBeforeEffect: true });
    expect({ status: sent.response.status, faults: sent.faults, sends: server.sent.length }).toEqual({ status: 401, faults: ['ECONNRESET'], sends: 2 });
  });

  it('an error that is not a network fault is not swallowed', async () => {
    const server = scripted([new RangeError('bug')]);
    await expect(sendRepeatingTransients(new Request('http://x/api/users'), server.send, server.wait)).rejects.toThrow(RangeError);
  });
});
