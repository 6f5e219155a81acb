import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runTraceDiff } from './trace-diff-cli.js';
import { TRACE_FORMAT, writeTrace, type Trace } from '../scenarios/trace.js';
import type { CliIo } from '../../common/run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ct-trace-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

function traceFile(name: string, status: number, version: { logto: string; fingerprint: string } = { logto: '1.42.0', fingerprint: 'f42' }): string {
  const trace: Trace = {
    format: TRACE_FORMAT,
    target: name,
    logtoVersion: version.logto,
    specFingerprint: version.fingerprint,
    emailConnector: 'absent',
    recordedAt: '2026-12-01T00:00:00.000Z',
    steps: [{ step: 'create/oversized', request: { method: 'POST', path: '/api/x', auth: 'token' }, answers: [{ status, contentType: null, shape: {}, headers: {} }] }],
  };
  const file = path.join(dir, `${name}.json`);
  writeTrace(file, trace);
  return file;
}

describe('contract:trace-diff', () => {
  test('exit 0 when nothing changed', async () => {
    const io = capture();
    expect(await runTraceDiff([traceFile('a', 404), traceFile('b', 404)], io)).toBe(0);
    expect(io.lines.at(-1)).toMatch(/no behaviour changed/);
  });

  test('exit 1 and the step with what changed', async () => {
    const io = capture();
    expect(await runTraceDiff([traceFile('before', 404), traceFile('after', 413)], io)).toBe(1);
    expect(io.lines).toContain('create/oversized:');
    expect(io.lines).toContain('  - status 404 → 413');
  });

  test('two traces of one Logto version: every difference is a change of that version, said as such', async () => {
    const io = capture();
    expect(await runTraceDiff([traceFile('same-a', 404), traceFile('same-b', 413)], io)).toBe(1);
    expect(io.lines).toContain('contract:trace-diff: both traces come from Logto 1.42.0 (spec f42): a difference is a change of behaviour of the same version');
    expect(io.lines.at(-1)).toMatch(/both traces come from the same Logto version and spec, so each is a change of its behaviour .*not an upgrade$/);
  });

  test('two versions whose served specs openapi/upstream/history/index.json does not know: said, and no difference is placed in or out of a spec diff', async () => {
    const io = capture();
    const before = traceFile('v1', 404, { logto: '0.1.0', fingerprint: 'aaaaaaaaaaaaaaaa' });
    const after = traceFile('v2', 200, { logto: '0.2.0', fingerprint: 'bbbbbbbbbbbbbbbb' });
    expect(await runTraceDiff([before, after], io)).toBe(1);
    expect(io.lines.some((line) => /served \(fingerprint aaaaaaaaaaaa\) is not in openapi\/upstream\/history\/index\.json/.test(line))).toBe(true);
    expect(io.lines).toContain('  - status 404 → 200 [spec diff unknown]');
  });

  test('--markdown writes the same comparison as a report', async () => {
    const io = capture();
    expect(await runTraceDiff(['--markdown', traceFile('md-a', 404), traceFile('md-b', 413)], io)).toBe(1);
    expect(io.lines).toHaveLength(1);
    expect(io.lines[0]).toMatch(/^# Behaviour recorded in two traces: what changed\n/);
    expect(io.lines[0]).toContain('- `create/oversized`\n  - status 404 → 413');
  });

  test('exit 2 with one line for bad input: missing file, not JSON, not a trace, wrong arguments', async () => {
    const notJson = path.join(dir, 'not.json');
    writeFileSync(notJson, '{');
    const notTrace = path.join(dir, 'other.json');
    writeFileSync(notTrace, '{"steps": 3}');
    const good = traceFile('good', 200);
    for (const argv of [[good, path.join(dir, 'nope.json')], [good, notJson], [good, notTrace], [good], [good, good, '--json']]) {
      const io = capture();
      expect(await runTraceDiff(argv, io)).toBe(2);
      expect(io.errors).toHaveLength(1);
      expect(io.errors[0]).toMatch(/^contract:trace-diff: /);
    }
  });
});
