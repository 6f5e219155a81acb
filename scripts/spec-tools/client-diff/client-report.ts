import { DOCUMENTATION_KIND, type Change } from '../../../common/spec-diff/change.js';
import { indexOperations, pairOperations, type IndexedOperation } from '../../../common/spec-diff/operation-index.js';
import { describeSubject } from '../../../common/spec-diff/subject.js';
import { clientSurface, signatureText, type ClientMethod } from './client-surface.js';
import { ruleFor, SEEN_THROUGH_THE_CLIENT, semverFor, type Area, type Impact } from './client-rules.js';
import type { SpecOrigin } from '../../../common/served-spec/spec-origin.js';
import { typeNameOf } from './type-names.js';
import { decodeLocalRef, type JsonObject } from '../../../common/spec/index.js';

/** One thing that changes for code calling the client, in the client's own names. */
export interface ClientChange {
  impact: Impact;
  area: Area;
  /** The generated methods it concerns (`logto.users.listUsers`), sorted; empty for a named type on its own. */
  methods: string[];
  /** The TypeScript type it shows in (`components['schemas']['User']`, `operations['GetUser']['responses'][200]['content']['application/json']`). */
  type?: string;
  /** The field inside `type`, dotted (`secret`, `[].events[]`). */
  field?: string;
  text: string;
  /** For a breaking change: how calling code breaks. */
  why?: string;
}

export interface ClientReportSide extends SpecOrigin {
  file: string;
}

export interface ClientReport {
  old: ClientReportSide;
  new: ClientReportSide;
  /** The package's next version step: major when code that compiled may not compile or may break at run time, minor for additions only, patch otherwise. */
  semver: 'major' | 'minor' | 'patch';
  summary: { breaking: number; additions: number; compatible: number; notShown: number };
  changes: ClientChange[];
  /** Changes on the wire that the generated code does not show (constraints, error statuses, prose, security), counted by the diff engine's kind. */
  notShown: Record<string, number>;
  notes: string[];
}

interface ClientReportInput {
  old: ClientReportSide;
  new: ClientReportSide;
  /** The two documents as written (refs untouched): what the generator reads. */
  before: JsonObject;
  after: JsonObject;
  /** The diff engine's changes between them. */
  changes: readonly Change[];
}

/**
 * The difference between the client generated from `before` and the one generated from `after`,
 * as code that calls it sees it. Methods, signatures and results come from the generator's own
 * model of each spec; everything else is the diff engine's changes re-said in the generated
 * names (client-rules.ts says what each kind does to calling code).
 */
export function buildClientReport(input: ClientReportInput): ClientReport {
  const oldSurface = clientSurface(input.before, input.old.file);
  const newSurface = clientSurface(input.after, input.new.file);
  const changes: ClientChange[] = [];
  const add = (change: ClientChange): void => {
    changes.push(change);
  };

  const oldOps = indexOperations(input.before);
  const newOps = indexOperations(input.after);
  const { matched, removed, added } = pairOperations(oldOps, newOps);
  const methodOf = (surface: Map<string, ClientMethod>, op: IndexedOperation): ClientMethod | undefined => surface.get(`${op.method.toUpperCase()} ${op.path}`);
  const callables = (method: ClientMethod): string[] => [method.accessor, ...(method.iterator ? [method.iterator] : [])];

  for (const op of removed) {
    const method = methodOf(oldSurface, op);
    if (method) add({ impact: 'breaking', area: 'methods', methods: callables(method), text: `removed (was \`${method.route}\`)`, why: 'code that calls it no longer compiles' });
  }
  for (const op of added) {
    const method = methodOf(newSurface, op);
    if (method) add({ impact: 'addition', area: 'methods', methods: callables(method), text: `new: \`${method.route}\`` });
  }
  for (const [oldOp, newOp] of matched) {
    const before = methodOf(oldSurface, oldOp);
    const after = methodOf(newSurface, newOp);
    if (before && after) compareMethods(before, after, add);
  }
  compareClasses(oldSurface, newSurface, add);

  const notShown: Record<string, number> = {};
  const count = (kind: string): void => {
    notShown[kind] = (notShown[kind] ?? 0) + 1;
  };
  const grouped = new Map<string, ClientChange>();
  for (const change of input.changes) {
    if (SEEN_THROUGH_THE_CLIENT.has(change.kind)) continue;
    const rule = change.kind === DOCUMENTATION_KIND || outsideTheResult(change) ? undefined : ruleFor(change);
    if (!rule) {
      count(change.kind);
      continue;
    }
    // The engine names a matched operation by its new key; removed ones are reported above.
    const op = change.operationId === undefined ? undefined : newOps.get(change.operationId);
    const method = op ? methodOf(newSurface, op) : undefined;
    const entry = clientChangeOf(change, rule.impact, rule.why, method, input);
    const key = entry.type && entry.field !== undefined && isNamed(entry.type) ? `${entry.impact} ${entry.area} ${entry.text}` : undefined;
    const same = key ? grouped.get(key) : undefined;
    if (same) same.methods = [...new Set([...same.methods, ...entry.methods])].sort();
    else {
      if (key) grouped.set(key, entry);
      add(entry);
    }
  }

  const sorted = changes.sort(byReadingOrder);
  const impacts = sorted.map((change) => change.impact);
  const notes: string[] = [];
  if (input.old.kind !== input.new.kind) {
    notes.push(`The two specs are of different kinds (${input.old.kind} and ${input.new.kind}): what differs includes our corrections (openapi/corrections.overlay.yaml), not only what Logto changed.`);
  }
  return {
    old: input.old,
    new: input.new,
    semver: semverFor(impacts),
    summary: {
      breaking: impacts.filter((i) => i === 'breaking').length,
      additions: impacts.filter((i) => i === 'addition').length,
      compatible: impacts.filter((i) => i === 'compatible').length,
      notShown: Object.values(notShown).reduce((a, b) => a + b, 0),
    },
    changes: sorted,
    notShown: Object.fromEntries(Object.entries(notShown).sort(([a], [b]) => (a < b ? -1 : 1))),
    notes,
  };
}

/** One generated method in both versions: its name, route, iterator, positional parameters and result. */
function compareMethods(before: ClientMethod, after: ClientMethod, add: (change: ClientChange) => void): void {
  if (before.accessor !== after.accessor) {
    add({ impact: 'breaking', area: 'methods', methods: [before.accessor], text: `is now \`${after.accessor}\` (\`${after.route}\`)`, why: 'code that calls it by its old name no longer compiles' });
  }
  if (before.route !== after.route) {
    add({
      impact: 'breaking',
      area: 'methods',
      methods: [after.accessor],
      text: `now calls \`${after.route}\` (was \`${before.route}\`)`,
      why: `the method is unchanged, but code that calls \`logto.client\` with the old path or names \`paths['${before.route.split(' ')[1]}']\` no longer compiles`,
    });
  }
  if (before.iterator && !after.iterator) add({ impact: 'breaking', area: 'methods', methods: [before.iterator], text: 'removed: the list is no longer page-based', why: 'code that calls it no longer compiles' });
  if (!before.iterator && after.iterator) add({ impact: 'addition', area: 'methods', methods: [after.iterator], text: 'new: walks every page of the list' });

  const signature = compareSignatures(before, after);
  if (signature) add({ impact: signature, area: 'signatures', methods: [after.accessor], text: `takes \`${signatureText(after)}\` (was \`${signatureText(before)}\`)`, ...(signature === 'breaking' ? { why: 'a call that compiled may not compile any more, or passes its arguments to other parameters' } : {}) });

  const result = compareResults(before, after);
  if (result) add({ impact: result, area: 'signatures', methods: [after.accessor], text: `resolves to \`${describeResult(after)}\` (was \`${describeResult(before)}\`)`, ...(result === 'breaking' ? { why: 'code that uses the result may not compile any more' } : {}) });
}

/**
 * Positional parameters compare by what each stands for. The same list with some now optional
 * is an addition; the old list followed by new optional ones too; anything else (a parameter
 * added in front, removed, moved, now required) breaks a call.
 */
function compareSignatures(before: ClientMethod, after: ClientMethod): Impact | undefined {
  const old = before.parameters.filter((p) => p.role !== 'options');
  const now = after.parameters.filter((p) => p.role !== 'options');
  if (old.length === now.length && old.every((p, i) => p.role === now[i]?.role && p.optional === now[i]?.optional)) return undefined;
  const prefix = old.every((p, i) => p.role === now[i]?.role && (p.optional ? now[i]?.optional === true : true));
  return prefix && now.slice(old.length).every((p) => p.optional) ? 'addition' : 'breaking';
}

/**
 * What the call resolves to: a result that can now be something it could not be before (another
 * body, `undefined`, text instead of JSON) breaks code that uses it; nothing where there was
 * nothing (`void`) before is an addition; a result that can be less is compatible.
 */
function compareResults(before: ClientMethod, after: ClientMethod): Impact | undefined {
  if (before.result === after.result && before.parseAs === after.parseAs) return undefined;
  if (before.result === 'void') return 'addition';
  if (before.parseAs !== after.parseAs || after.result === 'void') return 'breaking';
  const old = new Set(before.result.split(' | '));
  return after.result.split(' | ').every((member) => old.has(member)) ? 'compatible' : 'breaking';
}

function describeResult(method: ClientMethod): string {
  return method.result === 'void' ? 'void' : method.result.split(' | ').map((member) => (/ /.test(member) ? `the ${member} body` : member)).join(' | ');
}

/** Exported classes (`UsersApi`, reached as `logto.users`): one gone breaks code that names it. */
function compareClasses(before: Map<string, ClientMethod>, after: Map<string, ClientMethod>, add: (change: ClientChange) => void): void {
  const classes = (surface: Map<string, ClientMethod>): Map<string, string> =>
    new Map([...surface.values()].map((method) => [method.className, method.accessor.split('.').slice(0, 2).join('.')]));
  const old = classes(before);
  const now = classes(after);
  for (const [name, accessor] of old) {
    if (!now.has(name)) add({ impact: 'breaking', area: 'types', methods: [], type: name, text: `class \`${name}\` (\`${accessor}\`) is no longer generated`, why: 'code that names the class or its property no longer compiles' });
  }
  for (const [name, accessor] of now) if (!old.has(name)) add({ impact: 'addition', area: 'types', methods: [], type: name, text: `new class \`${name}\` (\`${accessor}\`)` });
}

/**
 * A response that is not a success, and response headers, are not part of what a method resolves
 * to: a non-2xx answer is thrown as LogtoApiError (its body untyped), headers are not returned.
 */
function outsideTheResult(change: Change): boolean {
  const tokens = decodeLocalRef(change.location) ?? [];
  if (tokens[0] !== 'paths' || tokens[3] !== 'responses') return false;
  return !/^2(\d\d|XX)$/i.test(tokens[4] ?? '') || tokens[5] === 'headers';
}

function isNamed(type: string): boolean {
  return type.startsWith("components['schemas']");
}

/** An engine change in the client's words: the method, the type and field it shows in. */
function clientChangeOf(change: Change, impact: Impact, why: string | undefined, method: ClientMethod | undefined, input: ClientReportInput): ClientChange {
  const base = { impact, ...(why ? { why } : {}) };
  if (change.component) {
    const name = change.component.replace(/^schemas\//, '');
    const type = `components['schemas']['${name}']`;
    const text = change.kind === 'component-removed' ? `\`${type}\` is no longer generated` : `new type \`${type}\``;
    return { ...base, area: 'types', methods: [], type, text };
  }
  const area: Area = change.direction === 'response' ? 'response' : 'request';
  const methods = method ? [method.accessor] : [];
  const name = method ? typeNameOf(change, method.typeRoot, { before: input.before, after: input.after }) : undefined;
  if (!name) return { ...base, area, methods, text: change.message };
  if (name.named && change.subject) {
    const subject = `\`${name.type}\`${name.field ? ` field \`${name.field}\`` : ''}`;
    return { ...base, area, methods, type: name.type, field: name.field, text: change.message.replace(describeSubject(change.subject), subject) };
  }
  return { ...base, area, methods, type: name.type, field: name.field, text: change.message };
}

const IMPACT_ORDER: Impact[] = ['breaking', 'addition', 'compatible'];
const AREA_ORDER: Area[] = ['methods', 'signatures', 'request', 'response', 'types'];

function byReadingOrder(a: ClientChange, b: ClientChange): number {
  return (
    IMPACT_ORDER.indexOf(a.impact) - IMPACT_ORDER.indexOf(b.impact) ||
    AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area) ||
    compareText(a.methods[0] ?? a.type ?? '', b.methods[0] ?? b.type ?? '') ||
    compareText(a.text, b.text)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
