import { emitChange, type Emit } from './change.js';
import { encodePointer, isObject, type JsonObject } from '../spec/index.js';

/**
 * Named schemas become named types in the generated client (`components["schemas"]["X"]`), so a
 * removed name breaks code that imports it even when no operation changed. Their content is
 * compared through the operations that use them.
 */
export function compareComponentNames(emit: Emit, before: JsonObject, after: JsonObject): void {
  const names = (doc: JsonObject): string[] => {
    const components = isObject(doc.components) ? doc.components : {};
    return isObject(components.schemas) ? Object.keys(components.schemas) : [];
  };
  const oldNames = names(before);
  const newNames = names(after);
  for (const name of oldNames) {
    if (!newNames.includes(name)) emitChange({ emit, component: `schemas/${name}` }, 'breaking', 'component-removed', encodePointer(['components', 'schemas', name]), `named schema ${name} was removed (its generated type disappears)`);
  }
  for (const name of newNames) {
    if (!oldNames.includes(name)) emitChange({ emit, component: `schemas/${name}` }, 'non-breaking', 'component-added', encodePointer(['components', 'schemas', name]), `new named schema ${name}`);
  }
}
