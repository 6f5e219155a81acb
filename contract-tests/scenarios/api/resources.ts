import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, page, patch } from './steps.js';

const RESOURCES = '/api/resources';
const has = (id: string, at?: string) => ({ ...(at ? { at } : {}), where: { '/id': id } });

// The resource list has no search and no order: it is checked with holds/lacks, never with totals
// (other runs create resources on the same tenant). A resource's scopes are the scenario's own, so
// their list is counted exactly.
export const RESOURCE_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'resources-lifecycle',
    tag: 'Resources',
    covers: [
      'CreateResource 201 with what was sent, `scopes: []` and `isDefault: false`; GetResource returns it',
      'ListResources (whole list, and paged) holds what was created',
      'UpdateResource changes name and accessTokenTtl, and GetResource shows it; the indicator stays',
      "UpdateResourceIsDefault with false on the run's own resource (never true: that would move the tenant's default)",
      'DeleteResource 204, then GetResource 404 and the list no longer holds it',
    ],
    steps: [
      create('resource', 'first', { name: '{run:api-lc}-1', body: { accessTokenTtl: 7200 }, values: { '/accessTokenTtl': 7200, '/isDefault': false, '/scopes': [] } }),
      create('resource', 'second', { name: '{run:api-lc}-2' }),
      get('get', `${RESOURCES}/{first}`, {
        status: 200,
        values: { '/id': '{first}', '/name': '{run:api-lc}-1', '/indicator': 'https://{run:api-lc}-1.example.com/api', '/accessTokenTtl': 7200, '/isDefault': false },
      }),
      get('list-all', RESOURCES, { status: 200, holds: [has('{first}'), has('{second}')] }),
      get('list-page-2', RESOURCES, { status: 200, length: { '': 1 } }, { query: page(2, 1) }),
      patch('update', `${RESOURCES}/{first}`, { name: '{run:api-lc}-1-renamed', accessTokenTtl: 600 }, {
        status: 200,
        values: { '/name': '{run:api-lc}-1-renamed', '/accessTokenTtl': 600, '/indicator': 'https://{run:api-lc}-1.example.com/api' },
      }),
      get('get-after-update', `${RESOURCES}/{first}`, { status: 200, values: { '/name': '{run:api-lc}-1-renamed', '/accessTokenTtl': 600 } }),
      patch('is-default-false', `${RESOURCES}/{first}/is-default`, { isDefault: false }, { status: 200, values: { '/id': '{first}', '/isDefault': false } }),
      get('list-after-is-default', RESOURCES, { status: 200, holds: [{ where: { '/id': '{first}', '/isDefault': false } }], lacks: [{ where: { '/id': '{first}', '/isDefault': true } }] }),
      del('delete', `${RESOURCES}/{second}`, { status: 204 }),
      get('get-deleted', `${RESOURCES}/{second}`, { status: 404 }),
      get('list-after-delete', RESOURCES, { status: 200, holds: [has('{first}')], lacks: [has('{second}')] }),
      del('delete-again', `${RESOURCES}/{second}`, { status: 404 }),
    ],
  },
  {
    name: 'resource-scopes',
    tag: 'Resources',
    covers: [
      'CreateResourceScope 201 belongs to its resource (resourceId)',
      'ListResourceScopes: both scopes, Total-Number 2, page_size 1 gives one per page; search.name narrows',
      'ListResources?includeScopes=true shows the scope on the resource side',
      'UpdateResourceScope changes name and description; the list shows it',
      'DeleteResourceScope 204, then the list lacks it; again 404',
    ],
    steps: [
      create('resource', 'api', { name: '{run:api-scopes}' }),
      create('resource-scope', 'read', { name: '{run:api-scopes}', params: { resourceId: '{api}' }, values: { '/resourceId': '{api}', '/description': 'contract test' } }),
      create('resource-scope', 'write', { name: '{run:api-scopes}', params: { resourceId: '{api}' }, body: { name: '{run:api-scopes}:write' }, values: { '/resourceId': '{api}' } }),
      get('list-scopes', `${RESOURCES}/{api}/scopes`, { status: 200, length: { '': 2 }, holds: [has('{read}'), has('{write}')], headers: { 'total-number': '2' } }, { query: page(1, 20) }),
      get('list-scopes-page-1', `${RESOURCES}/{api}/scopes`, { status: 200, length: { '': 1 }, headers: { 'total-number': '2' } }, { query: page(1, 1) }),
      get('list-scopes-page-2', `${RESOURCES}/{api}/scopes`, { status: 200, length: { '': 1 }, headers: { 'total-number': '2' } }, { query: page(2, 1) }),
      get('search-scopes', `${RESOURCES}/{api}/scopes`, { status: 200, length: { '': 1 }, holds: [has('{write}')], headers: { 'total-number': '1' } }, { query: page(1, 20, { 'search.name': '%:write' }) }),
      patch('update-scope', `${RESOURCES}/{api}/scopes/{write}`, { name: '{run:api-scopes}:edit', description: 'changed by the contract test' }, {
        status: 200,
        values: { '/id': '{write}', '/name': '{run:api-scopes}:edit', '/description': 'changed by the contract test', '/resourceId': '{api}' },
      }),
      get('list-scopes-after-update', `${RESOURCES}/{api}/scopes`, {
        status: 200,
        holds: [{ where: { '/id': '{write}', '/name': '{run:api-scopes}:edit', '/description': 'changed by the contract test' } }],
        lacks: [{ where: { '/name': '{run:api-scopes}:write' } }],
      }, { query: page(1, 20) }),
      del('delete-scope', `${RESOURCES}/{api}/scopes/{read}`, { status: 204 }),
      get('list-scopes-after-delete', `${RESOURCES}/{api}/scopes`, { status: 200, length: { '': 1 }, holds: [has('{write}')], lacks: [has('{read}')], headers: { 'total-number': '1' } }, { query: page(1, 20) }),
      get('resources-with-scopes', RESOURCES, { status: 200, holds: [{ where: { '/id': '{api}', '/scopes/0/id': '{write}', '/scopes/0/resourceId': '{api}' } }] }, { query: { includeScopes: 'true' } }),
      del('delete-scope-again', `${RESOURCES}/{api}/scopes/{read}`, { status: 404 }),
    ],
  },
];
