/**
 * Scenario steps are written with placeholders, so a trace records the request as written (the
 * same in every run) while the request sent carries this run's values:
 *
 * - `{org}`: a value saved by an earlier step of the same scenario (see `StepSpec.save`);
 * - `{run:alice}`: `ct-<runid>-alice`, and `{RUN:alice}` the same in upper case;
 * - `{missing}`: an id no entity can have;
 * - `{time:+7d}` / `{time:-1d}` / `{time:+2s}`: epoch milliseconds from now (only as a whole
 *   string; it becomes a number);
 * - `{chars:129}`: that many `x`;
 * - `{fill:128}`: as many `x` as make the whole string exactly that long, whatever the run prefix
 *   (for length limits: `{run:}{fill:128}` is 128 characters with any run id);
 * - `{i}`: the index of a request within a `repeat` or `concurrent` step (0 otherwise).
 */
export interface Bindings {
  prefix: string;
  missingId: string;
  now(): number;
  vars: Map<string, string>;
  /** Index of the request within a repeated or concurrent step. */
  index?: number;
}

export class PlaceholderError extends Error {
  override name = 'PlaceholderError';
}

const TOKEN = /\{([A-Za-z]+)(?::([^}]*))?\}/g;
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function fill(template: string, bindings: Bindings): string | number {
  const whole = /^\{time:([+-]\d+)(ms|s|m|h|d)\}$/.exec(template);
  if (whole) return bindings.now() + Number(whole[1]) * (UNITS[whole[2] as string] as number);
  const padding = [...template.matchAll(/\{fill:(\d+)\}/g)];
  if (padding.length > 0) {
    if (padding.length > 1) throw new PlaceholderError(`"${template}" has more than one {fill:N}; one string has one length`);
    const length = Number(padding[0]?.[1]);
    const rest = fillTokens(template.replace(/\{fill:\d+\}/, ''), bindings);
    if (rest.length > length) throw new PlaceholderError(`"${template}" is already ${rest.length} characters without its padding, more than {fill:${length}}`);
    return fillTokens(template.replace(/\{fill:\d+\}/, 'x'.repeat(length - rest.length)), bindings);
  }
  return fillTokens(template, bindings);
}

function fillTokens(template: string, bindings: Bindings): string {
  return template.replace(TOKEN, (_match, name: string, argument: string | undefined) => {
    switch (name) {
      case 'run':
        return `${bindings.prefix}${argument ?? ''}`;
      case 'RUN':
        return `${bindings.prefix}${argument ?? ''}`.toUpperCase();
      case 'missing':
        return bindings.missingId;
      case 'chars':
        return 'x'.repeat(Number(argument));
      case 'i':
        return String(bindings.index ?? 0);
      case 'time':
        throw new PlaceholderError(`{time:${argument}} must be a whole string value, not part of "${template}"`);
      default: {
        const value = bindings.vars.get(name);
        if (value === undefined) throw new PlaceholderError(`placeholder {${name}} in "${template}" names no value saved by an earlier step`);
        return value;
      }
    }
  });
}

/** Fills every string in a JSON template. */
export function fillJson(template: unknown, bindings: Bindings): unknown {
  if (typeof template === 'string') return fill(template, bindings);
  if (Array.isArray(template)) return template.map((item) => fillJson(item, bindings));
  if (template !== null && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fillJson(value, bindings)]));
  }
  return template;
}

/**
 * The reverse, for the recorded body: this run's values become the placeholders they came from,
 * so a trace holds nothing run-specific and two recordings differ only where behaviour does.
 * Epoch-millisecond numbers become `EPOCH_MS`; human-readable text (`message`, `details`,
 * `error_description`) becomes `TEXT`, since only its type is part of the contract.
 */
export const EPOCH_MS = 1_700_000_000_000;
export const TEXT = '<text>';
const TEXT_KEYS = new Set(['message', 'details', 'error_description']);
/** Never recorded: a token in a trace would be a leaked credential. */
export const SECRET = '<secret>';
const SECRET_KEYS = new Set(['access_token', 'refresh_token', 'id_token', 'client_secret', 'secret']);
const JWT = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/;

export function abstractJson(value: unknown, bindings: Bindings, key?: string): unknown {
  if (typeof value === 'string') {
    if ((key !== undefined && SECRET_KEYS.has(key)) || JWT.test(value)) return SECRET;
    if (key !== undefined && TEXT_KEYS.has(key)) return TEXT;
    return abstractString(value, bindings);
  }
  if (typeof value === 'number') return looksLikeEpochMs(value) ? EPOCH_MS : value;
  if (Array.isArray(value)) return value.map((item) => abstractJson(item, bindings));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abstractJson(v, bindings, k)]));
  }
  return value;
}

function abstractString(value: string, bindings: Bindings): string {
  for (const [name, bound] of bindings.vars) if (value === bound) return `{${name}}`;
  if (value === bindings.missingId) return '{missing}';
  let out = value;
  const prefix = bindings.prefix;
  if (out.includes(prefix)) out = out.split(prefix).join('{run:}');
  if (out.includes(prefix.toUpperCase())) out = out.split(prefix.toUpperCase()).join('{RUN:}');
  return out;
}

function looksLikeEpochMs(value: number): boolean {
  // 2001-09-09 .. 2286-11-20: any timestamp a server stamps in milliseconds.
  return Number.isInteger(value) && value >= 1e12 && value < 1e13;
}
