import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths.js';
import { parseYamlText } from './parse-yaml.js';

/** What `yaml` alone makes of the text (the reference the fast path must equal), or its first error. */
function reference(text: string): { value?: unknown; error?: string } {
  const document = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true });
  if (document.errors[0]) return { error: document.errors[0].message };
  try {
    return { value: document.toJS({ maxAliasCount: 10_000 }) };
  } catch (error) {
    return { error: String(error) };
  }
}

const yamlFiles = execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);

describe('parseYamlText: the fast path and the positioned parser agree', () => {
  it('finds YAML files to compare', () => {
    expect(yamlFiles.length).toBeGreaterThan(20);
  });

  it.each(yamlFiles)('%s', (file) => {
    const text = readFileSync(`${REPO_ROOT}/${file}`, 'utf8');
    const expected = reference(text);
    if (expected.error !== undefined) {
      expect(() => parseYamlText(text, file)).toThrow(/invalid YAML/);
      return;
    }
    expect(parseYamlText(text, file).value).toStrictEqual(expected.value);
  });

  it('refuses a duplicate key with its line and column, as the positioned parser words it', () => {
    expect(() => parseYamlText('openapi: 3.0.1\npaths: {}\npaths: {}\n', 'dup.yaml')).toThrow(/^dup\.yaml:3:1: invalid YAML: .*; fix the YAML syntax$/);
  });

  it('keeps scalars the YAML 1.2 core schema way: a date stays a string, `<<` stays a key', () => {
    const { value } = parseYamlText('when: 2024-01-02\nbase: {a: 1}\nmerged: {<<: 1, b: on}\n', 'types.yaml');
    expect(value).toStrictEqual({ when: '2024-01-02', base: { a: 1 }, merged: { '<<': 1, b: 'on' } });
  });

  it('still counts aliases: a document with anchors goes through the alias limit', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    expect(() => parseYamlText(levels.join('\n'), 'laughs.yaml')).toThrow(/laughs\.yaml: invalid YAML: .*alias/i);
  });

  it('finds positions on the fast path too (parsed on first lookup)', () => {
    const { locate } = parseYamlText('openapi: 3.0.1\npaths:\n  /a:\n    get: {}\n', 'pos.yaml');
    expect(locate(['paths', '/a', 'get'])).toEqual({ line: 4, column: 10 });
  });
});
