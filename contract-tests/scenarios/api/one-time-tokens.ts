import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, page, post, put } from './steps.js';

const TOKENS = '/api/one-time-tokens';
const EMAIL = '{run:ott-lc}@example.com';
const has = (id: string) => ({ where: { '/id': id } });

// The list filters by exact e-mail, so the scenario's tokens are counted by length. Its
// Total-Number is not: on a page, Logto counts every one-time token of the tenant whatever the
// filters, so on a shared tenant it has no known value (without page parameters it is absent).
export const ONE_TIME_TOKEN_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'one-time-tokens-lifecycle',
    tag: 'One-time tokens',
    covers: [
      'AddOneTimeTokens 201 active, with its e-mail and context; GetOneTimeToken returns it',
      'ListOneTimeTokens filtered by email holds both, newest first (page_size 1: one per page); filtered by status too',
      'VerifyOneTimeToken 200 consumes the token (the list by status shows it); a second verify is 400',
      'ReplaceOneTimeTokenStatus revokes; back to active is 400',
      'DeleteOneTimeToken 204, then GetOneTimeToken 404 and the list no longer holds it',
    ],
    steps: [
      create('organization', 'org', { name: '{run:ott-lc}' }),
      // The token itself is kept for the verify step (a trace never holds it).
      {
        ...create('one-time-token', 'first', {
          name: '{run:ott-lc}',
          body: { context: { jitOrganizationIds: ['{org}'] } },
          values: { '/status': 'active', '/context': { jitOrganizationIds: ['{org}'] } },
        }),
        save: { first: '/id', firstToken: '/token' },
      },
      create('one-time-token', 'second', { name: '{run:ott-lc}', values: { '/status': 'active', '/context': {} } }),
      get('get', `${TOKENS}/{first}`, { status: 200, values: { '/id': '{first}', '/email': EMAIL, '/status': 'active', '/context': { jitOrganizationIds: ['{org}'] } } }),
      get('list-by-email', TOKENS, { status: 200, length: { '': 2 }, holds: [has('{first}'), has('{second}')], headers: { 'total-number': null } }, { query: { email: EMAIL } }),
      get('list-by-email-page-1', TOKENS, { status: 200, length: { '': 1 }, values: { '/0/id': '{second}' } }, { query: page(1, 1, { email: EMAIL }) }),
      get('list-by-email-page-2', TOKENS, { status: 200, length: { '': 1 }, values: { '/0/id': '{first}' } }, { query: page(2, 1, { email: EMAIL }) }),
      get('list-active', TOKENS, { status: 200, length: { '': 2 } }, { query: { email: EMAIL, status: 'active' } }),
      post('verify', `${TOKENS}/verify`, { token: '{firstToken}', email: EMAIL }, { status: 200, values: { '/id': '{first}', '/status': 'consumed' } }),
      get('get-consumed', `${TOKENS}/{first}`, { status: 200, values: { '/status': 'consumed' } }),
      get('list-consumed', TOKENS, { status: 200, length: { '': 1 }, holds: [has('{first}')], lacks: [has('{second}')] }, { query: { email: EMAIL, status: 'consumed' } }),
      post('verify-again', `${TOKENS}/verify`, { token: '{firstToken}', email: EMAIL }, { status: 400, values: { '/code': 'one_time_token.token_consumed' } }),
      put('revoke', `${TOKENS}/{second}/status`, { status: 'revoked' }, { status: 200, values: { '/id': '{second}', '/status': 'revoked' } }),
      get('get-revoked', `${TOKENS}/{second}`, { status: 200, values: { '/status': 'revoked' } }),
      put('reactivate', `${TOKENS}/{second}/status`, { status: 'active' }, { status: 400, values: { '/code': 'one_time_token.cannot_reactivate_token' } }),
      get('list-active-after', TOKENS, { status: 200, length: { '': 0 } }, { query: { email: EMAIL, status: 'active' } }),
      del('delete', `${TOKENS}/{first}`, { status: 204 }),
      get('get-deleted', `${TOKENS}/{first}`, { status: 404 }),
      get('list-after-delete', TOKENS, { status: 200, length: { '': 1 }, holds: [has('{second}')], lacks: [has('{first}')] }, { query: { email: EMAIL } }),
      del('delete-again', `${TOKENS}/{first}`, { status: 404 }),
    ],
  },
];
