import type { ScenarioSpec } from '../step-spec.js';
import { del, get, put } from './steps.js';

const PHRASES = '/api/custom-phrases';
/**
 * Custom phrases are keyed by a real language tag (Logto refuses anything else), so they cannot
 * carry the run prefix: every write is a change of the tenant's sign-in UI in that language. The
 * scenario takes Korean, which Logto's own tests use, and expects the tenant to have no Korean
 * phrases before it (its first step is a precondition: it stops otherwise); it deletes them in its
 * last steps.
 */
const LANGUAGE = 'ko';
const FIRST = { input: { username: 'ct 사용자 이름' } };
const SECOND = { input: { password: 'ct 비밀번호' }, action: { sign_in: 'ct 로그인' } };

export const CUSTOM_PHRASE_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'custom-phrases-read',
    tag: 'Custom phrases',
    covers: ['ListCustomPhrases answers 200 (an array, not paged)', 'a language tag Logto does not know is refused (400)'],
    steps: [
      get('list', PHRASES, { status: 200, headers: { 'total-number': null } }),
      get('get-unknown-language', `${PHRASES}/xx-ct`, { status: 400 }, { invalid: true }),
      put('put-unknown-language', `${PHRASES}/xx-ct`, FIRST, { status: 400 }, { invalid: true }),
    ],
  },
  {
    name: 'custom-phrases-lifecycle',
    tag: 'Custom phrases',
    changesSettings: true,
    covers: [
      'ReplaceCustomPhrase answers 201 on create and on replace, with the translation as stored; a replace drops what it does not send',
      'GetCustomPhrase returns it, ListCustomPhrases holds it, and the public phrases of that language (GetSignInExperiencePhrases) use it',
      'a translation with keys English does not have is 422',
      "DeleteCustomPhrase 204 then 404; the sign-in experience's fallback language cannot be deleted (409)",
    ],
    steps: [
      get('get-before', `${PHRASES}/${LANGUAGE}`, { status: 404 }, { precondition: true }),
      get('sign-in-experience', '/api/sign-in-exp', { status: 200 }, { save: { fallback: '/languageInfo/fallbackLanguage' } }),
      put('create', `${PHRASES}/${LANGUAGE}`, FIRST, { status: 201, values: { '/languageTag': LANGUAGE, '/translation': FIRST } }),
      get('get', `${PHRASES}/${LANGUAGE}`, { status: 200, values: { '/languageTag': LANGUAGE, '/translation': FIRST } }),
      get('list', PHRASES, { status: 200, holds: [{ where: { '/languageTag': LANGUAGE, '/translation': FIRST } }] }),
      get('public-phrases', '/api/.well-known/phrases', { status: 200, values: { '/translation/input/username': FIRST.input.username } }, { query: { lng: LANGUAGE }, auth: 'none' }),
      put('replace', `${PHRASES}/${LANGUAGE}`, SECOND, { status: 201, values: { '/languageTag': LANGUAGE, '/translation': SECOND } }),
      get('get-after-replace', `${PHRASES}/${LANGUAGE}`, { status: 200, values: { '/translation': SECOND } }),
      put('replace-with-unknown-keys', `${PHRASES}/${LANGUAGE}`, { input: { username: 'x' }, ct_not_a_phrase: { x: 'y' } }, { status: 422 }),
      del('delete-fallback-language', `${PHRASES}/{fallback}`, { status: 409 }),
      del('delete', `${PHRASES}/${LANGUAGE}`, { status: 204 }),
      get('get-deleted', `${PHRASES}/${LANGUAGE}`, { status: 404 }),
      get('list-after-delete', PHRASES, { status: 200, lacks: [{ where: { '/languageTag': LANGUAGE } }] }),
      del('delete-again', `${PHRASES}/${LANGUAGE}`, { status: 404 }),
    ],
  },
];
