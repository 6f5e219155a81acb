/**
 * Cuts a stream of chunks into lines: `push` each chunk, `flush` at the end for a last line
 * without a newline. A line is handed on whole, never split across chunks.
 */
export function lineSplitter(onLine: (line: string) => void): { push(chunk: Buffer | string): void; flush(): void } {
  let pending = '';
  return {
    push(chunk) {
      const parts = (pending + chunk.toString()).split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) onLine(line);
    },
    flush() {
      if (pending) onLine(pending);
      pending = '';
    },
  };
}

/** ANSI colour codes removed: runners colour their lines, readers match the text. */
export function plainText(line: string): string {
  return line.replace(/\u001b\[[0-9;]*m/g, '');
}
