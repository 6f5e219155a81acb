import type { ScenarioSpec } from '../step-spec.js';
import { ACCOUNT_CENTER_SCENARIOS } from './account-center.js';
import { CAPTCHA_PROVIDER_SCENARIOS } from './captcha-provider.js';
import { CONFIG_SCENARIOS } from './configs.js';
import { CONNECTOR_SCENARIOS } from './connectors.js';
import { CUSTOM_PHRASE_SCENARIOS } from './custom-phrases.js';
import { CUSTOM_PROFILE_FIELD_SCENARIOS } from './custom-profile-fields.js';
import { EMAIL_TEMPLATE_SCENARIOS } from './email-templates.js';
import { ORGANIZATION_SCENARIOS } from './organizations.js';
import { SELF_HOSTED_LIMIT_SCENARIOS } from './self-hosted-limits.js';
import { SIGN_IN_EXPERIENCE_SCENARIOS } from './sign-in-experience.js';
import { SSO_CONNECTOR_SCENARIOS } from './sso-connectors.js';
import { WELL_KNOWN_SCENARIOS } from './well-known.js';

/**
 * The whole-API scenario set: resource lifecycles and relations for every tag a self-hosted
 * Logto serves, each step with the values that matter. The live suite runs it against every
 * target (the operations a target does not serve are skipped by scenario, with the reason), the
 * recorder writes it into the committed traces, and CI checks those traces offline.
 */
export const WHOLE_API_SCENARIOS: readonly ScenarioSpec[] = [
  ...ORGANIZATION_SCENARIOS,
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
