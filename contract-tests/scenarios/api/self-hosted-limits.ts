import type { ScenarioSpec } from '../step-spec.js';
import { del, get, post, put } from './steps.js';

/**
 * Tags whose writes need what only Logto Cloud has (a hostname provider for custom domains, the
 * protected-app provider, object storage): a self-hosted Logto answers the reads, and refuses the
 * writes with the error that names what is missing.
 */
export const SELF_HOSTED_LIMIT_SCENARIOS: ScenarioSpec[] = [
  {
    name: 'domains-without-hostname-provider',
    tag: 'Domains',
    covers: [
      'ListDomains answers 200 (empty: no domain can be added)',
      'CreateDomain, CleanupDomains and DeleteDomain need a hostname provider: 400 domain.not_configured',
      'GetDomain, ListDomainVerificationFiles, ReplaceDomainVerificationFiles of a domain that cannot exist: 404',
    ],
    steps: [
      get('list', '/api/domains', { status: 200, length: { '': 0 } }),
      post('create', '/api/domains', { domain: '{run:domain}.example.com' }, { status: 400, values: { '/code': 'domain.not_configured' } }),
      post('cleanup', '/api/domains/cleanup', { staleDays: 30 }, { status: 400, values: { '/code': 'domain.not_configured' } }),
      get('get-missing', '/api/domains/{missing}', { status: 404 }),
      del('delete-missing', '/api/domains/{missing}', { status: 400, values: { '/code': 'domain.not_configured' } }),
      get('verification-files-missing', '/api/domains/{missing}/verification-files', { status: 404 }),
      put('replace-verification-files-missing', '/api/domains/{missing}/verification-files', { verificationFiles: [] }, { status: 404 }, { invalid: true }),
    ],
  },
  {
    name: 'systems-application-config',
    tag: 'Systems',
    covers: ['GetSystemApplicationConfig: the protected-app provider is Cloud only, so a self-hosted Logto answers 501 application.protected_app_not_configured'],
    steps: [get('application-config', '/api/systems/application', { status: 501, values: { '/code': 'application.protected_app_not_configured' } })],
  },
  {
    name: 'user-assets-service-status',
    tag: 'User assets',
    covers: ['GetUserAssetServiceStatus answers 200 {status, isExperienceAvatarUploadEnabled} (status not_configured without object storage)'],
    steps: [get('service-status', '/api/user-assets/service-status', { status: 200, types: { '/status': 'string', '/isExperienceAvatarUploadEnabled': 'boolean' } })],
  },
];
