import { describe, expect, it } from 'vitest';
import { publicRequestMatcher, publicRouteMatcher, type OperationRoute } from './public-requests.js';

const endpoint = 'http://127.0.0.1:3001/base';
const routes: OperationRoute[] = [
  { method: 'GET', path: '/api/status', requiresToken: false },
  { method: 'GET', path: '/api/things/{id}', requiresToken: false },
  { method: 'GET', path: '/api/things/me', requiresToken: true },
  { method: 'DELETE', path: '/api/things/{id}', requiresToken: true },
  { method: 'GET', path: '/api/users/{userId}', requiresToken: true },
];
const isPublic = publicRequestMatcher(endpoint, routes);
const request = (method: string, url: string): Request => new Request(url, { method });

describe('publicRequestMatcher', () => {
  it('matches a concrete public path, with or without a query', () => {
    expect(isPublic(request('GET', `${endpoint}/api/status`))).toBe(true);
    expect(isPublic(request('GET', `${endpoint}/api/status?verbose=1`))).toBe(true);
  });

  it('matches a templated public path only for its method', () => {
    expect(isPublic(request('GET', `${endpoint}/api/things/t%201`))).toBe(true);
    expect(isPublic(request('DELETE', `${endpoint}/api/things/t1`))).toBe(false);
    expect(isPublic(request('GET', `${endpoint}/api/things/t1/more`))).toBe(false);
  });

  it('lets a concrete token-requiring path win over a public template', () => {
    expect(isPublic(request('GET', `${endpoint}/api/things/me`))).toBe(false);
  });

  it('treats every other operation as needing a token', () => {
    expect(isPublic(request('GET', `${endpoint}/api/users/u1`))).toBe(false);
    expect(isPublic(request('POST', `${endpoint}/api/status`))).toBe(false);
    expect(publicRequestMatcher(endpoint, [])(request('GET', `${endpoint}/api/status`))).toBe(false);
  });

  it('falls back to the URL path for a per-call baseUrl other than the endpoint', () => {
    expect(isPublic(request('GET', 'http://other.example/api/status'))).toBe(true);
    expect(isPublic(request('GET', 'http://127.0.0.1:30011/api/status'))).toBe(true);
  });
});

describe('publicRouteMatcher', () => {
  const isPublicRoute = publicRouteMatcher(routes);

  it('answers by the exact method and path template a direct call carries', () => {
    expect(isPublicRoute('GET', '/api/status')).toBe(true);
    expect(isPublicRoute('GET', '/api/things/{id}')).toBe(true);
    // The template is exact: a concrete token-requiring path needs no rule to win.
    expect(isPublicRoute('GET', '/api/things/me')).toBe(false);
    expect(isPublicRoute('DELETE', '/api/things/{id}')).toBe(false);
    expect(isPublicRoute('POST', '/api/status')).toBe(false);
  });

  it('treats a call without a template as needing a token', () => {
    expect(isPublicRoute('GET', undefined)).toBe(false);
    expect(publicRouteMatcher([])('GET', '/api/status')).toBe(false);
  });
});
