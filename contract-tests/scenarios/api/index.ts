import type { ScenarioSpec } from '../step-spec.js';
import { ACCOUNT_CENTER_SCENARIOS } from './account-center.js';
import { APPLICATION_SCENARIOS } from './applications.js';
import { AUDIT_LOG_SCENARIOS } from './audit-logs.js';
import { CAPTCHA_PROVIDER_SCENARIOS } from './captcha-provider.js';
import { CONFIG_SCENARIOS } from './configs.js';
import { CONNECTOR_SCENARIOS } from './connectors.js';
import { CUSTOM_PHRASE_SCENARIOS } from './custom-phrases.js';
import { CUSTOM_PROFILE_FIELD_SCENARIOS } from './custom-profile-fields.js';
import { DASHBOARD_SCENARIOS } from './dashboard.js';
import { EMAIL_TEMPLATE_SCENARIOS } from './email-templates.js';
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
import { SELF_HOSTED_LIMIT_SCENARIOS } from './self-hosted-limits.js';
import { SIGN_IN_EXPERIENCE_SCENARIOS } from './sign-in-experience.js';
import { SSO_CONNECTOR_SCENARIOS } from './sso-connectors.js';
import { USER_SCENARIOS } from './users.js';
import { VERIFICATION_SCENARIOS } from './verification.js';
import { WELL_KNOWN_SCENARIOS } from './well-known.js';

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
  ...CONNECTOR_SCENARIOS,
  ...SSO_CONNECTOR_SCENARIOS,
  ...CUSTOM_PROFILE_FIELD_SCENARIOS,
  ...EMAIL_TEMPLATE_SCENARIOS,
  ...CUSTOM_PHRASE_SCENARIOS,
  ...CAPTCHA_PROVIDER_SCENARIOS,
  ...CONFIG_SCENARIOS,
  ...ACCOUNT_CENTER_SCENARIOS,
  ...SIGN_IN_EXPERIENCE_SCENARIOS,
  ...WELL_KNOWN_SCENARIOS,
  ...SELF_HOSTED_LIMIT_SCENARIOS,
];
