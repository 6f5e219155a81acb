import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, post, put } from './steps.js';

const FIELDS = '/api/custom-profile-fields';
const NICK = '{runa:cpfnick}';
const AGE = '{runa:cpfage}';
const BIRTHDAY = '{runa:cpfbday}';
const named = (name: string, at?: string) => ({ ...(at ? { at } : {}), where: { '/name': name } });

export const CUSTOM_PROFILE_FIELD_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'custom-profile-fields-read',
    tag: 'Custom profile fields',
    covers: ['ListCustomProfileFields answers 200 (the whole catalog, not paged)', 'GetCustomProfileFieldByName of a name no field has is 404'],
    steps: [
      get('list', FIELDS, { status: 200, headers: { 'total-number': null } }),
      get('get-missing', `${FIELDS}/{runa:cpfmissing}`, { status: 404 }),
    ],
  },
  {
    // A field is part of the tenant's sign-up: while the sign-in experience's signUpProfileFields
    // is null, sign-up collects the whole catalog. So creating one changes a setting, and the
    // scenario deletes every field it made in its last steps.
    name: 'custom-profile-fields-lifecycle',
    tag: 'Custom profile fields',
    changesSettings: true,
    covers: [
      'CreateCustomProfileField 201 with what was sent (and a sieOrder); GetCustomProfileFieldByName returns it',
      "CreateCustomProfileFieldsBatch 201 with the fields in the order sent; ListCustomProfileFields and the public sign-in experience's catalog hold all of them",
      'UpdateCustomProfileFieldByName replaces everything but the name, and GetCustomProfileFieldByName shows it',
      'UpdateCustomProfileFieldsSieOrder answers the fields it reordered, and their sieOrder changed',
      'names are letters and digits only (400), and not a built-in profile key or sign-in identifier (400)',
      'DeleteCustomProfileFieldByName 204, then 404, and the list no longer holds it',
    ],
    steps: [
      create('custom-profile-field', 'nick', { name: NICK, body: { label: 'ct nickname', description: 'contract test' }, values: { '/type': 'Text', '/label': 'ct nickname', '/required': false, '/config': { placeholder: 'ct', minLength: 1, maxLength: 50 } } }),
      get('get', `${FIELDS}/${NICK}`, { status: 200, values: { '/name': NICK, '/type': 'Text', '/label': 'ct nickname', '/description': 'contract test', '/required': false } }, { save: { nickId: '/id' } }),
      post(
        'create-batch',
        `${FIELDS}/batch`,
        [
          { name: AGE, type: 'Number', label: 'ct age', required: false, config: { minValue: 0, maxValue: 150 } },
          { name: BIRTHDAY, type: 'Date', label: 'ct birthday', required: false, config: { format: 'yyyy-MM-dd' } },
        ],
        { status: 201, length: { '': 2 }, values: { '/0/name': AGE, '/0/type': 'Number', '/0/config': { minValue: 0, maxValue: 150 }, '/1/name': BIRTHDAY, '/1/type': 'Date', '/1/config': { format: 'yyyy-MM-dd' } } },
      ),
      get('list', FIELDS, { status: 200, holds: [named(NICK), named(AGE), named(BIRTHDAY)] }),
      get('public-catalog', '/api/.well-known/sign-in-exp', { status: 200, holds: [named(NICK, '/customProfileFieldCatalog'), named(BIRTHDAY, '/customProfileFieldCatalog')] }, { auth: 'none' }),
      put(
        'update',
        `${FIELDS}/${NICK}`,
        { type: 'Text', label: 'ct nickname 2', description: 'changed by the contract test', required: false, config: { placeholder: 'ct 2', maxLength: 20 } },
        { status: 200, values: { '/id': '{nickId}', '/name': NICK, '/label': 'ct nickname 2', '/description': 'changed by the contract test', '/config': { placeholder: 'ct 2', maxLength: 20 } } },
      ),
      get('get-after-update', `${FIELDS}/${NICK}`, { status: 200, values: { '/label': 'ct nickname 2', '/description': 'changed by the contract test', '/config': { placeholder: 'ct 2', maxLength: 20 } } }),
      post('reorder', `${FIELDS}/properties/sie-order`, { order: [{ name: BIRTHDAY, sieOrder: 9001 }, { name: NICK, sieOrder: 9003 }] }, {
        status: 200,
        length: { '': 2 },
        holds: [{ where: { '/name': BIRTHDAY, '/sieOrder': 9001 } }, { where: { '/name': NICK, '/sieOrder': 9003 } }],
      }),
      get('get-after-reorder', `${FIELDS}/${NICK}`, { status: 200, values: { '/sieOrder': 9003, '/label': 'ct nickname 2' } }),
      post('create-with-dash', FIELDS, { name: '{run:cpf-dash}', type: 'Text', label: 'ct', required: false }, { status: 400 }),
      post('create-built-in-name', FIELDS, { name: 'primaryEmail', type: 'Text', label: 'ct', required: false }, { status: 400 }),
      del('delete', `${FIELDS}/${NICK}`, { status: 204 }),
      get('get-deleted', `${FIELDS}/${NICK}`, { status: 404 }),
      get('list-after-delete', FIELDS, { status: 200, holds: [named(AGE)], lacks: [named(NICK)] }),
      del('delete-again', `${FIELDS}/${NICK}`, { status: 404 }),
      del('delete-age', `${FIELDS}/${AGE}`, { status: 204 }),
      del('delete-birthday', `${FIELDS}/${BIRTHDAY}`, { status: 204 }),
      get('list-at-end', FIELDS, { status: 200, lacks: [named(AGE), named(BIRTHDAY)] }),
    ],
  },
];
