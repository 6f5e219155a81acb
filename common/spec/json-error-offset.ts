/**
 * The offset of the first syntax error in JSON text. Node 20's JSON.parse often names no position
 * ("Unexpected token '}' ..."), and whoever fixes the file needs a line. A small recursive
 * scanner of the JSON grammar; it only runs after JSON.parse has failed, so speed does not matter.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  class Stop extends Error {}
  const fail = (): never => {
    throw new Stop();
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i += 1;
  };
  const expect = (token: string): void => {
    if (!text.startsWith(token, i)) fail();
    i += token.length;
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') return void (i += 1);
      if (c !== '\\') {
        i += 1;
        continue;
      }
      const escape = text[i + 1] ?? '';
      if (escape === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail();
        i += 6;
      } else if (escape !== '' && '"\\/bfnrt'.includes(escape)) i += 2;
      else return void ((i += 1), fail());
    }
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match?.[0].length ?? 0;
  };
  /** `{...}` and `[...]`: items separated by commas, nothing after the last one. */
  const sequence = (close: string, item: () => void): void => {
    i += 1;
    skipSpace();
    if (text[i] === close) return void (i += 1);
    for (;;) {
      item();
      skipSpace();
      const c = text[i];
      i += 1;
      if (c === close) return;
      if (c !== ',') return void ((i -= 1), fail());
    }
  };
  const member = (): void => {
    skipSpace();
    string();
    skipSpace();
    expect(':');
    value();
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') sequence('}', member);
    else if (c === '[') sequence(']', value);
    else if (c === '"') string();
    else if (c === 't') expect('true');
    else if (c === 'f') expect('false');
    else if (c === 'n') expect('null');
    else number();
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return Math.min(i, text.length);
}

/** The 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
