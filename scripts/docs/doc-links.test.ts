import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../common/paths.js';

/**
 * Every relative link of README.md and docs/*.md leads somewhere: the file exists and, when the
 * link names a heading (`#the-live-suite`), the heading is in it, with GitHub's anchor rules.
 */
const DOCUMENTS = ['README.md', ...readdirSync(path.join(REPO_ROOT, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`)];

/** GitHub's anchor of a heading: lowercase, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6} (.*)$/.exec(line);
    if (heading) anchors.add(anchorOf(heading[1] as string));
  }
  return anchors;
}

function linksIn(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string).filter((target) => !/^[a-z]+:/i.test(target));
}

describe('the documents\' links', () => {
  it('GitHub anchors: lowercase, punctuation dropped, spaces to hyphens', () => {
    expect(anchorOf('The live suite (`npm run contract:live`)')).toBe('the-live-suite-npm-run-contractlive');
    expect(anchorOf('When Logto\'s spec changes')).toBe('when-logtos-spec-changes');
    expect(anchorOf('A contract gate, not a tripwire')).toBe('a-contract-gate-not-a-tripwire');
  });

  for (const document of DOCUMENTS) {
    it(`${document}: every relative link leads to a file, and to a heading in it when it names one`, () => {
      const text = readFileSync(path.join(REPO_ROOT, document), 'utf8');
      const broken: string[] = [];
      for (const link of linksIn(text)) {
        const [target = '', anchor] = link.split('#');
        const file = target === '' ? path.join(REPO_ROOT, document) : path.resolve(path.dirname(path.join(REPO_ROOT, document)), target);
        if (!existsSync(file)) broken.push(`${link}: no such file`);
        else if (anchor && file.endsWith('.md') && !anchorsIn(readFileSync(file, 'utf8')).has(anchor)) broken.push(`${link}: no heading with that anchor`);
      }
      expect(broken).toEqual([]);
    });
  }
});
