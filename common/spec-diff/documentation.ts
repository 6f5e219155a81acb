import { DOCUMENTATION_KIND, emitChange, type Scope } from './change.js';
import { stableStringify } from './stable-stringify.js';
import { joinPointer, type JsonObject } from '../spec/index.js';

const DOC_KEYS = ['summary', 'description', 'title', 'example', 'examples', 'externalDocs'] as const;

/** Prose and examples changing never breaks a client; still worth listing for a reviewer. */
export function compareDocumentation(scope: Scope, oldNode: JsonObject, newNode: JsonObject, location: string, subject: string): void {
  for (const key of DOC_KEYS) {
    const before = oldNode[key];
    const after = newNode[key];
    if (stableStringify(before) === stableStringify(after)) continue;
    const what = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    emitChange(scope, 'non-breaking', DOCUMENTATION_KIND, joinPointer(location, key), `${subject}: ${key} ${what}`);
  }
  if (oldNode.deprecated !== true && newNode.deprecated === true) {
    emitChange(scope, 'non-breaking', 'deprecated', joinPointer(location, 'deprecated'), `${subject} is now deprecated`);
  }
}
