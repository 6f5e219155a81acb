/**
 * The one-line signature of a generated method (`name(params): ReturnType`), whitespace
 * collapsed, so tests can assert it whether the generator wrapped it or not.
 */
export function signatureOf(source: string, methodName: string): string {
  const match = new RegExp(`\\n  ${methodName}\\(([\\s\\S]*?)\\): ((?:Promise|AsyncGenerator)<[\\s\\S]*?>) \\{\\n`).exec(source);
  if (!match) throw new Error(`no method ${methodName} in the generated source`);
  const parameters = (match[1] ?? '').replace(/\s+/g, ' ').trim().replace(/,$/, '');
  return `${methodName}(${parameters}): ${(match[2] ?? '').replace(/\s+/g, ' ')}`;
}

/** The JSDoc block right above a generated method. */
export function docOf(source: string, methodName: string): string {
  const end = source.indexOf(`\n  ${methodName}(`);
  if (end === -1) throw new Error(`no method ${methodName} in the generated source`);
  const start = source.lastIndexOf('/**', end);
  return source.slice(start, end);
}

/** The body of a generated method, from its signature to the closing brace. */
export function bodyOf(source: string, methodName: string): string {
  const start = source.indexOf(`\n  ${methodName}(`);
  if (start === -1) throw new Error(`no method ${methodName} in the generated source`);
  return source.slice(start, source.indexOf('\n  }\n', start) + 4);
}

/** The one-line signature of a generated operation function in operations.ts, as `signatureOf` gives a method's. */
export function functionSignatureOf(source: string, functionName: string): string {
  const match = new RegExp(`\\nexport function ${functionName}\\(([\\s\\S]*?)\\): ((?:Promise|AsyncGenerator)<[\\s\\S]*?>) \\{\\n`).exec(source);
  if (!match) throw new Error(`no function ${functionName} in the generated source`);
  const parameters = (match[1] ?? '').replace(/\s+/g, ' ').trim().replace(/,$/, '');
  return `${functionName}(${parameters}): ${(match[2] ?? '').replace(/\s+/g, ' ')}`;
}

/** The body of a generated operation function, from its signature to the closing brace. */
export function functionBodyOf(source: string, functionName: string): string {
  const start = source.indexOf(`\nexport function ${functionName}(`);
  if (start === -1) throw new Error(`no function ${functionName} in the generated source`);
  return source.slice(start, source.indexOf('\n}\n', start) + 3);
}

/** The JSDoc block right above a generated operation function. */
export function functionDocOf(source: string, functionName: string): string {
  const end = source.indexOf(`\nexport function ${functionName}(`);
  if (end === -1) throw new Error(`no function ${functionName} in the generated source`);
  return source.slice(source.lastIndexOf('/**', end), end);
}
