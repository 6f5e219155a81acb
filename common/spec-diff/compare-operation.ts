import { emitChange, type Scope } from './change.js';
import { compareParameters } from './compare-parameters.js';
import { compareRequestBody } from './compare-request-body.js';
import { compareResponses } from './compare-responses.js';
import { compareSecurity } from './compare-security.js';
import { compareDocumentation } from './documentation.js';
import type { IndexedOperation } from './operation-index.js';
import { joinPointer, type JsonObject } from '../spec/index.js';

interface SecuritySchemes {
  before: JsonObject;
  after: JsonObject;
}

export function compareOperation(scope: Scope, before: IndexedOperation, after: IndexedOperation, schemes: SecuritySchemes): void {
  const at = after.location;
  if (before.operationId !== after.operationId) {
    emitChange(scope, 'breaking', 'operation-id-changed', joinPointer(at, 'operationId'), `operationId changed from ${before.operationId ?? '(none)'} to ${after.operationId ?? '(none)'} (generated method names change)`);
  }
  if (before.path !== after.path) emitChange(scope, 'breaking', 'path-changed', at, `path changed from ${before.path} to ${after.path}`);
  if (before.method !== after.method) emitChange(scope, 'breaking', 'method-changed', at, `method changed from ${before.method.toUpperCase()} to ${after.method.toUpperCase()}`);
  compareDocumentation(scope, before.operation, after.operation, at, 'operation');
  compareSecurity(scope, before.security, after.security, schemes.before, schemes.after, at);
  compareParameters(scope, before.parameters, after.parameters, at);
  compareRequestBody(scope, before.operation.requestBody, after.operation.requestBody, at);
  compareResponses(scope, before.operation.responses, after.operation.responses, at);
}
