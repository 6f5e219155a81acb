import type { Change } from '../../../common/spec-diff/change.js';

/**
 * What a change does to code that calls the regenerated client (not to the wire):
 * - `breaking`: code that compiled against the old client may not compile, or may break at run time (major);
 * - `addition`: something new the code may use; nothing it does changes (minor);
 * - `compatible`: the types change, but code that compiled still compiles and works (patch).
 * Changes the generated code does not show at all (constraints, prose, security, error statuses)
 * have no impact here; the report only counts them.
 */
export type Impact = 'breaking' | 'addition' | 'compatible';

/** Where a reader of the report finds it: the calls, what is sent, what comes back, the named types. */
export type Area = 'methods' | 'signatures' | 'request' | 'response' | 'types';

interface Rule {
  impact: Impact;
  /** For a breaking change: how the caller's code breaks. */
  why?: string;
}

const NO_COMPILE_CALL = 'a call that compiled may not compile any more';
const NO_COMPILE_READ = 'code that reads it may not compile any more';
const NULL_CHECK = 'code that uses it without a check may not compile (strictNullChecks) and may meet undefined or null at run time';
const UNEXPECTED_VALUE = 'code may meet a value it does not handle at run time (an exhaustive switch over it no longer compiles)';
const NO_OVERLAP = "a comparison with a value it no longer has stops compiling (TS2367, \"no overlap\")";

/** What the client writes: anything that accepts less breaks a call; anything that accepts more is an addition. */
const REQUEST: Record<string, Rule> = {
  'parameter-removed': { impact: 'breaking', why: NO_COMPILE_CALL },
  'parameter-renamed': { impact: 'breaking', why: NO_COMPILE_CALL },
  'required-parameter-added': { impact: 'breaking', why: NO_COMPILE_CALL },
  'parameter-became-required': { impact: 'breaking', why: NO_COMPILE_CALL },
  'field-removed': { impact: 'breaking', why: NO_COMPILE_CALL },
  'field-renamed': { impact: 'breaking', why: NO_COMPILE_CALL },
  'required-field-added': { impact: 'breaking', why: NO_COMPILE_CALL },
  'field-became-required': { impact: 'breaking', why: NO_COMPILE_CALL },
  'type-changed': { impact: 'breaking', why: NO_COMPILE_CALL },
  'type-narrowed': { impact: 'breaking', why: NO_COMPILE_CALL },
  'enum-narrowed': { impact: 'breaking', why: NO_COMPILE_CALL },
  'enum-added': { impact: 'breaking', why: NO_COMPILE_CALL },
  'alternative-removed': { impact: 'breaking', why: NO_COMPILE_CALL },
  'no-longer-nullable': { impact: 'breaking', why: NO_COMPILE_CALL },
  // A body typed `unknown` before now has a shape a call must match.
  'schema-added': { impact: 'breaking', why: NO_COMPILE_CALL },
  'parameter-added': { impact: 'addition' },
  'parameter-became-optional': { impact: 'addition' },
  'field-added': { impact: 'addition' },
  'field-became-optional': { impact: 'addition' },
  'type-widened': { impact: 'addition' },
  'enum-widened': { impact: 'addition' },
  'enum-removed': { impact: 'addition' },
  'alternative-added': { impact: 'addition' },
  'became-nullable': { impact: 'addition' },
  'schema-removed': { impact: 'addition' },
};

/**
 * What the client reads. Unlike on the wire, a narrower answer can break too: TypeScript refuses
 * a comparison with a literal the type no longer has (`status === 'Retired'`), so a value or type
 * that disappears breaks compiling code. Only null and a missing field may disappear harmlessly.
 */
const RESPONSE: Record<string, Rule> = {
  'field-removed': { impact: 'breaking', why: NO_COMPILE_READ },
  'field-renamed': { impact: 'breaking', why: NO_COMPILE_READ },
  'type-changed': { impact: 'breaking', why: NO_COMPILE_READ },
  'type-widened': { impact: 'breaking', why: UNEXPECTED_VALUE },
  'type-narrowed': { impact: 'breaking', why: NO_OVERLAP },
  'enum-widened': { impact: 'breaking', why: UNEXPECTED_VALUE },
  'enum-removed': { impact: 'breaking', why: UNEXPECTED_VALUE },
  'enum-narrowed': { impact: 'breaking', why: NO_OVERLAP },
  'enum-added': { impact: 'breaking', why: NO_OVERLAP },
  'alternative-added': { impact: 'breaking', why: UNEXPECTED_VALUE },
  'alternative-removed': { impact: 'breaking', why: NO_OVERLAP },
  'became-nullable': { impact: 'breaking', why: NULL_CHECK },
  'field-became-optional': { impact: 'breaking', why: NULL_CHECK },
  // A body typed `unknown` is now `unknown` again: every use of its fields stops compiling.
  'schema-removed': { impact: 'breaking', why: NO_COMPILE_READ },
  'field-added': { impact: 'addition' },
  'schema-added': { impact: 'addition' },
  'no-longer-nullable': { impact: 'compatible' },
  'field-became-required': { impact: 'compatible' },
};

/** Whole-document changes, whichever side. */
const ANY: Record<string, Rule> = {
  'component-removed': { impact: 'breaking', why: 'code that names the type no longer compiles' },
  'component-added': { impact: 'addition' },
  // The generated method's doc comment says @deprecated: editors strike it through; it still compiles.
  deprecated: { impact: 'compatible' },
};

/**
 * Kinds the report takes from the generated client itself instead (methods added, removed or
 * moved; a route; the call's positional parameters and what it resolves to): the engine's view
 * of them is the wire's, the client's is its own.
 */
export const SEEN_THROUGH_THE_CLIENT = new Set([
  'operation-added',
  'operation-removed',
  'operation-id-changed',
  'path-changed',
  'method-changed',
  'request-body-added',
  'request-body-removed',
  'request-body-became-required',
  'request-body-became-optional',
]);

/** The rule for a change, or undefined when the generated code does not show it at all. */
export function ruleFor(change: Change): Rule | undefined {
  if (SEEN_THROUGH_THE_CLIENT.has(change.kind)) return undefined;
  const any = ANY[change.kind];
  if (any) return any;
  if (change.direction === 'request') return REQUEST[change.kind];
  if (change.direction === 'response') return RESPONSE[change.kind];
  return undefined;
}

/** The semver step for the package: major when anything breaks, minor when something is added, patch otherwise. */
export function semverFor(impacts: readonly Impact[]): 'major' | 'minor' | 'patch' {
  if (impacts.includes('breaking')) return 'major';
  if (impacts.includes('addition')) return 'minor';
  return 'patch';
}
