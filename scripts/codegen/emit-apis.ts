import { emitDoc, emitIteratorDoc, INDENT, iteratorItemType, iteratorParameters, renderSignature, resultShape, signatureParameters, type SignatureParameter } from './emit-signature.js';
import { propertyKey, quote } from './naming.js';
import type { ApiModel, OperationModel } from './operation-model.js';

interface EmitApisOptions {
  /** First line of the file: where it came from and how to regenerate it. */
  header: string;
}

/**
 * Renders `apis.ts`: one class per tag, whose methods call the operations' functions
 * (operations.ts) with the client the class was given, `createApis` and `operationIndex`.
 */
export function emitApis(apis: ApiModel[], options: EmitApisOptions): string {
  const operations = apis.flatMap((api) => api.operations);
  const schemaTypes = ['paths', ...(operations.some((operation) => operation.hasOperationId) ? ['operations'] : [])].sort();
  const paged = operations.some((operation) => operation.paginated);
  const types = ['OperationClient', 'OperationOptions', ...(paged ? ['PaginateOptions'] : [])];
  const lines: string[] = [
    options.header,
    '',
    `import * as ops from './operations.js';`,
    `import type { ${types.join(', ')} } from './operations.js';`,
    `import type { ${schemaTypes.join(', ')} } from './schema.js';`,
    '',
    `export type { ${types.join(', ')} };`,
  ];
  for (const api of apis) lines.push('', ...emitClass(api));
  lines.push('', ...emitCreateApis(apis), '', ...emitOperationIndex(apis));
  return lines.join('\n') + '\n';
}

function emitClass(api: ApiModel): string[] {
  const lines = [
    `/** Operations tagged ${JSON.stringify(api.tag)}. */`,
    `export class ${api.className} {`,
    `${INDENT}readonly #client: OperationClient;`,
    '',
    `${INDENT}constructor(client: OperationClient) {`,
    `${INDENT}${INDENT}this.#client = client;`,
    `${INDENT}}`,
  ];
  for (const operation of api.operations) {
    lines.push('', ...emitMethod(operation).map((line) => INDENT + line));
    if (operation.paginated) lines.push('', ...emitIterator(operation).map((line) => INDENT + line));
  }
  lines.push('}');
  return lines;
}

/** `return ops.getUser(this.#client, userId, options);` */
function delegation(functionName: string, parameters: SignatureParameter[]): string {
  return `${INDENT}return ops.${functionName}(${['this.#client', ...parameters.map((parameter) => parameter.name)].join(', ')});`;
}

function emitMethod(operation: OperationModel): string[] {
  const parameters = signatureParameters(operation);
  const result = resultShape(operation);
  return [
    ...emitDoc(operation, parameters, result),
    ...renderSignature(operation.methodName, parameters, `Promise<${result.type}>`, INDENT),
    delegation(operation.functionName, parameters),
    '}',
  ];
}

/** The `...Iterate` method of a page-based list (see the iterator function in operations.ts). */
function emitIterator(operation: OperationModel): string[] {
  const parameters = iteratorParameters(operation);
  return [
    ...emitIteratorDoc(operation, parameters),
    ...renderSignature(operation.iteratorName ?? '', parameters, `AsyncGenerator<${iteratorItemType(operation)}, void, undefined>`, INDENT),
    delegation(operation.iteratorFunctionName ?? '', parameters),
    '}',
  ];
}

function emitCreateApis(apis: ApiModel[]): string[] {
  return [
    '/** One instance of every API class, sharing one client. */',
    'export function createApis(client: OperationClient) {',
    `${INDENT}return {`,
    ...apis.map((api) => `${INDENT}${INDENT}${api.propertyName}: new ${api.className}(client),`),
    `${INDENT}};`,
    '}',
    '',
    'export type Apis = ReturnType<typeof createApis>;',
  ];
}

function emitOperationIndex(apis: ApiModel[]): string[] {
  const entries = apis
    .flatMap((api) => api.operations.map((operation) => ({ api, operation })))
    .sort((a, b) => (a.operation.key < b.operation.key ? -1 : a.operation.key > b.operation.key ? 1 : 0));
  return [
    '/** Every operation by operationId: HTTP method (upper case), path template, tag and where the client exposes it. */',
    'export const operationIndex = {',
    ...entries.map(
      ({ api, operation }) =>
        `${INDENT}${propertyKey(operation.key)}: { method: ${quote(operation.method.toUpperCase())}, path: ${quote(operation.path)}, tag: ${quote(api.tag)}, api: ${quote(api.propertyName)}, methodName: ${quote(operation.methodName)}, requiresToken: ${operation.requiresToken} },`,
    ),
    '} as const;',
    '',
    'export type OperationId = keyof typeof operationIndex;',
  ];
}
