import type { OperationSpec } from './operations.js';

interface Route {
  pattern: RegExp;
  operation: OperationSpec;
}

/** Finds the spec operation of a concrete request (`DELETE /api/users/abc` → DeleteUser). */
export class OperationIndex {
  private readonly routes: Route[];

  constructor(readonly operations: OperationSpec[]) {
    this.routes = operations.map((operation) => ({ operation, pattern: templateToRegExp(operation.path) }));
    // Literal segments win over parameters (`/a/status` before `/a/{id}`): longer templates first.
    this.routes.sort((a, b) => literalLength(b.operation.path) - literalLength(a.operation.path));
  }

  find(method: string, pathname: string): OperationSpec | undefined {
    const lower = method.toLowerCase();
    return this.routes.find((route) => route.operation.method === lower && route.pattern.test(pathname))?.operation;
  }

  byId(operationId: string): OperationSpec {
    const found = this.operations.find((operation) => operation.operationId === operationId);
    if (!found) throw new Error(`operation ${operationId} is not in openapi/logto-management.yaml`);
    return found;
  }
}

function templateToRegExp(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

function literalLength(template: string): number {
  return template.replace(/\{[^}]+\}/g, '').length;
}
