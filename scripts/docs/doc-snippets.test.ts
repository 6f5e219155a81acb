import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../common/paths.js';
import { checkSnippets, extractSnippets, packageEntryPoints, snippetModule } from './doc-snippets.js';

/** README.md and every Markdown file of docs/: the documents a user reads. */
function documents(): Array<{ file: string; text: string }> {
  const docs = readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join('docs', name));
  return ['README.md', ...docs].map((file) => ({ file, text: readFileSync(path.join(REPO_ROOT, file), 'utf8') }));
}

describe('the documents\' TypeScript snippets', () => {
  const snippets = documents().flatMap(({ file, text }) => extractSnippets(text, file));

  it('are read from the Markdown itself: the README has the full client, the small form and the errors', () => {
    const readme = snippets.filter((s) => s.file === 'README.md').map((s) => s.code).join('\n');
    expect(readme).toContain('createLogtoClient(');
    expect(readme).toContain("from 'logto-management-contract/operations'");
    expect(readme).toContain('instanceof LogtoApiError');
    expect(snippets.length).toBeGreaterThanOrEqual(10);
  });

  it('all compile against the package\'s public entry points (strict), each at its own line', { timeout: 120_000 }, () => {
    expect(checkSnippets(snippets, REPO_ROOT)).toEqual([]);
  });

  it('a snippet that no longer fits the library fails, named by document and line', { timeout: 120_000 }, () => {
    const markdown = ['# Doc', '', 'Text.', '', '```ts', "import { createLogtoClient } from 'logto-management-contract';", '', 'await logto.users.getUserr("id");', '```', ''].join('\n');
    const problems = checkSnippets(extractSnippets(markdown, 'docs/broken.md'), REPO_ROOT);
    expect(problems).toEqual([expect.stringMatching(/^docs\/broken\.md:8: TS2551: Property 'getUserr' does not exist on type 'UsersApi'/)]);
  });
});

describe('snippet extraction', () => {
  it('takes ts and typescript blocks, indented ones too, and leaves the others', () => {
    const markdown = ['```sh', 'npm ci', '```', '1. Step:', '', '   ```ts', '   const a: number = 1;', '   ```', '```typescript', 'const b = 2;', '```', '```text', 'x', '```'].join('\n');
    expect(extractSnippets(markdown, 'x.md')).toEqual([
      { file: 'x.md', line: 7, code: 'const a: number = 1;' },
      { file: 'x.md', line: 10, code: 'const b = 2;' },
    ]);
  });

  it('declares the context a snippet uses unless it declares the name itself', () => {
    const own = snippetModule({ file: 'x.md', line: 1, code: "import { createLogtoClient } from 'logto-management-contract';\nconst logto = createLogtoClient({ endpoint: 'http://x', getToken: async () => 't' });" });
    expect(own.text).not.toContain('declare const logto');
    expect(own.text).toContain('declare const core');
    const borrowed = snippetModule({ file: 'x.md', line: 1, code: "await logto.users.getUser('id');" });
    expect(borrowed.text).toContain("declare const logto: import('logto-management-contract').LogtoClient;");
  });

  it('maps each package.json export built from src/ to its source file', () => {
    expect(packageEntryPoints(REPO_ROOT)).toEqual({
      'logto-management-contract': path.join(REPO_ROOT, 'src', 'index.ts'),
      'logto-management-contract/operations': path.join(REPO_ROOT, 'src', 'operations.ts'),
    });
  });
});
