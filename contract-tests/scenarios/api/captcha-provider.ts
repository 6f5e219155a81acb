import type { ScenarioSpec } from '../step-spec.js';
import { del, get, patch, put } from './steps.js';

const CAPTCHA = '/api/captcha-provider';
const TURNSTILE = { type: 'Turnstile', siteKey: 'ct-site-key', secretKey: 'ct-secret-key' };
const RECAPTCHA = { type: 'RecaptchaEnterprise', siteKey: 'ct-site-key-2', secretKey: 'ct-secret-key-2', projectId: 'ct-project', domain: 'recaptcha.net', mode: 'checkbox' };

export const CAPTCHA_PROVIDER_SCENARIOS: ScenarioSpec[] = [
  {
    // The tenant has one captcha provider or none. The scenario runs only where there is none (its
    // first step is a precondition) and leaves none; DeleteCaptchaProvider also writes the sign-in experience's
    // captchaPolicy, which the scenario puts back as it was.
    name: 'captcha-provider-lifecycle',
    tag: 'Captcha provider',
    changesSettings: true,
    covers: [
      'UpdateCaptchaProvider answers 200 on create and on replace (same id), with the config as sent; storing keys calls no provider',
      'GetCaptchaProvider returns it; 404 when there is none',
      'DeleteCaptchaProvider 204, also when there is nothing to delete, and turns the sign-in experience captcha policy off',
    ],
    steps: [
      get('get-before', CAPTCHA, { status: 404 }, { precondition: true }),
      get('sign-in-experience-before', '/api/sign-in-exp', { status: 200 }, { keep: { captchaPolicy: '/captchaPolicy' } }),
      put('create', CAPTCHA, { config: TURNSTILE }, { status: 200, values: { '/config': TURNSTILE } }, { save: { captcha: '/id' } }),
      get('get', CAPTCHA, { status: 200, values: { '/id': '{captcha}', '/config': TURNSTILE } }),
      put('replace', CAPTCHA, { config: RECAPTCHA }, { status: 200, values: { '/id': '{captcha}', '/config': RECAPTCHA } }),
      get('get-after-replace', CAPTCHA, { status: 200, values: { '/id': '{captcha}', '/config': RECAPTCHA } }),
      del('delete', CAPTCHA, { status: 204 }),
      get('get-deleted', CAPTCHA, { status: 404 }),
      get('sign-in-experience-after-delete', '/api/sign-in-exp', { status: 200, values: { '/captchaPolicy': { enabled: false } } }),
      del('delete-again', CAPTCHA, { status: 204 }),
      patch('restore-captcha-policy', '/api/sign-in-exp', { captchaPolicy: '{json:captchaPolicy}' }, { status: 200, values: { '/captchaPolicy': '{json:captchaPolicy}' } }),
      get('sign-in-experience-restored', '/api/sign-in-exp', { status: 200, values: { '/captchaPolicy': '{json:captchaPolicy}' } }),
    ],
  },
];
