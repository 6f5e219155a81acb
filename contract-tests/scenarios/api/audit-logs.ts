import type { ScenarioSpec } from '../step-spec.js';
import { get } from './steps.js';

const LOGS = '/api/logs';
const CLIENT_CREDENTIALS = 'ExchangeTokenBy.ClientCredentials';

// The Management API writes no audit log itself; a token request does. So the scenario makes its
// own entries (two client-credentials token requests of the suite's app) and reads them back,
// narrowed to that app, that key and the last minutes: the tenant's other entries are not counted.
export const AUDIT_LOG_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'audit-logs-own-entries',
    tag: 'Audit logs',
    covers: [
      "A client-credentials token request writes an ExchangeTokenBy.ClientCredentials entry with the app's id",
      'ListLogs filtered by logKey, applicationId and start_time, newest first, paged (a second page exists)',
      'GetLog returns the entry the list gave; an unknown id is 404',
    ],
    steps: [
      { name: 'token-request-1', method: 'POST', path: '/oidc/token', token: { clientAuth: 'basic', secret: 'right', resource: 'right', scope: 'all' }, expect: { status: 200 } },
      { name: 'token-request-2', method: 'POST', path: '/oidc/token', token: { clientAuth: 'form', secret: 'right', resource: 'right', scope: 'all' }, expect: { status: 200 } },
      get('newest-token-entry', LOGS, { status: 200, length: { '': 1 }, values: { '/0/key': CLIENT_CREDENTIALS, '/0/payload/result': 'Success' } }, {
        query: { logKey: CLIENT_CREDENTIALS, start_time: '{time:-10m}', page: '1', page_size: '1' },
        save: { log: '/0/id', app: '/0/payload/applicationId' },
      }),
      get('get', `${LOGS}/{log}`, { status: 200, values: { '/id': '{log}', '/key': CLIENT_CREDENTIALS, '/payload/applicationId': '{app}', '/payload/result': 'Success' } }),
      get('list-app-entries', LOGS, { status: 200, holds: [{ where: { '/id': '{log}', '/key': CLIENT_CREDENTIALS, '/payload/applicationId': '{app}' } }] }, {
        query: { applicationId: '{app}', logKey: CLIENT_CREDENTIALS, start_time: '{time:-10m}', page: '1', page_size: '100' },
      }),
      get('list-app-entries-page-2', LOGS, { status: 200, length: { '': 1 }, values: { '/0/key': CLIENT_CREDENTIALS, '/0/payload/applicationId': '{app}' } }, {
        query: { applicationId: '{app}', logKey: CLIENT_CREDENTIALS, start_time: '{time:-10m}', page: '2', page_size: '1' },
      }),
      get('get-missing', `${LOGS}/{missing}`, { status: 404 }),
    ],
  },
];
