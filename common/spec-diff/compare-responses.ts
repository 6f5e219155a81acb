import { emitChange, type ChangeSubject, type Scope } from './change.js';
import { compareContent } from './compare-content.js';
import { compareSchema, newSchemaContext } from './compare-schema.js';
import { compareDocumentation } from './documentation.js';
import { joinPointer, isObject, type JsonObject } from '../spec/index.js';

function entries(node: unknown): Map<string, JsonObject> {
  return new Map(isObject(node) ? Object.entries(node).filter((e): e is [string, JsonObject] => isObject(e[1])) : []);
}

/** Response statuses: a removed one breaks (a client stops recognising it), a new one does not. */
export function compareResponses(scope: Scope, before: unknown, after: unknown, operationLocation: string): void {
  const oldResponses = entries(before);
  const newResponses = entries(after);
  const at = (status: string): string => joinPointer(operationLocation, 'responses', status);
  const about = (status: string): ChangeSubject => ({ subject: { base: `response ${status}`, field: '' }, direction: 'response' });
  for (const status of oldResponses.keys()) {
    if (!newResponses.has(status)) emitChange(scope, 'breaking', 'response-removed', at(status), `response ${status} was removed`, about(status));
  }
  for (const status of newResponses.keys()) {
    if (!oldResponses.has(status)) emitChange(scope, 'non-breaking', 'response-added', at(status), `new response ${status}`, about(status));
  }
  for (const [status, oldResponse] of oldResponses) {
    const newResponse = newResponses.get(status);
    if (!newResponse) continue;
    const subject = `response ${status}`;
    compareDocumentation(scope, oldResponse, newResponse, at(status), subject);
    compareContent(scope, 'response', oldResponse.content, newResponse.content, at(status), `${subject} body`);
    compareHeaders(scope, oldResponse.headers, newResponse.headers, at(status), subject);
  }
}

function compareHeaders(scope: Scope, before: unknown, after: unknown, location: string, subject: string): void {
  const lower = (m: Map<string, JsonObject>): Map<string, [string, JsonObject]> => new Map([...m].map(([name, h]) => [name.toLowerCase(), [name, h]]));
  const oldHeaders = lower(entries(before));
  const newHeaders = lower(entries(after));
  const at = (name: string): string => joinPointer(location, 'headers', name);
  for (const [key, [name]] of oldHeaders) {
    if (!newHeaders.has(key)) emitChange(scope, 'breaking', 'response-header-removed', at(name), `${subject}: header ${name} was removed`);
  }
  for (const [key, [name, header]] of newHeaders) {
    const old = oldHeaders.get(key);
    if (!old) {
      emitChange(scope, 'non-breaking', 'response-header-added', at(name), `${subject}: new header ${name}`);
      continue;
    }
    const label = `${subject} header ${name}`;
    if (old[1].required === true && header.required !== true) emitChange(scope, 'breaking', 'response-header-became-optional', at(name), `${label} became optional`);
    compareDocumentation(scope, old[1], header, at(name), label);
    compareSchema(newSchemaContext(scope, 'response'), old[1].schema, header.schema, joinPointer(at(name), 'schema'), { base: label, field: '' });
  }
}
