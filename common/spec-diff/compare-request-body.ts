import { emitChange, type ChangeSubject, type Scope } from './change.js';
import { compareContent } from './compare-content.js';
import { compareDocumentation } from './documentation.js';
import { joinPointer, isObject } from '../spec/index.js';

export function compareRequestBody(scope: Scope, before: unknown, after: unknown, operationLocation: string): void {
  const at = joinPointer(operationLocation, 'requestBody');
  const body: ChangeSubject = { subject: { base: 'request body', field: '' }, direction: 'request' };
  if (!isObject(before) && !isObject(after)) return;
  if (!isObject(before) && isObject(after)) {
    if (after.required === true) emitChange(scope, 'breaking', 'request-body-added', at, 'now requires a request body', body);
    else emitChange(scope, 'non-breaking', 'request-body-added', at, 'now accepts an optional request body', body);
    return;
  }
  if (isObject(before) && !isObject(after)) {
    emitChange(scope, 'breaking', 'request-body-removed', at, 'no longer takes a request body', body);
    return;
  }
  if (!isObject(before) || !isObject(after)) return;
  if (before.required !== true && after.required === true) emitChange(scope, 'breaking', 'request-body-became-required', at, 'request body became required', body);
  if (before.required === true && after.required !== true) emitChange(scope, 'non-breaking', 'request-body-became-optional', at, 'request body became optional', body);
  compareDocumentation(scope, before, after, at, 'request body');
  compareContent(scope, 'request', before.content, after.content, at, 'request body');
}
