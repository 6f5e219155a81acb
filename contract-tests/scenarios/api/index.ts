import type { ScenarioSpec } from '../step-spec.js';
import { APPLICATION_SCENARIOS } from './applications.js';
import { AUDIT_LOG_SCENARIOS } from './audit-logs.js';
import { DASHBOARD_SCENARIOS } from './dashboard.js';
import { HOOK_SCENARIOS } from './hooks.js';
import { ONE_TIME_TOKEN_SCENARIOS } from './one-time-tokens.js';
import { ORGANIZATION_INVITATION_SCENARIOS } from './organization-invitations.js';
import { ORGANIZATION_ROLE_SCENARIOS } from './organization-roles.js';
import { ORGANIZATION_SCOPE_SCENARIOS } from './organization-scopes.js';
import { ORGANIZATION_SCENARIOS } from './organizations.js';
import { RESOURCE_SCENARIOS } from './resources.js';
import { ROLE_SCENARIOS } from './roles.js';
import { SAML_APPLICATION_SCENARIOS } from './saml-applications.js';
import { SECRET_SCENARIOS } from './secrets.js';
import { USER_SCENARIOS } from './users.js';
import { VERIFICATION_SCENARIOS } from './verification.js';

/**
 * The whole-API scenario set: resource lifecycles and relations for every tag a self-hosted
 * Logto serves, each step with the values that matter. The live suite runs it against every
 * target (the operations a target does not serve are skipped by scenario, with the reason), the
 * recorder writes it into the committed traces, and CI checks those traces offline.
 */
export const WHOLE_API_SCENARIOS: readonly ScenarioSpec[] = [
  ...ORGANIZATION_SCENARIOS,
  ...USER_SCENARIOS,
  ...ROLE_SCENARIOS,
  ...VERIFICATION_SCENARIOS,
  ...APPLICATION_SCENARIOS,
  ...SAML_APPLICATION_SCENARIOS,
  ...SECRET_SCENARIOS,
  ...RESOURCE_SCENARIOS,
  ...ORGANIZATION_ROLE_SCENARIOS,
  ...ORGANIZATION_SCOPE_SCENARIOS,
  ...ORGANIZATION_INVITATION_SCENARIOS,
  ...ONE_TIME_TOKEN_SCENARIOS,
  ...HOOK_SCENARIOS,
  ...AUDIT_LOG_SCENARIOS,
  ...DASHBOARD_SCENARIOS,
];
