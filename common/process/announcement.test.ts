import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { announceOutcome, awaitAnnouncement, writeAnnouncement } from './announcement.js';

const dir = mkdtempSync(path.join(tmpdir(), 'announcement-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('announcement files', () => {
  it('hands the waiting side the value once the launcher writes it, leaving no partial file', async () => {
    const file = path.join(dir, 'value.json');
    const waiting = awaitAnnouncement<{ port: number }>(file, 60_000, () => 'never announced');
    setImmediate(() => writeAnnouncement(file, { ok: true, value: { port: 4010 } }));
    await expect(waiting).resolves.toEqual({ port: 4010 });
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it("throws the launcher's error instead of waiting out the ceiling", async () => {
    const file = path.join(dir, 'error.json');
    writeAnnouncement(file, { ok: false, error: 'Prism exited (code 1) before listening' });
    await expect(awaitAnnouncement(file, 60_000, () => 'never announced')).rejects.toThrow('Prism exited (code 1) before listening');
  });

  it('says what is missing once the ceiling passes with no file', async () => {
    const file = path.join(dir, 'missing.json');
    await expect(awaitAnnouncement(file, 0, () => `nothing announced in ${file}`)).rejects.toThrow(`nothing announced in ${file}`);
    expect(existsSync(file)).toBe(false);
  });

  it("announces what a launcher's promise settles to: its value, or its error's message", async () => {
    const [resolved, rejected] = [path.join(dir, 'resolved.json'), path.join(dir, 'rejected.json')];
    announceOutcome(resolved, Promise.resolve(['http://127.0.0.1:4010']), 'test');
    announceOutcome(rejected, Promise.reject(new Error('no Prism could bind a port')), 'test');
    await expect(awaitAnnouncement(resolved, 60_000, () => 'never announced')).resolves.toEqual(['http://127.0.0.1:4010']);
    await expect(awaitAnnouncement(rejected, 60_000, () => 'never announced')).rejects.toThrow('no Prism could bind a port');
  });
});
