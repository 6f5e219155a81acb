import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../common/paths.js';
import { bundleConsumer, fullClientConsumer, SMALL_FORM_MAX_BYTES, smallFormConsumer, type Bundle } from './bundle-size.js';

// The consumers import the source entry points (esbuild reads the TypeScript); the bench measures the built package.
describe('a program calling one operation pays for what it calls', () => {
  let small: Bundle;

  beforeAll(async () => {
    small = await bundleConsumer(smallFormConsumer('./src/operations.ts'), REPO_ROOT);
  });

  it(`bundles the small form calling getUser, our runtime included, to at most ${SMALL_FORM_MAX_BYTES / 1000} KB minified`, () => {
    expect(small.bytes).toBeLessThanOrEqual(SMALL_FORM_MAX_BYTES);
  });

  it('keeps the runtime in that bundle: the bound is not met by leaving features out', () => {
    // Client credentials, the timeout error, retries on 503, the typed API error, redaction.
    for (const feature of ['client_credentials', 'did not complete within', '[408,429,502,503,504]', 'LogtoApiError', '[REDACTED]']) {
      expect(small.text, feature).toContain(feature);
    }
    // One operation, not the API: another operation's path is not in it.
    expect(small.text).toContain('/api/users/{userId}');
    expect(small.text).not.toContain('/api/organization-invitations');
  });

  it('leaves the full client as it is: every API class, several times the small form', async () => {
    const full = await bundleConsumer(fullClientConsumer('./src/index.ts'), REPO_ROOT);
    expect(full.text).toContain('/api/organization-invitations');
    expect(full.bytes).toBeGreaterThan(4 * small.bytes);
  });
});
