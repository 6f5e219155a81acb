import type { ScenarioSpec } from '../step-spec.js';
import { APPLICATION_SCENARIOS } from './applications.js';
import { ORGANIZATION_SCENARIOS } from './organizations.js';
import { ROLE_SCENARIOS } from './roles.js';
import { USER_SCENARIOS } from './users.js';
import { VERIFICATION_SCENARIOS } from './verification.js';
import { SAML_APPLICATION_SCENARIOS } from './saml-applications.js';
import { SECRET_SCENARIOS } from './secrets.js';

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
];
