import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, page, patch, post, put } from './steps.js';

const ROLES = '/api/organization-roles';
const has = (id: string) => ({ where: { '/id': id } });
// How a role item of ListOrganizationRoles shows its scopes: id and name, a resource scope with its resource.
const READ = { id: '{read}', name: '{run:orole-rel}-read' };
const WRITE = { id: '{write}', name: '{run:orole-rel}-write' };
const API = { id: '{api}', name: '{run:orole-rel}-api' };
const API_READ = { id: '{apiRead}', name: '{run:orole-rel}:read', resource: API };
const API_WRITE = { id: '{apiWrite}', name: '{run:orole-rel}:write', resource: API };

export const ORGANIZATION_ROLE_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'organization-roles-lifecycle',
    tag: 'Organization roles',
    covers: [
      'CreateOrganizationRole 201 with what was sent (type User and MachineToMachine); GetOrganizationRole returns it',
      'ListOrganizationRoles: q narrows to the scenario, ordered by name, page_size 1 gives one per page and Total-Number counts both',
      'UpdateOrganizationRole changes name and description, and GetOrganizationRole shows it',
      'DeleteOrganizationRole 204, then GetOrganizationRole 404 and the list no longer holds it',
    ],
    steps: [
      create('organization-role', 'first', { name: '{run:orole-lc}-1', body: { type: 'User' }, values: { '/type': 'User' } }),
      create('organization-role', 'second', { name: '{run:orole-lc}-2', body: { type: 'MachineToMachine' }, values: { '/type': 'MachineToMachine' } }),
      get('get', `${ROLES}/{first}`, { status: 200, values: { '/id': '{first}', '/name': '{run:orole-lc}-1', '/description': 'contract test', '/type': 'User' } }),
      get('list-all', ROLES, { status: 200, length: { '': 2 }, holds: [has('{first}'), has('{second}')], headers: { 'total-number': '2' } }, { query: page(1, 20, { q: '{run:orole-lc}-' }) }),
      get('list-page-1', ROLES, { status: 200, length: { '': 1 }, values: { '/0/id': '{first}' }, headers: { 'total-number': '2' } }, { query: page(1, 1, { q: '{run:orole-lc}-' }) }),
      get('list-page-2', ROLES, { status: 200, length: { '': 1 }, values: { '/0/id': '{second}', '/0/type': 'MachineToMachine' }, headers: { 'total-number': '2' } }, { query: page(2, 1, { q: '{run:orole-lc}-' }) }),
      patch('update', `${ROLES}/{first}`, { name: '{run:orole-lc}-1-renamed', description: 'changed by the contract test' }, {
        status: 200,
        values: { '/id': '{first}', '/name': '{run:orole-lc}-1-renamed', '/description': 'changed by the contract test', '/type': 'User' },
      }),
      get('get-after-update', `${ROLES}/{first}`, { status: 200, values: { '/name': '{run:orole-lc}-1-renamed', '/description': 'changed by the contract test' } }),
      del('delete', `${ROLES}/{second}`, { status: 204 }),
      get('get-deleted', `${ROLES}/{second}`, { status: 404 }),
      get('list-after-delete', ROLES, { status: 200, length: { '': 1 }, holds: [has('{first}')], lacks: [has('{second}')], headers: { 'total-number': '1' } }, { query: page(1, 20, { q: '{run:orole-lc}-' }) }),
      del('delete-again', `${ROLES}/{second}`, { status: 404 }),
    ],
  },
  {
    name: 'organization-role-relations',
    tag: 'Organization roles',
    covers: [
      'CreateOrganizationRole with organizationScopeIds and resourceScopeIds: the relations show in ListOrganizationRoleScopes, ListOrganizationRoleResourceScopes and in the role item of ListOrganizationRoles (scopes, resourceScopes)',
      'CreateOrganizationRoleScope / CreateOrganizationRoleResourceScope add one; the paged lists count both (Total-Number 2, page_size 1)',
      'DeleteOrganizationRoleScope / DeleteOrganizationRoleResourceScope remove one, from both sides',
      'ReplaceOrganizationRoleScopes / ReplaceOrganizationRoleResourceScopes replace the set (an empty one clears it)',
      "Deleting an organization scope or a resource removes it from the role's relations",
    ],
    steps: [
      create('organization-scope', 'read', { name: '{run:orole-rel}-read' }),
      create('organization-scope', 'write', { name: '{run:orole-rel}-write' }),
      create('resource', 'api', { name: '{run:orole-rel}-api' }),
      create('resource-scope', 'apiRead', { name: '{run:orole-rel}', params: { resourceId: '{api}' } }),
      create('resource-scope', 'apiWrite', { name: '{run:orole-rel}', params: { resourceId: '{api}' }, body: { name: '{run:orole-rel}:write' } }),
      create('organization-role', 'role', { name: '{run:orole-rel}-role', body: { organizationScopeIds: ['{read}'], resourceScopeIds: ['{apiRead}'] } }),
      get('role-scopes', `${ROLES}/{role}/scopes`, { status: 200, length: { '': 1 }, holds: [{ where: { '/id': '{read}', '/name': '{run:orole-rel}-read' } }] }),
      get('role-resource-scopes', `${ROLES}/{role}/resource-scopes`, { status: 200, length: { '': 1 }, holds: [{ where: { '/id': '{apiRead}', '/resourceId': '{api}' } }] }),
      get('roles-list-shows-relations', ROLES, {
        status: 200,
        length: { '': 1 },
        holds: [{ where: { '/id': '{role}', '/scopes': [READ], '/resourceScopes': [API_READ] } }],
      }, { query: page(1, 20, { q: '{run:orole-rel}-role' }) }),
      post('add-scope', `${ROLES}/{role}/scopes`, { organizationScopeIds: ['{write}'] }, { status: 201 }),
      get('role-scopes-after-add', `${ROLES}/{role}/scopes`, { status: 200, length: { '': 2 }, holds: [has('{read}'), has('{write}')], headers: { 'total-number': '2' } }, { query: page(1, 20) }),
      get('role-scopes-page-2', `${ROLES}/{role}/scopes`, { status: 200, length: { '': 1 }, headers: { 'total-number': '2' } }, { query: page(2, 1) }),
      post('add-resource-scope', `${ROLES}/{role}/resource-scopes`, { scopeIds: ['{apiWrite}'] }, { status: 201 }),
      get('role-resource-scopes-after-add', `${ROLES}/{role}/resource-scopes`, { status: 200, length: { '': 2 }, holds: [has('{apiRead}'), has('{apiWrite}')], headers: { 'total-number': '2' } }, { query: page(1, 20) }),
      get('role-resource-scopes-page-2', `${ROLES}/{role}/resource-scopes`, { status: 200, length: { '': 1 }, headers: { 'total-number': '2' } }, { query: page(2, 1) }),
      del('remove-scope', `${ROLES}/{role}/scopes/{read}`, { status: 204 }),
      get('role-scopes-after-remove', `${ROLES}/{role}/scopes`, { status: 200, length: { '': 1 }, holds: [has('{write}')], lacks: [has('{read}')] }),
      del('remove-resource-scope', `${ROLES}/{role}/resource-scopes/{apiRead}`, { status: 204 }),
      get('role-resource-scopes-after-remove', `${ROLES}/{role}/resource-scopes`, { status: 200, length: { '': 1 }, holds: [has('{apiWrite}')], lacks: [has('{apiRead}')] }),
      get('roles-list-after-remove', ROLES, {
        status: 200,
        holds: [{ where: { '/id': '{role}', '/scopes': [WRITE], '/resourceScopes': [API_WRITE] } }],
      }, { query: page(1, 20, { q: '{run:orole-rel}-role' }) }),
      put('replace-scopes', `${ROLES}/{role}/scopes`, { organizationScopeIds: ['{read}'] }, { status: 204 }),
      get('role-scopes-after-replace', `${ROLES}/{role}/scopes`, { status: 200, length: { '': 1 }, holds: [has('{read}')], lacks: [has('{write}')] }),
      put('replace-resource-scopes', `${ROLES}/{role}/resource-scopes`, { scopeIds: [] }, { status: 204 }),
      get('role-resource-scopes-after-replace', `${ROLES}/{role}/resource-scopes`, { status: 200, length: { '': 0 } }),
      get('roles-list-after-replace', ROLES, { status: 200, holds: [{ where: { '/id': '{role}', '/scopes': [READ], '/resourceScopes': [] } }] }, { query: page(1, 20, { q: '{run:orole-rel}-role' }) }),
      put('replace-resource-scopes-again', `${ROLES}/{role}/resource-scopes`, { scopeIds: ['{apiRead}'] }, { status: 204 }),
      del('delete-organization-scope', '/api/organization-scopes/{read}', { status: 204 }),
      get('role-scopes-after-scope-deleted', `${ROLES}/{role}/scopes`, { status: 200, length: { '': 0 } }),
      del('delete-resource', '/api/resources/{api}', { status: 204 }),
      get('role-resource-scopes-after-resource-deleted', `${ROLES}/{role}/resource-scopes`, { status: 200, length: { '': 0 } }),
      get('roles-list-after-deletes', ROLES, { status: 200, holds: [{ where: { '/id': '{role}', '/scopes': [], '/resourceScopes': [] } }] }, { query: page(1, 20, { q: '{run:orole-rel}-role' }) }),
    ],
  },
];
