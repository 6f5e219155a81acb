import { collectApis } from '../../codegen/collect-operations.js';
import { resultShape, signatureParameters, typeRoot } from '../../codegen/emit-signature.js';
import type { OperationModel } from '../../codegen/operation-model.js';
import type { JsonObject } from '../../../common/spec/index.js';

/** What the README and the examples call the client: `const logto = createLogtoClient(...)`. */
const CLIENT_VARIABLE = 'logto';

/** One generated method as code that calls it sees it. Everything here comes from the generator's own model. */
export interface ClientMethod {
  /** `logto.users.listUsers`. */
  accessor: string;
  /** `UsersApi`, the exported class. */
  className: string;
  /** `logto.users.listUsersIterate`, for a page-based list. */
  iterator?: string;
  /** `GET /api/users`. */
  route: string;
  /** `operations['ListUsers']` or `paths['/p']['get']`: where its types live in schema.ts. */
  typeRoot: string;
  /** The positional parameters: a path parameter by its wire name, `body` (with its media type), `query`, `headerParams`, `options`. */
  parameters: { role: string; name: string; optional: boolean }[];
  /** What the call resolves to, with the type root left out so two versions compare (`200 application/json | undefined`). */
  result: string;
  /** How the body is read when it is not JSON (`text`, `blob`). */
  parseAs?: string;
}

/** `(userId, body?, options?)`. */
export function signatureText(method: ClientMethod): string {
  return `(${method.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`;
}

/**
 * The client the generator makes from `doc` (the raw document, refs untouched), keyed by
 * `METHOD path` so it pairs with the diff engine's operations. Built by the generator's own
 * collectApis, signatureParameters and resultShape: names and signatures are the generated ones.
 */
export function clientSurface(doc: JsonObject, source: string): Map<string, ClientMethod> {
  const surface = new Map<string, ClientMethod>();
  for (const api of collectApis(doc, source)) {
    for (const operation of api.operations) {
      const root = typeRoot(operation);
      const shape = resultShape(operation);
      const method: ClientMethod = {
        accessor: `${CLIENT_VARIABLE}.${api.propertyName}.${operation.methodName}`,
        className: api.className,
        route: `${operation.method.toUpperCase()} ${operation.path}`,
        typeRoot: root,
        parameters: signatureParameters(operation).map((parameter) => ({ role: roleOf(operation, parameter.name), name: parameter.name, optional: parameter.optional || parameter.type.endsWith(' | undefined') })),
        result: readableResult(shape.type, root),
      };
      if (operation.iteratorName) method.iterator = `${CLIENT_VARIABLE}.${api.propertyName}.${operation.iteratorName}`;
      if (shape.parseAs) method.parseAs = shape.parseAs;
      surface.set(method.route, method);
    }
  }
  return surface;
}

/** What a positional parameter stands for, whatever the generator named it: two versions compare by this. */
function roleOf(operation: OperationModel, name: string): string {
  const pathParam = operation.pathParams.find((parameter) => parameter.identifier === name);
  if (pathParam) return `path parameter ${pathParam.name}`;
  if (name === 'body') return `body (${operation.body?.mediaType ?? 'none'})`;
  return name;
}

/** `operations['X']['responses'][200]['content']['application/json'] | undefined` → `200 application/json | undefined`. */
function readableResult(type: string, root: string): string {
  return type
    .split(root)
    .join('')
    .replace(/\['responses'\]\[(?:'([^']+)'|(\d+))\]\['content'\]\['([^']+)'\]/g, (_m, quoted: string | undefined, numeric: string | undefined, media: string) => `${quoted ?? numeric ?? ''} ${media}`);
}
