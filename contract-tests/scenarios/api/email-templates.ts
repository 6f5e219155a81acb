import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, patch, put } from './steps.js';

const TEMPLATES = '/api/email-templates';
/**
 * The run's own language tag (`ct<runid>et`, within the column's 16 characters for run ids of up
 * to 12): Logto picks a template by the language an e-mail is sent in, then the sign-in
 * experience's fallback language, so a template under a tag no one uses is never sent.
 */
const TAG = '{runa:et}';
const SIGN_IN = { subject: 'ct sign-in code', content: '<p>Your code is {{code}}</p>', contentType: 'text/html' };
const REGISTER = { subject: 'ct register code', content: 'Your code is {{code}}', contentType: 'text/plain' };

export const EMAIL_TEMPLATE_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'email-templates-lifecycle',
    tag: 'Email templates',
    covers: [
      'ReplaceEmailTemplates upserts by (languageTag, templateType): 200 with the rows; a second PUT of the same pair keeps its id and replaces its details',
      'GetEmailTemplate returns one; ListEmailTemplates filters by languageTag and templateType (exact)',
      'UpdateEmailTemplateDetails merges into the details, and GetEmailTemplate shows it',
      'DeleteEmailTemplate 204 then 404; DeleteEmailTemplates deletes by filter and counts the rows (200 {rowCount}), and refuses to run without a filter (422)',
    ],
    steps: [
      create('email-template', 'signIn', { name: TAG, body: { templates: [{ languageTag: TAG, templateType: 'SignIn', details: SIGN_IN }] }, values: { '/0/languageTag': TAG, '/0/templateType': 'SignIn', '/0/details': SIGN_IN } }),
      put('add-register', TEMPLATES, { templates: [{ languageTag: TAG, templateType: 'Register', details: REGISTER }] }, { status: 200, length: { '': 1 }, values: { '/0/templateType': 'Register', '/0/details': REGISTER } }, { save: { register: '/0/id' } }),
      get('get', `${TEMPLATES}/{signIn}`, { status: 200, values: { '/id': '{signIn}', '/languageTag': TAG, '/templateType': 'SignIn', '/details': SIGN_IN } }),
      get('list-by-language', TEMPLATES, { status: 200, length: { '': 2 }, holds: [{ where: { '/id': '{signIn}' } }, { where: { '/id': '{register}' } }], headers: { 'total-number': null } }, { query: { languageTag: TAG } }),
      get('list-by-language-and-type', TEMPLATES, { status: 200, length: { '': 1 }, holds: [{ where: { '/id': '{register}', '/templateType': 'Register' } }] }, { query: { languageTag: TAG, templateType: 'Register' } }),
      put(
        'replace-sign-in',
        TEMPLATES,
        { templates: [{ languageTag: TAG, templateType: 'SignIn', details: { subject: 'ct sign-in code 2', content: '<p>{{code}}</p>' } }] },
        { status: 200, length: { '': 1 }, values: { '/0/id': '{signIn}', '/0/details': { subject: 'ct sign-in code 2', content: '<p>{{code}}</p>' } } },
      ),
      patch('update-details', `${TEMPLATES}/{signIn}/details`, { subject: 'ct sign-in code 3', contentType: 'text/html', replyTo: 'ct-reply@example.com' }, {
        status: 200,
        values: { '/id': '{signIn}', '/details': { subject: 'ct sign-in code 3', content: '<p>{{code}}</p>', contentType: 'text/html', replyTo: 'ct-reply@example.com' } },
      }),
      get('get-after-update', `${TEMPLATES}/{signIn}`, { status: 200, values: { '/details': { subject: 'ct sign-in code 3', content: '<p>{{code}}</p>', contentType: 'text/html', replyTo: 'ct-reply@example.com' } } }),
      del('delete', `${TEMPLATES}/{register}`, { status: 204 }),
      get('get-deleted', `${TEMPLATES}/{register}`, { status: 404 }),
      get('list-after-delete', TEMPLATES, { status: 200, length: { '': 1 }, holds: [{ where: { '/id': '{signIn}' } }], lacks: [{ where: { '/id': '{register}' } }] }, { query: { languageTag: TAG } }),
      del('delete-again', `${TEMPLATES}/{register}`, { status: 404 }),
      del('bulk-delete-without-filter', TEMPLATES, { status: 422 }),
      del('bulk-delete', TEMPLATES, { status: 200, values: { '/rowCount': 1 } }, { query: { languageTag: TAG, templateType: 'SignIn' } }),
      get('list-after-bulk-delete', TEMPLATES, { status: 200, length: { '': 0 } }, { query: { languageTag: TAG } }),
      get('get-bulk-deleted', `${TEMPLATES}/{signIn}`, { status: 404 }),
      del('bulk-delete-nothing', TEMPLATES, { status: 200, values: { '/rowCount': 0 } }, { query: { languageTag: TAG } }),
    ],
  },
];
