import { isJsonMediaType } from './collect-operations.js';
import { docText, quote } from './naming.js';
import type { OperationModel, ResponseModel } from './operation-model.js';

/**
 * What an operation's two generated forms share: its parameters, its result type and its doc
 * comment. The function in operations.ts (`getUser(client, userId)`) and the method of its API
 * class (`users.getUser(userId)`) read alike, so both are rendered from here.
 */

export const INDENT = '  ';
const MAX_SIGNATURE_WIDTH = 120;

export interface SignatureParameter {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}

export function isMultipart(mediaType: string | undefined): boolean {
  return mediaType !== undefined && /^multipart\//i.test(mediaType);
}

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

interface ResultShape {
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

/** The parameters of an operation's method, which its function takes after `client`. */
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

/** The parameters of a page iterator: its list's, without `page`, and with `maxPages` among the options. */
export function iteratorParameters(operation: OperationModel): SignatureParameter[] {
  return signatureParameters(operation).map((parameter): SignatureParameter => {
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
}

/** The type of one item of a page iterator. */
export function iteratorItemType(operation: OperationModel): string {
  return `${typeRoot(operation)}['responses'][200]['content']['application/json'][number]`;
}

/** The first parameter of every operation function: what sends its call. */
export const CLIENT_PARAMETER: SignatureParameter = {
  name: 'client',
  type: 'OperationClient',
  optional: false,
  doc: 'What sends the call: `createLogtoCore(...)`, or any openapi-fetch client of these `paths`.',
};

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

/** `@param` lines: a parameter doc may carry a list (query parameters); keep its lines, flatten the rest. */
function paramLines(parameters: SignatureParameter[]): string[] {
  return parameters.flatMap((parameter) => {
    const [first = '', ...rest] = parameter.doc.split('\n');
    return [...docText(`@param ${parameter.name} ${oneLine(first)}`), ...rest.flatMap((line) => docText(`  ${oneLine(line)}`))];
  });
}

function commentBlock(lines: string[]): string[] {
  return ['/**', ...lines.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

/** The doc comment of an operation's method or function. */
export function emitDoc(operation: OperationModel, parameters: SignatureParameter[], result: ResultShape): string[] {
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
  body.push('', ...paramLines(parameters));
  const successes = operation.responses.filter(isSuccess).map((response) => `${response.status}: ${withoutFinalPeriod(oneLine(response.description ?? ''))}`);
  body.push(...docText(`@returns ${result.type === 'void' ? 'Nothing' : 'The success body'}${successes.length > 0 ? ` (${successes.join('; ')})` : ''}.`));
  body.push('@throws {LogtoApiError} When the server answers with a non-2xx status.');
  if (operation.deprecated) body.push('@deprecated The spec marks this operation as deprecated.');
  return commentBlock(body);
}

/** The doc comment of a page iterator's method or function. */
export function emitIteratorDoc(operation: OperationModel, parameters: SignatureParameter[]): string[] {
  return commentBlock([
    `Every item of \`${operation.methodName}\`, page after page: \`${operation.method.toUpperCase()} ${operation.path}\` (operationId \`${operation.key}\`).`,
    'Stops by the `Total-Number` header, a short page or an empty one; throws `LogtoClientError` instead of',
    'looping when the server ignores `page`. Pages are fetched as the loop asks for items; `break` fetches no more.',
    '',
    ...paramLines(parameters),
    '@throws {LogtoApiError} When a page is answered with a non-2xx status.',
  ]);
}

/** `name(params): ReturnType {`, on one line when it fits in `indent`, else one parameter a line. */
export function renderSignature(head: string, parameters: SignatureParameter[], returnType: string, indent: string): string[] {
  const rendered = parameters.map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type}`);
  const oneLineSignature = `${head}(${rendered.join(', ')}): ${returnType} {`;
  return oneLineSignature.length + indent.length <= MAX_SIGNATURE_WIDTH
    ? [oneLineSignature]
    : [`${head}(`, ...rendered.map((parameter) => `${INDENT}${parameter},`), `): ${returnType} {`];
}

/** The `OperationInfo` literal `unwrap` and `paginate` get. */
export function operationInfo(operation: OperationModel): string {
  return `{ operationId: ${quote(operation.key)}, method: ${quote(operation.method.toUpperCase())}, path: ${quote(operation.path)} }`;
}
