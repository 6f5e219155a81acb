import type { ChangeClass, Direction } from './direction.js';
import type { Subject } from './subject.js';

export type { ChangeClass };

/** One difference between two specs, classified by what it does to a client built from the old one. */
export interface Change {
  class: ChangeClass;
  /** Stable machine name of the rule that fired, e.g. `field-removed`. */
  kind: string;
  /** The operation affected; absent for component-level changes. */
  operationId?: string;
  /** `components/schemas/X` for component-level changes. */
  component?: string;
  /** JSON pointer (through resolved $refs, hence "-ish") into the new spec, or the old one for removals. */
  location: string;
  /** A human sentence. */
  message: string;
  /**
   * What the change is about, when it is about one parameter, body or field (the message starts
   * with or contains `describeSubject(subject)`): lets a reader re-say it in other terms, e.g. the
   * generated client's type names (spec:diff --client).
   */
  subject?: Subject;
  /** Whether the client writes it (request) or reads it (response), when the change is about one side. */
  direction?: Direction;
}

/** Kinds that only touch prose or examples; the text report folds them into one line per operation. */
export const DOCUMENTATION_KIND = 'documentation';

export type Emit = (change: Change) => void;

/** Where in the API a comparison is happening: sets the subject of messages and the direction of rules. */
export interface Scope {
  emit: Emit;
  operationId?: string;
  component?: string;
}

/** Where a change sits, for changes about one parameter, body or field. */
export interface ChangeSubject {
  subject: Subject;
  direction: Direction;
}

export function emitChange(scope: Scope, cls: ChangeClass, kind: string, location: string, message: string, about?: ChangeSubject): void {
  const change: Change = { class: cls, kind, location, message };
  if (about) Object.assign(change, about);
  if (scope.operationId !== undefined) change.operationId = scope.operationId;
  if (scope.component !== undefined) change.component = scope.component;
  scope.emit(change);
}
