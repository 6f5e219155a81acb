import { isJsonMediaType } from './collect-operations.js';
import {
  CLIENT_PARAMETER,
  emitDoc,
  emitIteratorDoc,
  INDENT,
  isMultipart,
  iteratorItemType,
  iteratorParameters,
  operationInfo,
  renderSignature,
  resultShape,
  signatureParameters,
} from './emit-signature.js';
import { propertyKey, quote } from './naming.js';
import type { ApiModel, OperationModel } from './operation-model.js';

interface EmitOperationsOptions {
  /** First line of the file: where it came from and how to regenerate it. */
  header: string;
  /** Module specifier of the runtime's `unwrap`/`OperationOptions`, relative to the output dir. */
  runtimeImport: string;
  /** Module specifier of the runtime's `paginate`/`PaginateOptions` (imported only when a list is page-based). */
  paginateImport: string;
}

// The call methods of an openapi-fetch client; an operation function uses the one of its HTTP method.
const CALL_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'];

/**
 * Renders `operations.ts`: one exported function per operation (and per page iterator), taking
 * what sends the call first: `getUser(client, userId)`. Each is a module-level function, so a
 * bundler keeps only those a program calls; the API classes in apis.ts call them.
 */
export function emitOperations(apis: ApiModel[], options: EmitOperationsOptions): string {
  const operations = apis.flatMap((api) => api.operations);
  const schemaTypes = ['paths', ...(operations.some((operation) => operation.hasOperationId) ? ['operations'] : [])].sort();
  const paged = operations.some((operation) => operation.paginated);
  const lines: string[] = [
    options.header,
    '',
    `import type { Client } from 'openapi-fetch';`,
    `import { unwrap, type OperationOptions } from ${quote(options.runtimeImport)};`,
  ];
  if (paged) lines.push(`import { paginate, type PaginateOptions } from ${quote(options.paginateImport)};`);
  lines.push(
    `import type { ${schemaTypes.join(', ')} } from './schema.js';`,
    '',
    `export type { OperationOptions${paged ? ', PaginateOptions' : ''} };`,
    '',
    '/**',
    ' * What an operation function sends its call with: the call methods of an openapi-fetch client of',
    " * these `paths`: `createLogtoCore(...)`, `createLogtoClient(...).client`, or openapi-fetch's own.",
    ' */',
    `export type OperationClient = Pick<Client<paths>, ${CALL_METHODS.map(quote).join(' | ')}>;`,
  );
  if (operations.some((operation) => isMultipart(operation.body?.mediaType))) lines.push('', ...FORM_DATA_HELPER);
  for (const api of apis) {
    lines.push('', `// Operations tagged ${JSON.stringify(api.tag)} (${api.className}).`);
    for (const operation of api.operations) {
      lines.push('', ...emitFunction(operation));
      if (operation.paginated) lines.push('', ...emitIteratorFunction(operation));
    }
  }
  return lines.join('\n') + '\n';
}

// openapi-fetch JSON-encodes any body that is not already FormData; a multipart operation's
// body is described as an object, so its fields are appended one by one.
const FORM_DATA_HELPER = [
  '/** Multipart bodies: Blobs go in as files, strings as-is, anything else as JSON. */',
  'function toFormData(body: unknown): FormData {',
  `${INDENT}if (body instanceof FormData) return body;`,
  `${INDENT}const form = new FormData();`,
  `${INDENT}for (const [name, value] of Object.entries(body ?? {})) {`,
  `${INDENT}${INDENT}for (const item of Array.isArray(value) ? value : [value]) {`,
  `${INDENT}${INDENT}${INDENT}if (item === undefined) continue;`,
  `${INDENT}${INDENT}${INDENT}form.append(name, item instanceof Blob ? item : typeof item === 'string' ? item : JSON.stringify(item));`,
  `${INDENT}${INDENT}}`,
  `${INDENT}}`,
  `${INDENT}return form;`,
  '}',
];

/** `path: { id, 'part-id': partId }`: the wire names, with the identifiers that carry them. */
function pathEntries(operation: OperationModel): string {
  const entries = operation.pathParams.map((parameter) =>
    propertyKey(parameter.name) === parameter.identifier ? parameter.identifier : `${propertyKey(parameter.name)}: ${parameter.identifier}`,
  );
  return `path: { ${entries.join(', ')} }`;
}

function emitFunction(operation: OperationModel): string[] {
  const parameters = signatureParameters(operation);
  const result = resultShape(operation);
  const init: string[] = [];
  const params: string[] = [];
  if (operation.pathParams.length > 0) params.push(pathEntries(operation));
  if (operation.queryParams.length > 0) params.push('query');
  if (operation.headerParams.length > 0) params.push('header: headerParams');
  if (params.length > 0) init.push(`params: { ${params.join(', ')} },`);
  if (operation.body) init.push('body,');
  if (isMultipart(operation.body?.mediaType)) init.push('bodySerializer: toFormData,');
  if (result.parseAs) init.push(`parseAs: ${quote(result.parseAs)},`);
  init.push('signal: options?.signal,');
  // A non-JSON body needs its content type stated for openapi-fetch to serialize it; multipart
  // is left to fetch, which must add the boundary itself.
  const bodyType = operation.body?.mediaType;
  if (bodyType && !isJsonMediaType(bodyType) && !isMultipart(bodyType)) {
    init.push(`headers: { 'Content-Type': ${quote(bodyType)}, ...options?.headers },`);
  } else {
    init.push('headers: options?.headers,');
  }
  const all = [CLIENT_PARAMETER, ...parameters];
  return [
    ...emitDoc(operation, all, result),
    ...renderSignature(`export function ${operation.functionName}`, all, `Promise<${result.type}>`, ''),
    `${INDENT}return unwrap<${result.type}>(`,
    `${INDENT}${INDENT}${operationInfo(operation)},`,
    `${INDENT}${INDENT}client.${operation.method.toUpperCase()}(${quote(operation.path)}, {`,
    ...init.map((line) => `${INDENT}${INDENT}${INDENT}${line}`),
    `${INDENT}${INDENT}}),`,
    `${INDENT});`,
    '}',
  ];
}

/**
 * The function of a page-based list's iterator: the list's parameters without `page`, yielding
 * items across pages through the runtime's `paginate` (which owns the stop rules).
 */
function emitIteratorFunction(operation: OperationModel): string[] {
  const itemType = iteratorItemType(operation);
  const all = [CLIENT_PARAMETER, ...iteratorParameters(operation)];
  const params: string[] = [];
  if (operation.pathParams.length > 0) params.push(pathEntries(operation));
  params.push('query: { ...query, page, page_size: pageSize }');
  if (operation.headerParams.length > 0) params.push('header: headerParams');
  return [
    ...emitIteratorDoc(operation, all),
    ...renderSignature(`export function ${operation.iteratorFunctionName ?? ''}`, all, `AsyncGenerator<${itemType}, void, undefined>`, ''),
    `${INDENT}return paginate<${itemType}>(`,
    `${INDENT}${INDENT}${operationInfo(operation)},`,
    `${INDENT}${INDENT}(page, pageSize) =>`,
    `${INDENT}${INDENT}${INDENT}client.${operation.method.toUpperCase()}(${quote(operation.path)}, {`,
    `${INDENT}${INDENT}${INDENT}${INDENT}params: { ${params.join(', ')} },`,
    `${INDENT}${INDENT}${INDENT}${INDENT}signal: options?.signal,`,
    `${INDENT}${INDENT}${INDENT}${INDENT}headers: options?.headers,`,
    `${INDENT}${INDENT}${INDENT}}),`,
    `${INDENT}${INDENT}{ pageSize: query?.page_size, maxPages: options?.maxPages },`,
    `${INDENT});`,
    '}',
  ];
}
