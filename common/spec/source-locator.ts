import { createRequire } from 'node:module';
import type ts from 'typescript';
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { SourcePosition } from './spec-error.js';

/**
 * Where the value at a JSON pointer (given as tokens) starts in the spec text, so an error or a
 * finding about `#/paths/~1a/get` can say `file:line:col`. Undefined when the text has no such value.
 */
export type Locator = (tokens: readonly string[]) => SourcePosition | undefined;

/** For text that was never read from a file (or was built in memory): no positions. */
export const noLocator: Locator = () => undefined;

export function yamlLocator(document: Document, lineCounter: LineCounter): Locator {
  return (tokens) => {
    let node: unknown = document.contents;
    for (const token of tokens) {
      if (isMap(node)) {
        // Keys compare as strings: `200:` is a YAML integer key but the pointer token "200".
        node = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === token)?.value;
      } else if (isSeq(node)) {
        node = node.items[Number(token)];
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

/**
 * Node has no JSON parser that keeps offsets; TypeScript's JSON parser does. The tree is built on
 * the first lookup only, so a spec nobody asks about costs one JSON.parse.
 */
export function jsonLocator(fileName: string, text: string): Locator {
  let source: ts.JsonSourceFile | undefined;
  return (tokens) => {
    source ??= typescript().parseJsonText(fileName, text);
    let node: ts.Node | undefined = source.statements[0]?.expression;
    for (const token of tokens) {
      const api = typescript();
      if (node && api.isObjectLiteralExpression(node)) {
        node = node.properties.find(
          (candidate): candidate is ts.PropertyAssignment =>
            api.isPropertyAssignment(candidate) &&
            (api.isStringLiteral(candidate.name) || api.isIdentifier(candidate.name) || api.isNumericLiteral(candidate.name)) &&
            candidate.name.text === token,
        )?.initializer;
      } else if (node && api.isArrayLiteralExpression(node)) {
        node = node.elements[Number(token)];
      } else {
        return undefined;
      }
    }
    if (!node) return undefined;
    return positionOf(source, node.getStart(source));
  };
}

function positionOf(source: ts.SourceFile, offset: number): SourcePosition {
  const { line, character } = source.getLineAndCharacterOfPosition(offset);
  return { line: line + 1, column: character + 1 };
}

/**
 * TypeScript's compiler, loaded on the first lookup, through `require`: most runs never ask for a
 * JSON position, and importing the 9 MB compiler up front cost a cold `npm run generate` about a
 * second under tsx's ESM loader.
 */
let compiler: typeof ts | undefined;
function typescript(): typeof ts {
  compiler ??= createRequire(import.meta.url)('typescript') as typeof ts;
  return compiler;
}
