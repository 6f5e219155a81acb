import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, page, patch } from './steps.js';

const SCOPES = '/api/organization-scopes';
const has = (id: string) => ({ where: { '/id': id } });

export const ORGANIZATION_SCOPE_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'organization-scopes-lifecycle',
    tag: 'Organization scopes',
    covers: [
      'CreateOrganizationScope 201 with what was sent; GetOrganizationScope returns it',
      'ListOrganizationScopes: q narrows to the scenario, ordered by name, page_size 1 gives one per page and Total-Number counts both',
      'UpdateOrganizationScope changes name and description, and GetOrganizationScope shows it',
      'DeleteOrganizationScope 204, then GetOrganizationScope 404 and the list no longer holds it',
    ],
    steps: [
      create('organization-scope', 'first', { name: '{run:oscope-lc}-1' }),
      create('organization-scope', 'second', { name: '{run:oscope-lc}-2', body: { description: 'second scope' }, values: { '/description': 'second scope' } }),
      get('get', `${SCOPES}/{first}`, { status: 200, values: { '/id': '{first}', '/name': '{run:oscope-lc}-1', '/description': 'contract test' } }),
      get('list-all', SCOPES, { status: 200, length: { '': 2 }, holds: [has('{first}'), has('{second}')], headers: { 'total-number': '2' } }, { query: page(1, 20, { q: '{run:oscope-lc}-' }) }),
      get('list-page-1', SCOPES, { status: 200, length: { '': 1 }, values: { '/0/id': '{first}' }, headers: { 'total-number': '2' } }, { query: page(1, 1, { q: '{run:oscope-lc}-' }) }),
      get('list-page-2', SCOPES, { status: 200, length: { '': 1 }, values: { '/0/id': '{second}' }, headers: { 'total-number': '2' } }, { query: page(2, 1, { q: '{run:oscope-lc}-' }) }),
      get('list-unpaged', SCOPES, { status: 200, length: { '': 2 }, holds: [has('{first}'), has('{second}')] }, { query: { q: '{run:oscope-lc}-' } }),
      patch('update', `${SCOPES}/{first}`, { name: '{run:oscope-lc}-1-renamed', description: 'changed by the contract test' }, {
        status: 200,
        values: { '/id': '{first}', '/name': '{run:oscope-lc}-1-renamed', '/description': 'changed by the contract test' },
      }),
      get('get-after-update', `${SCOPES}/{first}`, { status: 200, values: { '/name': '{run:oscope-lc}-1-renamed', '/description': 'changed by the contract test' } }),
      del('delete', `${SCOPES}/{second}`, { status: 204 }),
      get('get-deleted', `${SCOPES}/{second}`, { status: 404 }),
      get('list-after-delete', SCOPES, { status: 200, length: { '': 1 }, holds: [has('{first}')], lacks: [has('{second}')], headers: { 'total-number': '1' } }, { query: page(1, 20, { q: '{run:oscope-lc}-' }) }),
      del('delete-again', `${SCOPES}/{second}`, { status: 404 }),
    ],
  },
];
