import type { ScenarioSpec } from '../step-spec.js';
import { get, patch } from './steps.js';

const ACCOUNT_CENTER = '/api/account-center';
const FIELDS = { name: 'Edit', avatar: 'ReadOnly', email: 'Off' };

export const ACCOUNT_CENTER_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'account-center-write-back',
    tag: 'Account center',
    covers: ['GetAccountCenterSettings answers the singleton (id default); UpdateAccountCenterSettings writes `enabled` back as it was: 200 with it, and a read gives the same'],
    steps: [
      get('get', ACCOUNT_CENTER, { status: 200, values: { '/id': 'default' } }, { keep: { enabled: '/enabled' } }),
      patch('write-back', ACCOUNT_CENTER, { enabled: '{json:enabled}' }, { status: 200, values: { '/id': 'default', '/enabled': '{json:enabled}' } }),
      get('get-after', ACCOUNT_CENTER, { status: 200, values: { '/enabled': '{json:enabled}' } }),
    ],
  },
  {
    name: 'account-center-empty-update',
    tag: 'Account center',
    covers: ['UpdateAccountCenterSettings with nothing to change: Logto answers 422 entity.invalid_input (an empty UPDATE), and nothing changes'],
    steps: [patch('update-nothing', ACCOUNT_CENTER, {}, { status: 422, values: { '/code': 'entity.invalid_input' } })],
  },
  {
    name: 'account-center-changes',
    tag: 'Account center',
    changesSettings: true,
    covers: [
      'UpdateAccountCenterSettings changes the fields, CSS, delete-account URL and WebAuthn origins it is given (origins de-duplicated), leaves `enabled` alone, and GetAccountCenterSettings and the public account center show it',
      'each is written back as it was, and the settings read the same afterwards',
    ],
    steps: [
      get('get-before', ACCOUNT_CENTER, { status: 200 }, {
        keep: { settings: '', enabled: '/enabled', fields: '/fields', customCss: '/customCss', deleteAccountUrl: '/deleteAccountUrl', origins: '/webauthnRelatedOrigins' },
      }),
      patch(
        'change',
        ACCOUNT_CENTER,
        {
          fields: FIELDS,
          customCss: '.ct-account-center { color: #123456; }',
          deleteAccountUrl: 'https://{run:ac}.example.com/delete-account',
          webauthnRelatedOrigins: ['https://{run:ac}.example.com', 'https://{run:ac}.example.com'],
        },
        {
          status: 200,
          values: {
            '/enabled': '{json:enabled}',
            '/fields': FIELDS,
            '/customCss': '.ct-account-center { color: #123456; }',
            '/deleteAccountUrl': 'https://{run:ac}.example.com/delete-account',
            '/webauthnRelatedOrigins': ['https://{run:ac}.example.com'],
          },
        },
      ),
      get('get-changed', ACCOUNT_CENTER, { status: 200, values: { '/fields': FIELDS, '/customCss': '.ct-account-center { color: #123456; }', '/webauthnRelatedOrigins': ['https://{run:ac}.example.com'] } }),
      get('public-changed', '/api/.well-known/account-center', { status: 200, values: { '/fields': FIELDS } }, { auth: 'none' }),
      patch(
        'restore',
        ACCOUNT_CENTER,
        { fields: '{json:fields}', customCss: '{json:customCss}', deleteAccountUrl: '{json:deleteAccountUrl}', webauthnRelatedOrigins: '{json:origins}' },
        { status: 200, values: { '': '{json:settings}' } },
      ),
      get('get-restored', ACCOUNT_CENTER, { status: 200, values: { '': '{json:settings}' } }),
    ],
  },
];
