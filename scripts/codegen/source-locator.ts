import ts from 'typescript';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { SourcePosition } from './spec-error.js';

/** Maps a JSON pointer (as segments) to the line:column where that value starts in the source text. */
export type Locator = (segments: readonly string[]) => SourcePosition | undefined;

export function yamlLocator(document: Document, lineCounter: LineCounter): Locator {
  return (segments) => {
    let node: unknown = document.contents;
    for (const segment of segments) {
      if (isMap(node)) {
        // Keys compare as strings: `200:` is a YAML integer key but a JSON pointer segment "200".
        const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === segment);
        node = pair?.value;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)];
      } else {
        return undefined;
      }
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!range) return undefined;
    const { line, col } = lineCounter.linePos(range[0]);
    return { line, column: col };
  };
}

/** JSON has no position-aware parser in Node; TypeScript's JSON parser gives us the AST with offsets. */
export function jsonLocator(fileName: string, text: string): Locator {
  let source: ts.JsonSourceFile | undefined;
  return (segments) => {
    source ??= ts.parseJsonText(fileName, text);
    let node: ts.Node | undefined = source.statements[0]?.expression;
    for (const segment of segments) {
      if (node && ts.isObjectLiteralExpression(node)) {
        const property = node.properties.find(
          (candidate): candidate is ts.PropertyAssignment =>
            ts.isPropertyAssignment(candidate) &&
            (ts.isStringLiteral(candidate.name) || ts.isIdentifier(candidate.name) || ts.isNumericLiteral(candidate.name)) &&
            candidate.name.text === segment,
        );
        node = property?.initializer;
      } else if (node && ts.isArrayLiteralExpression(node)) {
        node = node.elements[Number(segment)];
      } else {
        return undefined;
      }
    }
    if (!node) return undefined;
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    return { line: line + 1, column: character + 1 };
  };
}

/** Where JSON.parse gave up: from its message when it says so, else from TypeScript's parser. */
export function jsonErrorPosition(fileName: string, text: string, message: string): SourcePosition | undefined {
  const source = ts.parseJsonText(fileName, text);
  const diagnostic = (source as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics?.[0];
  const offsetFromMessage = /at position (\d+)/.exec(message)?.[1];
  const offset = offsetFromMessage !== undefined ? Number(offsetFromMessage) : diagnostic?.start;
  if (offset === undefined) return undefined;
  const { line, character } = source.getLineAndCharacterOfPosition(Math.min(offset, text.length));
  return { line: line + 1, column: character + 1 };
}

export function parseYamlWithPositions(text: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  return { document, lineCounter };
}
