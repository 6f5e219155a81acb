import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlCommand } from './curl-command.js';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjdC10ZXN0In0.c2lnbmF0dXJlLXZhbHVl';
const runToken = { isRunCredential: (value: string) => value === `Bearer ${TOKEN}` };

/** What a POSIX shell makes of the command's words (echoing them instead of running curl), with LOGTO_TOKEN set. */
function shellWords(command: string): string[] {
  const script = `curl() { for word in "$@"; do printf '%s\\n--\\n' "$word"; done; }; ${command}`;
  const out = execFileSync('sh', ['-c', script], { env: { PATH: process.env.PATH, LOGTO_TOKEN: 'the-token-from-the-variable' }, encoding: 'utf8' });
  return out.split('\n--\n').filter((w) => w !== '');
}

describe('curl command of a failing request', () => {
  it('method, URL, headers and body, each word intact after the shell has read it; the token comes from $LOGTO_TOKEN', () => {
    const body = JSON.stringify({ name: "ct-o'brien $HOME `x`", note: 'a\nb' });
    const command = curlCommand(
      {
        method: 'post',
        url: 'http://127.0.0.1:3001/api/organizations?q=a&b=c',
        headers: new Headers({ Authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'x-contract-intent': 'invalid' }),
        body,
      },
      runToken,
    );
    expect(command).not.toContain(TOKEN);
    expect(command).toContain('"Authorization: Bearer $LOGTO_TOKEN"');
    expect(shellWords(command)).toEqual([
      '-X',
      'POST',
      'http://127.0.0.1:3001/api/organizations?q=a&b=c',
      '-H',
      'Authorization: Bearer the-token-from-the-variable',
      '-H',
      'Content-Type: application/json',
      '--data-raw',
      body,
    ]);
  });

  it('a credential the test sent wrong on purpose is not printed either, nor passed off as the run token', () => {
    const tampered = `${TOKEN.slice(0, -4)}AAAA`;
    const command = curlCommand({ method: 'GET', url: 'http://x/api/users', headers: new Headers({ Authorization: `Bearer ${tampered}` }) }, runToken);
    expect(command).not.toContain(tampered.slice(0, 20));
    expect(command).not.toContain('$LOGTO_TOKEN');
    expect(command).toContain("'Authorization: <the deliberately wrong credential this test sent; not printed>'");
  });

  it('a secret in the URL or body is redacted; a body over 4 KiB is cut with a note', () => {
    const command = curlCommand(
      { method: 'PUT', url: 'http://x/api/a?access_token=abcdef123456', headers: new Headers(), body: JSON.stringify({ password: 'hunter2-long', pad: 'x'.repeat(5000) }) },
      runToken,
    );
    expect(command).not.toContain('abcdef123456');
    expect(command).not.toContain('hunter2-long');
    expect(command).toMatch(/# body cut at 4096 of \d+ characters$/);
  });
});
