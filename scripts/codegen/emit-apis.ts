import { isJsonMediaType } from './collect-operations.js';
import { docText, propertyKey, quote } from './naming.js';
import type { ApiModel, OperationModel, ResponseModel } from './operation-model.js';

export interface EmitApisOptions {
  /** First line of the file: where it came from and how to regenerate it. */
  header: string;
  /** Module specifier of the runtime's `unwrap`/`OperationOptions`, relative to the output dir. */
  runtimeImport: string;
  /** Module specifier of the runtime's `paginate`/`PaginateOptions` (imported only when a list is page-based). */
  paginateImport: string;
}

const INDENT = '  ';
const MAX_SIGNATURE_WIDTH = 120;

/** Renders `apis.ts`: one class per tag, `createApis` and `operationIndex`. */
export function emitApis(apis: ApiModel[], options: EmitApisOptions): string {
  const operations = apis.flatMap((api) => api.operations);
  const schemaTypes = ['paths', ...(operations.some((operation) => operation.hasOperationId) ? ['operations'] : [])].sort();
  const lines: string[] = [
    options.header,
    '',
    `import type { Client } from 'openapi-fetch';`,
    `import { unwrap, type OperationOptions } from ${quote(options.runtimeImport)};`,
  ];
  const paged = operations.some((operation) => operation.paginated);
  if (paged) lines.push(`import { paginate, type PaginateOptions } from ${quote(options.paginateImport)};`);
  lines.push(`import type { ${schemaTypes.join(', ')} } from './schema.js';`, '', `export type { OperationOptions${paged ? ', PaginateOptions' : ''} };`);
  if (operations.some((operation) => isMultipart(operation.body?.mediaType))) lines.push('', ...FORM_DATA_HELPER);
  for (const api of apis) lines.push('', ...emitClass(api));
  lines.push('', ...emitCreateApis(apis), '', ...emitOperationIndex(apis));
  return lines.join('\n') + '\n';
}

function isMultipart(mediaType: string | undefined): boolean {
  return mediaType !== undefined && /^multipart\//i.test(mediaType);
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

function emitClass(api: ApiModel): string[] {
  const lines = [
    `/** Operations tagged ${JSON.stringify(api.tag)}. */`,
    `export class ${api.className} {`,
    `${INDENT}readonly #client: Client<paths>;`,
    '',
    `${INDENT}constructor(client: Client<paths>) {`,
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

export interface SignatureParameter {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}

/** Where an operation's types live in schema.ts: `operations['Id']`, or `paths['/p']['get']` without an operationId. */
export function typeRoot(operation: OperationModel): string {
  return operation.hasOperationId
    ? `operations[${quote(operation.key)}]`
    : `paths[${quote(operation.path)}][${quote(operation.method)}]`;
}

function statusIndex(status: string): string {
  return /^\d+$/.test(status) ? `[${status}]` : `[${quote(status)}]`;
}

function isSuccess(response: ResponseModel): boolean {
  return /^2(\d\d|XX)$/i.test(response.status);
}

export interface ResultShape {
  type: string;
  parseAs: 'text' | 'blob' | undefined;
}

/**
 * The 2xx JSON body, `void` when no 2xx response has content. Non-JSON success bodies are read
 * as text (text/*, XML) or as a Blob, so the declared type matches what openapi-fetch returns.
 */
export function resultShape(operation: OperationModel): ResultShape {
  const root = typeRoot(operation);
  const successes = operation.responses.filter(isSuccess);
  const withContent = successes.filter((response) => response.mediaTypes.length > 0);
  if (withContent.length === 0) return { type: 'void', parseAs: undefined };
  const anyJson = withContent.some((response) => response.mediaTypes.some(isJsonMediaType));
  const types: string[] = [];
  let parseAs: ResultShape['parseAs'];
  if (anyJson) {
    for (const response of successes) {
      const json = response.mediaTypes.find(isJsonMediaType);
      if (json) types.push(`${root}['responses']${statusIndex(response.status)}['content'][${quote(json)}]`);
      else types.push(response.mediaTypes.length === 0 ? 'undefined' : 'unknown');
    }
  } else {
    const textual = withContent.every((response) => response.mediaTypes.every((type) => /^text\/|[/+]xml\b/i.test(type)));
    parseAs = textual ? 'text' : 'blob';
    types.push(textual ? 'string' : 'Blob');
    if (withContent.length < successes.length) types.push('undefined');
  }
  return { type: [...new Set(types)].join(' | '), parseAs };
}

/** The generated method's parameters, in order (also what spec:diff --client compares). */
export function signatureParameters(operation: OperationModel): SignatureParameter[] {
  const root = typeRoot(operation);
  const parameters: SignatureParameter[] = operation.pathParams.map((parameter) => ({
    name: parameter.identifier,
    type: `${root}['parameters']['path'][${quote(parameter.name)}]`,
    optional: false,
    doc: parameter.description ?? `Path parameter \`${parameter.name}\`.`,
  }));
  if (operation.body) {
    parameters.push({
      name: 'body',
      type: `NonNullable<${root}['requestBody']>['content'][${quote(operation.body.mediaType)}]`,
      optional: !operation.body.required,
      doc: operation.body.description ?? `Request body (${operation.body.mediaType}).`,
    });
  }
  // Query and header parameters each travel as one object, optional unless one of them is required.
  const grouped = [
    { name: 'query', location: 'query', list: operation.queryParams, title: 'Query parameters:' },
    { name: 'headerParams', location: 'header', list: operation.headerParams, title: 'Header parameters:' },
  ];
  for (const { name, location, list, title } of grouped) {
    if (list.length === 0) continue;
    parameters.push({
      name,
      type: `NonNullable<${root}['parameters']['${location}']>`,
      optional: !list.some((parameter) => parameter.required),
      doc: [title, ...list.map(describeNamed)].join('\n'),
    });
  }
  parameters.push({ name: 'options', type: 'OperationOptions', optional: true, doc: 'Per-call abort signal and extra headers.' });
  // Only a trailing run of optional parameters may use `?`; an optional one before a required
  // one stays positional and accepts `undefined` instead.
  let trailingOptional = true;
  for (let index = parameters.length - 1; index >= 0; index -= 1) {
    const parameter = parameters[index];
    if (!parameter) continue;
    if (!parameter.optional) trailingOptional = false;
    else if (!trailingOptional) {
      parameter.optional = false;
      parameter.type = `${parameter.type} | undefined`;
    }
  }
  return parameters;
}

function describeNamed(parameter: { name: string; required: boolean; description: string | undefined }): string {
  const flag = parameter.required ? ' (required)' : '';
  return `- \`${parameter.name}\`${flag}${parameter.description ? `: ${withoutFinalPeriod(oneLine(parameter.description))}` : ''}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function withoutFinalPeriod(text: string): string {
  return text.replace(/\.$/, '');
}

function emitDoc(operation: OperationModel, parameters: SignatureParameter[], result: ResultShape): string[] {
  const body: string[] = [];
  const paragraph = (text: string | undefined): void => {
    if (!text) return;
    if (body.length > 0) body.push('');
    body.push(...docText(text));
  };
  paragraph(operation.summary);
  if (operation.description !== operation.summary) paragraph(operation.description);
  paragraph(`\`${operation.method.toUpperCase()} ${operation.path}\` (operationId \`${operation.key}\`).`);
  if (operation.sharedOperationId !== undefined) {
    paragraph(`The spec gives this operation the operationId \`${operation.sharedOperationId}\`, which other operations use too, so it is named by method and path.`);
  }
  if (operation.iteratorName !== undefined) paragraph(`One page per call; \`${operation.iteratorName}\` walks every page.`);
  if (operation.responses.length > 0) {
    body.push('', 'Responses:');
    for (const response of operation.responses) {
      const media = response.mediaTypes.length > 0 ? ` [${response.mediaTypes.join(', ')}]` : '';
      body.push(...docText(`- ${response.status}: ${oneLine(response.description ?? '')}${media}`));
    }
  }
  body.push('');
  for (const parameter of parameters) {
    // A parameter doc may carry a list (query parameters); keep its lines, flatten the rest.
    const [first = '', ...rest] = parameter.doc.split('\n');
    body.push(...docText(`@param ${parameter.name} ${oneLine(first)}`), ...rest.flatMap((line) => docText(`  ${oneLine(line)}`)));
  }
  const successes = operation.responses.filter(isSuccess).map((response) => `${response.status}: ${withoutFinalPeriod(oneLine(response.description ?? ''))}`);
  body.push(...docText(`@returns ${result.type === 'void' ? 'Nothing' : 'The success body'}${successes.length > 0 ? ` (${successes.join('; ')})` : ''}.`));
  body.push('@throws {LogtoApiError} When the server answers with a non-2xx status.');
  if (operation.deprecated) body.push('@deprecated The spec marks this operation as deprecated.');
  return ['/**', ...body.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

function emitMethod(operation: OperationModel): string[] {
  const parameters = signatureParameters(operation);
  const result = resultShape(operation);
  const returnType = `Promise<${result.type}>`;
  const rendered = parameters.map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type}`);
  const oneLineSignature = `${operation.methodName}(${rendered.join(', ')}): ${returnType} {`;
  const signature =
    oneLineSignature.length + INDENT.length <= MAX_SIGNATURE_WIDTH
      ? [oneLineSignature]
      : [`${operation.methodName}(`, ...rendered.map((parameter) => `${INDENT}${parameter},`), `): ${returnType} {`];

  const init: string[] = [];
  const params: string[] = [];
  if (operation.pathParams.length > 0) {
    const entries = operation.pathParams.map((parameter) =>
      propertyKey(parameter.name) === parameter.identifier ? parameter.identifier : `${propertyKey(parameter.name)}: ${parameter.identifier}`,
    );
    params.push(`path: { ${entries.join(', ')} }`);
  }
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

  const info = `{ operationId: ${quote(operation.key)}, method: ${quote(operation.method.toUpperCase())}, path: ${quote(operation.path)} }`;
  return [
    ...emitDoc(operation, parameters, result),
    ...signature,
    `${INDENT}return unwrap<${result.type}>(`,
    `${INDENT}${INDENT}${info},`,
    `${INDENT}${INDENT}this.#client.${operation.method.toUpperCase()}(${quote(operation.path)}, {`,
    ...init.map((line) => `${INDENT}${INDENT}${INDENT}${line}`),
    `${INDENT}${INDENT}}),`,
    `${INDENT});`,
    '}',
  ];
}

/**
 * The `...Iterate` method of a page-based list: the list method's parameters without `page`,
 * yielding items across pages through the runtime's `paginate` (which owns the stop rules).
 */
function emitIterator(operation: OperationModel): string[] {
  const root = typeRoot(operation);
  const name = operation.iteratorName ?? `${operation.methodName}Iterate`;
  const itemType = `${root}['responses'][200]['content']['application/json'][number]`;
  const parameters = signatureParameters(operation).map((parameter): SignatureParameter => {
    if (parameter.name === 'query') {
      return {
        ...parameter,
        type: parameter.type.replace(/^NonNullable<(.*)>( \| undefined)?$/, "Omit<NonNullable<$1>, 'page'>$2"),
        doc: `Query parameters as for \`${operation.methodName}\`, without \`page\` (the iterator walks the pages; \`page_size\` sets their size, default 100).`,
      };
    }
    if (parameter.name === 'options') return { ...parameter, type: 'PaginateOptions', doc: 'Per-call abort signal, extra headers, and `maxPages` (a bound on the pages fetched).' };
    return parameter;
  });
  const returnType = `AsyncGenerator<${itemType}, void, undefined>`;
  const rendered = parameters.map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type}`);
  const oneLineSignature = `${name}(${rendered.join(', ')}): ${returnType} {`;
  const signature =
    oneLineSignature.length + INDENT.length <= MAX_SIGNATURE_WIDTH
      ? [oneLineSignature]
      : [`${name}(`, ...rendered.map((parameter) => `${INDENT}${parameter},`), `): ${returnType} {`];
  const params: string[] = [];
  if (operation.pathParams.length > 0) {
    const entries = operation.pathParams.map((parameter) =>
      propertyKey(parameter.name) === parameter.identifier ? parameter.identifier : `${propertyKey(parameter.name)}: ${parameter.identifier}`,
    );
    params.push(`path: { ${entries.join(', ')} }`);
  }
  params.push('query: { ...query, page, page_size: pageSize }');
  if (operation.headerParams.length > 0) params.push('header: headerParams');
  const doc = [
    '/**',
    ` * Every item of \`${operation.methodName}\`, page after page: \`${operation.method.toUpperCase()} ${operation.path}\` (operationId \`${operation.key}\`).`,
    ' * Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of',
    ' * looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.',
    ' *',
    ...parameters.flatMap((parameter) => {
      const [first = '', ...rest] = parameter.doc.split('\n');
      return [...docText(`@param ${parameter.name} ${oneLine(first)}`), ...rest.flatMap((line) => docText(`  ${oneLine(line)}`))].map((line) => ` * ${line}`);
    }),
    ' * @throws {LogtoApiError} When a page is answered with a non-2xx status.',
    ' */',
  ];
  const info = `{ operationId: ${quote(operation.key)}, method: ${quote(operation.method.toUpperCase())}, path: ${quote(operation.path)} }`;
  return [
    ...doc,
    ...signature,
    `${INDENT}return paginate<${itemType}>(`,
    `${INDENT}${INDENT}${info},`,
    `${INDENT}${INDENT}(page, pageSize) =>`,
    `${INDENT}${INDENT}${INDENT}this.#client.${operation.method.toUpperCase()}(${quote(operation.path)}, {`,
    `${INDENT}${INDENT}${INDENT}${INDENT}params: { ${params.join(', ')} },`,
    `${INDENT}${INDENT}${INDENT}${INDENT}signal: options?.signal,`,
    `${INDENT}${INDENT}${INDENT}${INDENT}headers: options?.headers,`,
    `${INDENT}${INDENT}${INDENT}}),`,
    `${INDENT}${INDENT}{ pageSize: query?.page_size, maxPages: options?.maxPages },`,
    `${INDENT});`,
    '}',
  ];
}

function emitCreateApis(apis: ApiModel[]): string[] {
  return [
    '/** One instance of every API class, sharing one openapi-fetch client. */',
    'export function createApis(client: Client<paths>) {',
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
