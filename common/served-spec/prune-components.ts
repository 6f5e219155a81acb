import { unescapePointerToken, isObject, type JsonObject } from '../spec/index.js';

/**
 * Drops every component nothing outside `components` refers to, directly or through other
 * components. Security schemes count as used when a security requirement names them.
 */
export function pruneComponents(doc: JsonObject): JsonObject {
  const components = isObject(doc.components) ? doc.components : undefined;
  if (!components) return doc;

  const used = new Map<string, Set<string>>();
  const mark = (section: string, name: string): boolean => {
    const names = used.get(section) ?? new Set<string>();
    used.set(section, names);
    if (names.has(name)) return false;
    names.add(name);
    return true;
  };

  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isObject(node)) return;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/')) {
      const [section, name] = ref.slice('#/components/'.length).split('/').map(unescapePointerToken);
      if (section && name && mark(section, name)) {
        const target = isObject(components[section]) ? (components[section] as JsonObject)[name] : undefined;
        visit(target);
      }
    }
    for (const value of Object.values(node)) visit(value);
  };

  const markSecurity = (requirements: unknown): void => {
    if (!Array.isArray(requirements)) return;
    for (const requirement of requirements) if (isObject(requirement)) for (const scheme of Object.keys(requirement)) mark('securitySchemes', scheme);
  };

  const { components: _omitted, ...rest } = doc;
  visit(rest);
  markSecurity(doc.security);
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    if (isObject(item)) for (const op of Object.values(item)) if (isObject(op)) markSecurity(op.security);
  }

  const pruned: JsonObject = {};
  for (const [section, entries] of Object.entries(components)) {
    if (!isObject(entries)) continue;
    const names = used.get(section);
    const keptEntries = Object.fromEntries(Object.entries(entries).filter(([name]) => names?.has(name)));
    if (Object.keys(keptEntries).length > 0) pruned[section] = keptEntries;
  }
  const out: JsonObject = { ...rest };
  if (Object.keys(pruned).length > 0) out.components = pruned;
  return out;
}
