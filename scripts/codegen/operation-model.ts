import type { HttpMethod } from '../../common/spec/index.js';

/** What the API generator needs to know about one operation, already named and ordered. */
export interface OperationModel {
  /** The spec's operationId, or the synthesized one (see `fallbackOperationKey`) when absent. */
  key: string;
  /** True when `key` is the spec's own operationId (so `operations[key]` exists in schema.ts). */
  hasOperationId: boolean;
  /**
   * The spec's operationId when several operations share it: each of them is then keyed and
   * named by method and path instead, and its doc comment says so.
   */
  sharedOperationId: string | undefined;
  method: HttpMethod;
  path: string;
  tag: string;
  methodName: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  /** False when the spec lets the operation be called without credentials (`security: []`). */
  requiresToken: boolean;
  pathParams: PathParamModel[];
  queryParams: NamedParamModel[];
  headerParams: NamedParamModel[];
  body: BodyModel | undefined;
  responses: ResponseModel[];
  /** A page-based list (`page` and `page_size` query parameters, a JSON array on 200): it also gets an iterator method. */
  paginated: boolean;
  /** The iterator method's name (`listUsersIterate`), when `paginated`. */
  iteratorName: string | undefined;
  /** The operation's function in operations.ts: its method name unless another class's method or a reserved word has it. */
  functionName: string;
  /** The iterator's function in operations.ts, when `paginated`. */
  iteratorFunctionName: string | undefined;
}

export interface NamedParamModel {
  name: string;
  required: boolean;
  description: string | undefined;
}

export interface PathParamModel extends NamedParamModel {
  /** The TypeScript parameter name (camelCased, reserved words and clashes avoided). */
  identifier: string;
}

export interface BodyModel {
  required: boolean;
  mediaType: string;
  description: string | undefined;
}

export interface ResponseModel {
  /** As written in the spec: `200`, `2XX`, `default`. */
  status: string;
  description: string | undefined;
  mediaTypes: string[];
}

export interface ApiModel {
  tag: string;
  className: string;
  propertyName: string;
  operations: OperationModel[];
}
