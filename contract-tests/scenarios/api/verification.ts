import type { ScenarioSpec } from '../step-spec.js';
import { create, post } from './steps.js';

/**
 * The small tags around a user's verification: subject tokens (token exchange), sentinel
 * activities (lockout records) and verification codes (passwordless codes outside a sign-in).
 */
export const VERIFICATION_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'subject-tokens',
    tag: 'Subject tokens',
    covers: [
      'CreateSubjectToken 201 {subjectToken, expiresIn: 600} for a user, with or without a context',
      'CreateSubjectToken for a user that does not exist: 404',
    ],
    steps: [
      create('user', 'user', { name: '{run:subject-token}' }),
      // The token itself is a credential: only its presence is checked (the trace masks it).
      post('create', '/api/subject-tokens', { userId: '{user}' }, { status: 201, values: { '/expiresIn': 600 } }),
      post('create-with-context', '/api/subject-tokens', { userId: '{user}', context: { purpose: 'ct-impersonation' } }, { status: 201, values: { '/expiresIn': 600 } }),
      post('create-for-missing-user', '/api/subject-tokens', { userId: '{missing}' }, { status: 404 }),
    ],
  },
  {
    name: 'sentinel-activities',
    tag: 'Sentinel activities',
    covers: [
      "DeleteSentinelActivities 204 for a user's identifiers and for an app target: targets are hashed, unknown ones delete nothing",
      'An unknown target type: 400',
    ],
    steps: [
      create('user', 'user', { name: '{run:sentinel}', body: { username: '{run_:sentinel}' } }),
      post('delete-user-activities', '/api/sentinel-activities/delete', { targetType: 'User', targets: ['{run:sentinel}@example.com', '{run_:sentinel}'] }, { status: 204 }),
      post('delete-app-activities', '/api/sentinel-activities/delete', { targetType: 'App', targets: ['{run:sentinel}-app'] }, { status: 204 }),
      post('delete-nothing', '/api/sentinel-activities/delete', { targetType: 'User', targets: [] }, { status: 204 }),
      post('unknown-target-type', '/api/sentinel-activities/delete', { targetType: 'Nobody', targets: ['{run:sentinel}@example.com'] }, { status: 400 }, { invalid: true }),
    ],
  },
  {
    name: 'verification-codes-without-connector',
    tag: 'Verification codes',
    needsEmailConnector: 'absent',
    covers: [
      'CreateVerificationCode without an e-mail (or SMS) connector: 501 connector.not_found, nothing sent',
      'VerifyVerificationCode with a code nobody received: 400',
    ],
    steps: [
      post('request-email-code', '/api/verification-codes', { email: '{run:codes}@example.com' }, { status: 501, values: { '/code': 'connector.not_found' } }),
      post('verify-wrong-code', '/api/verification-codes/verify', { email: '{run:codes}@example.com', verificationCode: '000000' }, { status: 400 }),
    ],
  },
];
