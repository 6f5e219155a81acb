import { describe, expect, it } from 'vitest';
import { expectLogtoError, expectRawError } from './expect-answer.js';

const answer = (status: number, body: unknown) => ({ status, json: body, text: JSON.stringify(body) });
const typed = (status: number, body: unknown) => ({ error: body, response: new Response(null, { status: status === 204 ? 204 : status }) });

describe('expectLogtoError / expectRawError', () => {
  it('pass only for the expected status and code, and return the body', () => {
    const body = { code: 'entity.not_found', message: 'Not found.' };
    expect(expectRawError(answer(404, body), 404, 'entity.not_found')).toEqual(body);
    expect(expectLogtoError(typed(404, body), 404, 'entity.not_found')).toEqual(body);
    expect(() => expectRawError(answer(404, body), 404, 'entity.not_exists_with_id')).toThrow(/expected 404 entity\.not_exists_with_id, got 404/);
    expect(() => expectRawError(answer(422, body), 404, 'entity.not_found')).toThrow(/expected 404 entity\.not_found, got 422/);
  });

  it('refuse a check without an expected code instead of letting any code pass', () => {
    const body = { code: 'anything.at_all', message: 'x' };
    for (const code of ['', undefined]) {
      expect(() => expectRawError(answer(400, body), 400, code as unknown as string)).toThrow(TypeError);
      expect(() => expectLogtoError(typed(400, body), 400, code as unknown as string)).toThrow(/needs the expected error code/);
    }
  });

  it('fail an error body without a message', () => {
    expect(() => expectRawError(answer(400, { code: 'guard.invalid_input' }), 400, 'guard.invalid_input')).toThrow(/error body has a message/);
  });
});
