import type { ScenarioSpec } from '../step-spec.js';
import { create, get, patch, post } from './steps.js';

const SIE = '/api/sign-in-exp';
/**
 * A policy the check-password steps can judge without the network: `rejects.pwned` (on by
 * default) asks an online breach list, which a Logto without internet access cannot reach (the
 * check then answers 400 `request.invalid_input` "fetch failed"). `rejects.userInfo` needs the
 * user the password is for (400 `request.invalid_input` without a userId). A restricted word or
 * the user's own name only counts when it is nearly all the password (all but 3 characters).
 */
const POLICY = { length: { min: 10, max: 256 }, characterTypes: { min: 2 }, rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: ['ctforbidden'] } };

export const SIGN_IN_EXPERIENCE_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'sign-in-experience-write-back',
    tag: 'Sign-in experience',
    covers: [
      'GetSignInExp answers the singleton (id default); UpdateSignInExp writes `color` back as it was: 200 with it, and a read gives the same',
      'UpdateSignInExp with nothing to change is 422',
      'GetUsernameCaseSensitivityConflicts answers 200 {totalConflicts, samples}; a limit below 1 is 400',
    ],
    steps: [
      get('get', SIE, { status: 200, values: { '/id': 'default' } }, { keep: { color: '/color' } }),
      patch('write-back', SIE, { color: '{json:color}' }, { status: 200, values: { '/id': 'default', '/color': '{json:color}' } }),
      get('get-after', SIE, { status: 200, values: { '/color': '{json:color}' } }),
      patch('update-nothing', SIE, {}, { status: 422 }),
      get('case-sensitivity-conflicts', `${SIE}/username-policy/case-sensitivity-conflicts`, { status: 200 }, { query: { limit: '5' } }),
      get('case-sensitivity-conflicts-limit-0', `${SIE}/username-policy/case-sensitivity-conflicts`, { status: 400 }, { query: { limit: '0' } }),
    ],
  },
  {
    name: 'sign-in-experience-changes',
    tag: 'Sign-in experience',
    changesSettings: true,
    covers: [
      'UpdateSignInExp changes the support e-mail, support site and password policy, and GetSignInExp and the public sign-in experience show them',
      "CheckPasswordWithDefaultSignInExperience judges a user's password by that policy: 200 {result: true}, or 400 {result: false, issues} naming the rule it breaks (too short, a restricted word, the user's own name)",
      'each is written back as it was, and reads the same afterwards',
    ],
    steps: [
      get('get-before', SIE, { status: 200 }, { keep: { supportEmail: '/supportEmail', supportWebsiteUrl: '/supportWebsiteUrl', passwordPolicy: '/passwordPolicy' } }),
      patch('change', SIE, { supportEmail: '{run:sie}@example.com', supportWebsiteUrl: 'https://{run:sie}.example.com/support', passwordPolicy: POLICY }, {
        status: 200,
        values: { '/supportEmail': '{run:sie}@example.com', '/supportWebsiteUrl': 'https://{run:sie}.example.com/support', '/passwordPolicy': POLICY },
      }),
      get('get-changed', SIE, { status: 200, values: { '/supportEmail': '{run:sie}@example.com', '/passwordPolicy': POLICY } }),
      get('public-changed', '/api/.well-known/sign-in-exp', { status: 200, values: { '/supportEmail': '{run:sie}@example.com', '/passwordPolicy': POLICY } }, { auth: 'none' }),
      create('user', 'user', { name: '{run:sie-user}' }),
      post('check-strong-password', `${SIE}/default/check-password`, { password: 'Ct-Strong-Passw0rd-Example!', userId: '{user}' }, { status: 200, values: { '': { result: true } } }),
      post('check-without-user', `${SIE}/default/check-password`, { password: 'Ct-Strong-Passw0rd-Example!' }, { status: 400, values: { '/code': 'request.invalid_input' } }),
      post('check-short-password', `${SIE}/default/check-password`, { password: 'Ct1!', userId: '{user}' }, { status: 400, values: { '/result': false }, holds: [{ at: '/issues', where: { '/code': 'password_rejected.too_short' } }] }),
      post('check-forbidden-word', `${SIE}/default/check-password`, { password: 'ctforbidden1', userId: '{user}' }, { status: 400, values: { '/result': false }, holds: [{ at: '/issues', where: { '/code': 'password_rejected.restricted.words' } }] }),
      post('check-own-name', `${SIE}/default/check-password`, { password: '{run:sie-user}A1', userId: '{user}' }, { status: 400, values: { '/result': false }, holds: [{ at: '/issues', where: { '/code': 'password_rejected.restricted.user_info' } }] }),
      patch('restore', SIE, { supportEmail: '{json:supportEmail}', supportWebsiteUrl: '{json:supportWebsiteUrl}', passwordPolicy: '{json:passwordPolicy}' }, {
        status: 200,
        values: { '/supportEmail': '{json:supportEmail}', '/supportWebsiteUrl': '{json:supportWebsiteUrl}', '/passwordPolicy': '{json:passwordPolicy}' },
      }),
      get('get-restored', SIE, { status: 200, values: { '/supportEmail': '{json:supportEmail}', '/supportWebsiteUrl': '{json:supportWebsiteUrl}', '/passwordPolicy': '{json:passwordPolicy}' } }),
    ],
  },
];
