import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embed } from './known-differences.js';
import { REPO_ROOT } from '../../common/paths.js';

describe('known-differences embedding', () => {
  it('replaces only what is between the markers, and is idempotent', async () => {
    const document = await readFile(path.join(REPO_ROOT, 'openapi', 'KNOWN-DIFFERENCES.md'), 'utf8');
    const once = embed(document, 'BLOCK ONE');
    expect(once).toContain('\nBLOCK ONE\n<!-- comparison:end -->');
    expect(once.split('## Where Logto')[0]).toBe(document.split('## Where Logto')[0]);
    expect(embed(embed(once, 'BLOCK TWO'), 'BLOCK ONE')).toBe(once);
  });

  it('refuses a document without markers', () => {
    expect(() => embed('# no markers', 'x')).toThrow(/lacks the comparison markers/);
  });
});
