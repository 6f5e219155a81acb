import { describe, expect, it } from 'vitest';
import { prismViolations } from './prism-violations.js';

describe('sl-violations header', () => {
  const header = JSON.stringify([
    { location: ['request', 'body'], severity: 'Error', message: 'must have required property invitee' },
    { location: ['response', 'body', 'status'], severity: 'Error', message: 'must be equal to one of the allowed values' },
  ]);

  it('reports response violations always and request violations unless the request was invalid on purpose', () => {
    expect(prismViolations(header, false).map((v) => v.message)).toEqual([
      'Prism error at request.body: must have required property invitee',
      'Prism error at response.body.status: must be equal to one of the allowed values',
    ]);
    expect(prismViolations(header, true).map((v) => v.message)).toEqual(['Prism error at response.body.status: must be equal to one of the allowed values']);
  });

  it('no header, no violations; a truncated header is still a violation', () => {
    expect(prismViolations(null, false)).toEqual([]);
    expect(prismViolations('Too many violations! [{"loc', false)).toHaveLength(1);
  });
});
