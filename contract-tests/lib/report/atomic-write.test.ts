import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ct-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces a file by renaming a complete new one over it (a new inode), leaving no temporary file', () => {
    const file = path.join(dir, 'junit.xml');
    writeFileSync(file, 'old green report');
    const before = statSync(file).ino;
    writeFileAtomic(file, '<testsuites/>');
    expect(readFileSync(file, 'utf8')).toBe('<testsuites/>');
    expect(statSync(file).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['junit.xml']);
  });

  it('creates missing folders; a failed write leaves the old file and no temporary one', () => {
    writeFileAtomic(path.join(dir, 'a', 'b', 'coverage.md'), 'x');
    expect(readFileSync(path.join(dir, 'a', 'b', 'coverage.md'), 'utf8')).toBe('x');
    // A directory in the way makes the rename fail.
    expect(() => writeFileAtomic(path.join(dir, 'a'), 'y')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a', 'junit.xml']);
  });
});
