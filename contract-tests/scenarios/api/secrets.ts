import type { ScenarioSpec } from '../step-spec.js';
import { del } from './steps.js';

/**
 * `DELETE /api/secrets/{id}` removes a token set Logto stored for a social or enterprise SSO
 * identity (when token storage is on). Only a sign-in through such an identity provider writes
 * one; no Management API operation does, so a self-hosted tenant without one has nothing to
 * delete: what can be checked is the answer for an id that does not exist.
 */
export const SECRET_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'secrets-delete-unknown',
    tag: 'Secrets',
    covers: ['DeleteSecret of an id no secret has: 404 entity.not_found (a 2xx needs a token set stored by a social or SSO sign-in)'],
    steps: [del('delete-unknown', '/api/secrets/{missing}', { status: 404, values: { '/code': 'entity.not_found' } })],
  },
];
