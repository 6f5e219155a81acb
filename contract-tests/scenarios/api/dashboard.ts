import type { ScenarioSpec } from '../step-spec.js';
import { create, get } from './steps.js';

// Tenant-wide counters: on a shared tenant their values move with every other run, so the steps
// check what does not (the shape, which the live session checks against the spec, and the
// 30-day curve), after creating a user so the counters have something of the run's own.
export const DASHBOARD_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'dashboard-counters',
    tag: 'Dashboard',
    covers: [
      'GetTotalUserCount, GetNewUserCounts 200 with their counters',
      'GetActiveUserCounts 200: a 30-day DAU curve, today or for a given date',
    ],
    steps: [
      create('user', 'user', { name: '{run:dashboard}' }),
      get('total-users', '/api/dashboard/users/total', { status: 200 }),
      get('new-users', '/api/dashboard/users/new', { status: 200 }),
      get('active-users', '/api/dashboard/users/active', { status: 200, length: { '/dauCurve': 30 } }),
      get('active-users-on-a-date', '/api/dashboard/users/active', { status: 200, length: { '/dauCurve': 30 } }, { query: { date: '2024-02-29' } }),
    ],
  },
];
