import { emitChange, type Scope } from './change.js';
import { joinPointer, isObject, type JsonObject } from '../spec/index.js';

/**
 * One way to authenticate (one security requirement object), described by what goes on the wire
 * and, separately, by how the credential is obtained. An OAuth2 client-credentials scheme and an
 * HTTP bearer scheme put the same `Authorization: Bearer` header on the wire: switching between
 * them changes documentation, not the client.
 */
interface Alternative {
  wire: string;
  detail: string;
  scopes: Set<string>;
  oauth: boolean;
}

function describeScheme(scheme: unknown, name: string): { wire: string; detail: string; oauth: boolean } {
  if (!isObject(scheme)) return { wire: `unknown scheme ${name}`, detail: `unknown scheme ${name}`, oauth: false };
  const type = String(scheme.type);
  if (type === 'http') {
    const httpScheme = String(scheme.scheme).toLowerCase();
    return { wire: httpScheme === 'bearer' ? 'bearer token' : `HTTP ${httpScheme}`, detail: `http ${httpScheme}`, oauth: false };
  }
  if (type === 'oauth2') {
    const flows = isObject(scheme.flows) ? Object.keys(scheme.flows).sort().join('+') : '';
    return { wire: 'bearer token', detail: `oauth2 ${flows}`, oauth: true };
  }
  if (type === 'openIdConnect') return { wire: 'bearer token', detail: 'openIdConnect', oauth: true };
  if (type === 'apiKey') {
    const where = `API key in ${String(scheme.in)} ${String(scheme.name)}`;
    return { wire: where, detail: where, oauth: false };
  }
  return { wire: type, detail: type, oauth: false };
}

function alternatives(security: unknown[], schemes: JsonObject): Alternative[] {
  return security.filter(isObject).map((requirement) => {
    const parts = Object.entries(requirement).map(([name, scopes]) => ({ ...describeScheme(schemes[name], name), scopes: Array.isArray(scopes) ? scopes.map(String) : [] }));
    return {
      wire: parts.map((p) => p.wire).sort().join(' + '),
      detail: parts.map((p) => p.detail + (p.scopes.length ? ` [${p.scopes.join(', ')}]` : '')).sort().join(' + '),
      scopes: new Set(parts.flatMap((p) => p.scopes)),
      oauth: parts.some((p) => p.oauth),
    };
  });
}

/** Anonymous access: no requirements at all, or an empty requirement among them. */
function allowsAnonymous(alts: Alternative[]): boolean {
  return alts.length === 0 || alts.some((a) => a.wire === '');
}

export function compareSecurity(scope: Scope, before: unknown[], after: unknown[], oldSchemes: JsonObject, newSchemes: JsonObject, operationLocation: string): void {
  const at = joinPointer(operationLocation, 'security');
  const oldAlts = alternatives(before, oldSchemes);
  const newAlts = alternatives(after, newSchemes);
  const show = (alts: Alternative[]): string => (allowsAnonymous(alts) ? 'none' : alts.map((a) => a.detail).join(' or '));

  if (allowsAnonymous(oldAlts)) {
    if (!allowsAnonymous(newAlts)) emitChange(scope, 'breaking', 'auth-required', at, `now requires authentication (${show(newAlts)})`);
    return;
  }
  if (allowsAnonymous(newAlts)) {
    emitChange(scope, 'non-breaking', 'auth-removed', at, `no longer requires authentication (was ${show(oldAlts)})`);
    return;
  }
  // The client authenticates one old way; it breaks unless the new spec still takes that way.
  const lost = oldAlts.filter((old) => !newAlts.some((alt) => alt.wire === old.wire));
  if (lost.length > 0) {
    emitChange(scope, 'breaking', 'security-changed', at, `authentication changed from ${show(oldAlts)} to ${show(newAlts)}`);
    return;
  }
  for (const old of oldAlts) {
    const same = newAlts.filter((alt) => alt.wire === old.wire);
    if (old.oauth && same.every((alt) => alt.oauth && [...alt.scopes].some((s) => !old.scopes.has(s)))) {
      emitChange(scope, 'breaking', 'scopes-added', at, `authentication now needs more scopes: ${show(oldAlts)} → ${show(newAlts)}`);
      return;
    }
  }
  if (show(oldAlts) !== show(newAlts)) {
    emitChange(scope, 'non-breaking', 'security-scheme-changed', at, `authentication documented differently, same credential on the wire (${oldAlts.map((a) => a.wire).join(' or ')}): ${show(oldAlts)} → ${show(newAlts)}`);
  }
}
