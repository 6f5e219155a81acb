import type { ScenarioSpec } from '../step-spec.js';
import { create, del, get, page, patch, post } from './steps.js';

const HOOKS = '/api/hooks';
const has = (id: string) => ({ where: { '/id': id } });
const NO_EXECUTIONS = { requestCount: 0, successCount: 0 };

// Every hook is created and kept disabled (the resource model's body says `enabled: false`): an
// enabled hook would fire on the matching changes of every concurrent test. The hook list cannot
// filter, so it is checked with holds/lacks, never with totals.
export const HOOK_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'hooks-lifecycle',
    tag: 'Hooks',
    covers: [
      'CreateHook 201 disabled, with its events and config; GetHook returns it (with execution stats on request)',
      'ListHooks (whole list, paged, with execution stats) holds what was created',
      'UpdateHook replaces events and config and keeps the hook disabled; GetHook shows it',
      'UpdateHookSigningKey 200; ListHookRecentLogs of a hook that never ran: [] and Total-Number 0',
      'CreateHookTest needs an endpoint that answers 2xx: to a closed local port it is 422 hook.send_test_payload_failed',
      'DeleteHook 204, then GetHook 404 and the list no longer holds it',
    ],
    steps: [
      create('hook', 'first', { name: '{run:hook-lc}-1', values: { '/enabled': false, '/events': ['User.Created'], '/config': { url: 'https://example.com/ct-hook', headers: { 'x-ct': '1' } } } }),
      create('hook', 'second', { name: '{run:hook-lc}-2', body: { events: ['Organization.Created', 'Organization.Deleted'] }, values: { '/enabled': false, '/events': ['Organization.Created', 'Organization.Deleted'] } }),
      get('get', `${HOOKS}/{first}`, {
        status: 200,
        values: { '/id': '{first}', '/name': '{run:hook-lc}-1', '/enabled': false, '/events': ['User.Created'], '/config': { url: 'https://example.com/ct-hook', headers: { 'x-ct': '1' } } },
      }),
      get('get-with-stats', `${HOOKS}/{first}`, { status: 200, values: { '/id': '{first}', '/executionStats': NO_EXECUTIONS } }, { query: { includeExecutionStats: 'true' } }),
      get('list-all', HOOKS, { status: 200, holds: [{ where: { '/id': '{first}', '/name': '{run:hook-lc}-1', '/enabled': false } }, has('{second}')] }),
      get('list-page-2', HOOKS, { status: 200, length: { '': 1 } }, { query: page(2, 1) }),
      get('list-with-stats', HOOKS, { status: 200, holds: [{ where: { '/id': '{first}', '/executionStats': NO_EXECUTIONS } }] }, { query: { includeExecutionStats: 'true' } }),
      patch('update', `${HOOKS}/{first}`, {
        name: '{run:hook-lc}-1-renamed',
        events: ['User.Created', 'User.Deleted'],
        config: { url: 'https://example.com/ct-hook-2', headers: { 'x-ct': '2' } },
        enabled: false,
      }, {
        status: 200,
        values: { '/id': '{first}', '/name': '{run:hook-lc}-1-renamed', '/events': ['User.Created', 'User.Deleted'], '/config': { url: 'https://example.com/ct-hook-2', headers: { 'x-ct': '2' } }, '/enabled': false },
      }),
      get('get-after-update', `${HOOKS}/{first}`, {
        status: 200,
        values: { '/name': '{run:hook-lc}-1-renamed', '/events': ['User.Created', 'User.Deleted'], '/config': { url: 'https://example.com/ct-hook-2', headers: { 'x-ct': '2' } }, '/enabled': false },
      }),
      patch('rotate-signing-key', `${HOOKS}/{first}/signing-key`, undefined, { status: 200, values: { '/id': '{first}', '/name': '{run:hook-lc}-1-renamed', '/enabled': false } }),
      get('recent-logs', `${HOOKS}/{first}/recent-logs`, { status: 200, length: { '': 0 }, headers: { 'total-number': '0' } }, { query: page(1, 20) }),
      // Port 9 (discard) is closed wherever Logto runs, so the test payload cannot be delivered.
      post('test-unreachable-endpoint', `${HOOKS}/{first}/test`, { events: ['User.Created'], config: { url: 'http://127.0.0.1:9/ct-hook' } }, { status: 422, values: { '/code': 'hook.send_test_payload_failed' } }),
      del('delete', `${HOOKS}/{second}`, { status: 204 }),
      get('get-deleted', `${HOOKS}/{second}`, { status: 404 }),
      get('list-after-delete', HOOKS, { status: 200, holds: [has('{first}')], lacks: [has('{second}')] }),
      del('delete-again', `${HOOKS}/{second}`, { status: 404 }),
    ],
  },
];
