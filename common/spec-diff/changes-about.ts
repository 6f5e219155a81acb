import type { Change } from './change.js';

/**
 * Which changes of a spec diff are about one place of an operation's answers or requests: how a
 * difference seen on the wire (a live answer against an older Logto, two recorded traces) is told
 * apart as "in the spec diff" or not. The subjects are the diff's own (subject.ts): `response 200
 * body` with a field path `a.b`, `[].c`, `x.*`; `response 204`; `request body`; `query parameter
 * \`x\``; `response 200 header x`.
 */
export type AnswerPlace =
  /** The status itself: the one expected and the one answered. */
  | { what: 'status'; statuses: readonly number[] }
  | { what: 'content type'; status: number }
  /** A field of the body, as a JSON pointer into the answer (`/0/name`; `` is the body). */
  | { what: 'field'; status: number; pointer: string }
  | { what: 'header'; status: number; name: string };

/** A change about the operation as a whole (it came or went): it explains anything about its answers. */
function aboutWholeOperation(change: Change): boolean {
  return change.kind === 'operation-added' || change.kind === 'operation-removed';
}

export function changesAboutAnswer(changes: readonly Change[], place: AnswerPlace): Change[] {
  return changes.filter((change) => {
    if (aboutWholeOperation(change)) return true;
    const base = change.subject?.base;
    if (change.direction !== 'response' || base === undefined) return false;
    const field = change.subject?.field ?? '';
    switch (place.what) {
      case 'status':
        return place.statuses.some((status) => base === `response ${status}`);
      case 'content type':
        return base === `response ${place.status}` || (base === `response ${place.status} body` && field === '');
      case 'field':
        return base === `response ${place.status}` || (base === `response ${place.status} body` && related(field, fieldOfPointer(place.pointer)));
      case 'header':
        return base === `response ${place.status}` || base === `response ${place.status} header ${place.name.toLowerCase()}`;
    }
  });
}

/** What a request sent that a change may be about: the top-level fields of its JSON body, its parameters. */
export interface RequestPlace {
  bodyFields: readonly string[];
  parameters: ReadonlyArray<{ in: string; name: string }>;
}

export function changesAboutRequest(changes: readonly Change[], sent: RequestPlace): Change[] {
  return changes.filter((change) => {
    if (aboutWholeOperation(change)) return true;
    const base = change.subject?.base;
    if (change.direction !== 'request' || base === undefined) return false;
    if (base === 'request body') {
      const top = segments(change.subject?.field ?? '')[0];
      return top === undefined || sent.bodyFields.includes(top);
    }
    return sent.parameters.some((p) => base === `${p.in} parameter \`${p.name}\``);
  });
}

/**
 * A JSON pointer into an answer as the diff writes fields: `/0/organizationRoles/1/id` is
 * `[].organizationRoles[].id`; the body itself (`` or `/`) is ``.
 */
export function fieldOfPointer(pointer: string): string {
  const tokens = pointer
    .split('/')
    .slice(1)
    .filter((token, i, all) => !(token === '' && all.length === 1))
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  let field = '';
  for (const token of tokens) {
    if (/^\d+$/.test(token)) field += '[]';
    else field = field === '' ? token : `${field}.${token}`;
  }
  return field;
}

function segments(field: string): string[] {
  return field === '' ? [] : (field.match(/\[\]|[^.[\]]+/g) ?? []);
}

/** One field is the other, or lies inside it (`a` and `a.b`; `*` stands for any key). */
function related(a: string, b: string): boolean {
  const [left, right] = [segments(a), segments(b)];
  const shorter = Math.min(left.length, right.length);
  for (let i = 0; i < shorter; i += 1) {
    if (left[i] !== right[i] && left[i] !== '*' && right[i] !== '*') return false;
  }
  return true;
}
