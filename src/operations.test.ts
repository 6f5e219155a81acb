import { describe, expect, it } from 'vitest';
import * as generated from './generated/operations.js';
import * as root from './index.js';
import * as entry from './operations.js';

describe('the small form entry point (logto-management-contract/operations)', () => {
  it('exports every generated operation function, none shadowed by a name of its own', () => {
    const functions = Object.keys(generated);
    expect(functions.length).toBeGreaterThanOrEqual(284);
    for (const name of functions) expect(entry, name).toHaveProperty(name, generated[name as keyof typeof generated]);
  });

  it('exports createLogtoCore, DEFAULTS and the very error classes of the full client, so instanceof holds across both', () => {
    expect(entry.createLogtoCore).toBeTypeOf('function');
    for (const name of ['DEFAULTS', 'LogtoApiError', 'LogtoClientError', 'LogtoConfigError', 'LogtoNetworkError', 'LogtoTimeoutError', 'LogtoTokenError'] as const) {
      expect(entry[name], name).toBe(root[name]);
    }
  });

  it('holds no API class: the classes are the full client', () => {
    expect(Object.keys(entry).filter((name) => name.endsWith('Api') || name === 'createApis' || name === 'createLogtoClient')).toEqual([]);
  });
});
