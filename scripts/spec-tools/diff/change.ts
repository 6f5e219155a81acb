export type ChangeClass = 'breaking' | 'non-breaking';

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

export function emitChange(scope: Scope, cls: ChangeClass, kind: string, location: string, message: string): void {
  const change: Change = { class: cls, kind, location, message };
  if (scope.operationId !== undefined) change.operationId = scope.operationId;
  if (scope.component !== undefined) change.component = scope.component;
  scope.emit(change);
}
