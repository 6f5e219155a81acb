import {
  encodePointer,
  followRefs,
  formatAt,
  isObject,
  listSpecOperations,
  noLocator,
  SpecError,
  type HttpMethod,
  type Locator,
  type SpecOperation,
} from '../../common/spec/index.js';
import { camelCase, claimUnique, isIdentifier, pascalCase, safeParameterName } from './naming.js';
import type { ApiModel, BodyModel, NamedParamModel, OperationModel, PathParamModel, ResponseModel } from './operation-model.js';

/** Tag used for operations that declare none. */
const UNTAGGED = 'Default';
/** Names every generated class already uses for something else. */
const RESERVED_METHOD_NAMES = new Set(['constructor', 'client']);
/** Names the generated signatures use besides path params (`client`: an operation function's first parameter). */
const SIGNATURE_NAMES = ['client', 'body', 'query', 'headerParams', 'options'];
/** Names operations.ts gives its own helpers, which an operation function may not take. */
const MODULE_NAMES = ['unwrap', 'paginate', 'toFormData'];

interface RawOperation extends SpecOperation {
  requiresToken: boolean;
}

/**
 * Turns the spec into API classes: one per tag (an operation's first tag; `Default` without
 * tags), classes sorted by name, methods sorted by name. Naming collisions get numeric suffixes
 * assigned in (path, method) order, so they are stable.
 */
export function collectApis(document: Record<string, unknown>, displayPath: string, locate: Locator = noLocator): ApiModel[] {
  const deref = (value: unknown): unknown => followRefs(document, value, displayPath);
  const raw = rawOperations(document, deref);
  const shared = sharedOperationIds(document, deref);
  const usedKeys = new Set(raw.map(({ operation }) => operation.operationId).filter((id): id is string => typeof id === 'string' && !shared.has(id)));
  const byTag = new Map<string, OperationModel[]>();
  for (const entry of raw) {
    const model = toModel(entry, deref, usedKeys, shared, (segments) => formatAt(displayPath, locate(segments)));
    const list = byTag.get(model.tag) ?? [];
    list.push(model);
    byTag.set(model.tag, list);
  }

  const classNames = new Set<string>();
  const propertyNames = new Set<string>();
  const apis = [...byTag.keys()].sort(compare).map((tag): ApiModel => {
    const base = pascalCase(tag) ?? 'Untagged';
    const className = claimUnique(`${base}Api`, classNames);
    const propertyName = claimUnique(camelCase(tag) ?? 'untagged', propertyNames);
    const methodNames = new Set<string>(RESERVED_METHOD_NAMES);
    const operations = (byTag.get(tag) ?? []).map((operation) => {
      // An operationId with no ASCII letters or digits falls back to the method+path name.
      const preferred = camelCase(operation.key) ?? camelCase(fallbackOperationKey(operation.method, operation.path)) ?? 'operation';
      const name = RESERVED_METHOD_NAMES.has(preferred) ? `${preferred}Operation` : preferred;
      return { ...operation, methodName: claimUnique(name, methodNames) };
    });
    // Iterators are named after their list method, once every list method has its name.
    for (const operation of operations) if (operation.paginated) operation.iteratorName = claimUnique(`${operation.methodName}Iterate`, methodNames);
    operations.sort((a, b) => compare(a.methodName, b.methodName));
    return { tag, className, propertyName, operations };
  });
  apis.sort((a, b) => compare(a.className, b.className));
  nameFunctions(apis);
  return apis;
}

/**
 * Names each operation's function in operations.ts after its method (`getUser`), so the two
 * forms of a call read alike. The functions share one module: a name that methods of several
 * classes have is given to none of them, each gets its class's property in front
 * (`thingsGetThing`), as shared operationIds name all their operations alike, so a new class
 * using the name later renames nobody else; a reserved word or a name of the module's own
 * helpers gets an `Operation` suffix, as a `constructor` method does.
 */
function nameFunctions(apis: ApiModel[]): void {
  const entries = apis.flatMap((api) =>
    api.operations.flatMap((operation) => [
      { api, name: operation.methodName, assign: (name: string) => (operation.functionName = name) },
      ...(operation.iteratorName === undefined ? [] : [{ api, name: operation.iteratorName, assign: (name: string) => (operation.iteratorFunctionName = name) }]),
    ]),
  );
  const classesByName = new Map<string, Set<ApiModel>>();
  for (const { api, name } of entries) classesByName.set(name, (classesByName.get(name) ?? new Set()).add(api));
  const taken = new Set<string>();
  for (const { api, name, assign } of entries) {
    const base = (classesByName.get(name)?.size ?? 0) > 1 ? (camelCase(`${api.propertyName} ${name}`) ?? name) : name;
    assign(claimUnique(isIdentifier(base) && !MODULE_NAMES.includes(base) ? base : `${base}Operation`, taken));
  }
}

/** In (path, method) order: a stable sort by path keeps OpenAPI's method order within a path. */
function rawOperations(document: Record<string, unknown>, deref: (value: unknown) => unknown): RawOperation[] {
  return listSpecOperations(document, deref)
    .sort((a, b) => compare(a.path, b.path))
    .map((entry) => ({ ...entry, requiresToken: requiresToken(entry.operation, document) }));
}

/**
 * operationIds used by more than one operation. OpenAPI says they must be unique, but a served
 * spec may break that; rather than refuse the whole spec, those operations are keyed and named
 * by method and path (stable: a later spec adding a third user of the id renames nobody).
 */
export function sharedOperationIds(document: Record<string, unknown>, deref: (value: unknown) => unknown = (value) => followRefs(document, value, 'the spec')): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { operation } of listSpecOperations(document, deref)) {
    if (typeof operation.operationId !== 'string') continue;
    if (seen.has(operation.operationId)) shared.add(operation.operationId);
    seen.add(operation.operationId);
  }
  return shared;
}

function toModel(
  entry: RawOperation,
  deref: (value: unknown) => unknown,
  usedKeys: Set<string>,
  shared: Set<string>,
  at: (segments: readonly string[]) => string,
): OperationModel {
  const { method, path, operation } = entry;
  const specId = typeof operation.operationId === 'string' ? operation.operationId : undefined;
  const operationId = specId !== undefined && !shared.has(specId) ? specId : undefined;
  const tags = Array.isArray(operation.tags) ? operation.tags.filter((tag): tag is string => typeof tag === 'string') : [];
  const parameters = resolvedParameters(entry.parameters);
  const queryParams = parameters.filter((parameter) => parameter.in === 'query');
  return {
    key: operationId ?? claimUnique(fallbackOperationKey(method, path), usedKeys),
    hasOperationId: operationId !== undefined,
    sharedOperationId: specId !== undefined && shared.has(specId) ? specId : undefined,
    method,
    path,
    tag: tags[0] ?? UNTAGGED,
    methodName: '',
    summary: text(operation.summary),
    description: text(operation.description),
    deprecated: operation.deprecated === true,
    requiresToken: entry.requiresToken,
    pathParams: pathParams(path, method, parameters, at),
    queryParams,
    headerParams: parameters.filter((parameter) => parameter.in === 'header'),
    body: body(deref(operation.requestBody), deref),
    responses: responses(operation.responses, deref),
    paginated: method === 'get' && isPageBasedList(queryParams, operation.responses, deref),
    iteratorName: undefined,
    functionName: '',
    iteratorFunctionName: undefined,
  };
}

/** Logto's page-based lists: `page` and `page_size` query parameters and a JSON array on 200. */
function isPageBasedList(queryParams: ResolvedParameter[], responsesObject: unknown, deref: (value: unknown) => unknown): boolean {
  const names = new Set(queryParams.map((parameter) => parameter.name));
  if (!names.has('page') || !names.has('page_size')) return false;
  const ok = isObject(responsesObject) ? deref(responsesObject['200']) : undefined;
  const content = isObject(ok) ? deref(ok.content) : undefined;
  const json = isObject(content) ? deref(content['application/json']) : undefined;
  const schema = isObject(json) ? deref(json.schema) : undefined;
  return isObject(schema) && (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array')));
}

/**
 * Whether a call needs credentials: the operation's own `security` wins over the document's.
 * An empty list, or an empty requirement object among the alternatives, means anonymous calls
 * are allowed, so the client must not fetch a token for them (GetStatus works with bad credentials).
 */
function requiresToken(operation: Record<string, unknown>, document: Record<string, unknown>): boolean {
  const security = Array.isArray(operation.security) ? operation.security : Array.isArray(document.security) ? document.security : [];
  return security.length > 0 && !security.some((requirement) => isObject(requirement) && Object.keys(requirement).length === 0);
}

/**
 * Operations without an operationId get one from method and path:
 * `get /api/users/{userId}/roles` → `GetApiUsersByUserIdRoles`.
 */
export function fallbackOperationKey(method: HttpMethod, path: string): string {
  const segments = path
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment)?.[1];
      return param === undefined ? pascalCase(segment) : `By${pascalCase(param) ?? ''}`;
    });
  return pascalCase(method) + segments.filter((segment) => segment !== undefined).join('');
}

interface ResolvedParameter extends NamedParamModel {
  in: string;
}

/** The merged parameters (the walk merged path-item and operation ones) that have a name and a location. */
function resolvedParameters(parameters: readonly Record<string, unknown>[]): ResolvedParameter[] {
  return parameters.flatMap((parameter) =>
    typeof parameter.name === 'string' && typeof parameter.in === 'string'
      ? [{ name: parameter.name, in: parameter.in, required: parameter.required === true || parameter.in === 'path', description: text(parameter.description) }]
      : [],
  );
}

/** Path params in the order the URL template names them (the seed client's positional order). */
function pathParams(path: string, method: HttpMethod, parameters: ResolvedParameter[], at: (segments: readonly string[]) => string): PathParamModel[] {
  const declared = parameters.filter((parameter) => parameter.in === 'path');
  const templateNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
  for (const name of templateNames) {
    if (!declared.some((parameter) => parameter.name === name)) {
      throw new SpecError(
        `${at(['paths', path, method])}: ${method.toUpperCase()} ${path} (${encodePointer(['paths', path, method])}) uses path parameter {${name}} but does not declare it in "parameters" (in: path); declare it or fix the path`,
      );
    }
  }
  const ordered = [...declared].sort((a, b) => rank(templateNames, a.name) - rank(templateNames, b.name));
  const taken = new Set(SIGNATURE_NAMES);
  return ordered.map((parameter) => ({
    ...parameter,
    identifier: claimUnique(safeParameterName(camelCase(parameter.name) ?? 'param'), taken),
  }));
}

function rank(order: string[], name: string): number {
  const index = order.indexOf(name);
  return index === -1 ? order.length : index;
}

function body(requestBody: unknown, deref: (value: unknown) => unknown): BodyModel | undefined {
  if (!isObject(requestBody)) return undefined;
  const content = deref(requestBody.content);
  const mediaTypes = isObject(content) ? Object.keys(content).sort(compare) : [];
  const mediaType = preferredMediaType(mediaTypes);
  if (mediaType === undefined) return undefined;
  return { required: requestBody.required === true, mediaType, description: text(requestBody.description) };
}

/** JSON first (what openapi-fetch serializes by default), then the alphabetically first. */
function preferredMediaType(mediaTypes: string[]): string | undefined {
  return mediaTypes.find((type) => type === 'application/json') ?? mediaTypes.find(isJsonMediaType) ?? mediaTypes[0];
}

export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(.+\+)?json(;.*)?$/i.test(mediaType);
}

function responses(responsesObject: unknown, deref: (value: unknown) => unknown): ResponseModel[] {
  if (!isObject(responsesObject)) return [];
  return Object.keys(responsesObject)
    .sort(compareStatus)
    .map((status) => {
      const response = deref(responsesObject[status]);
      const content = isObject(response) ? deref(response.content) : undefined;
      return {
        status,
        description: isObject(response) ? text(response.description) : undefined,
        mediaTypes: isObject(content) ? Object.keys(content).sort(compare) : [],
      };
    });
}

function compareStatus(a: string, b: string): number {
  // `default` sorts last; `2XX` sorts with the 200s.
  const weight = (status: string): string => (status === 'default' ? '999' : status.toUpperCase().replaceAll('X', '0'));
  return compare(weight(a), weight(b)) || compare(a, b);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
