/**
 * Scenario steps are written with placeholders, so a trace records the request as written (the
 * same in every run) while the request sent carries this run's values:
 *
 * - `{org}`: a value saved by an earlier step of the same scenario (see `StepSpec.save`);
 * - `{run:alice}`: `ct-<runid>-alice`, and `{RUN:alice}` the same in upper case; `{run_:alice}`:
 *   `ct_<runid>_alice` (for fields without `-`, such as usernames); `{runa:alice}`:
 *   `ct<runid>alice` (letters and digits only);
 * - `{missing}`: an id no entity can have;
 * - `{time:+7d}` / `{time:-1d}` / `{time:+2s}`: epoch milliseconds from now (only as a whole
 *   string; it becomes a number);
 * - `{chars:129}`: that many `x`;
 * - `{fill:128}`: as many `x` as make the whole string exactly that long, whatever the run prefix
 *   (for length limits: `{run:}{fill:128}` is 128 characters with any run id);
 * - `{i}`: the index of a request within a `repeat` or `concurrent` step (0 otherwise);
 * - `{json:color}`: as a whole string value, the JSON value an earlier step kept with `keep`
 *   (an object, a number...), e.g. to write a setting back as it was.
 *
 * Double braces (`{{code}}`) are not placeholders: they are sent as written.
 */
export interface Bindings {
  prefix: string;
  missingId: string;
  now(): number;
  vars: Map<string, string>;
  /** JSON values kept by earlier steps (`StepSpec.keep`), for `{json:name}`. */
  kept?: Map<string, unknown>;
  /** Index of the request within a repeated or concurrent step. */
  index?: number;
}

export class PlaceholderError extends Error {
  override name = 'PlaceholderError';
}

// `{{code}}` (double braces, as in Logto's e-mail templates) is the server's own syntax: sent as is.
const TOKEN = /(?<!\{)\{([A-Za-z_]+)(?::([^}]*))?\}(?!\})/g;

/** `ct-<runid>-` → `ct_<runid>_`: the run prefix where `-` is not allowed. */
function underscorePrefix(prefix: string): string {
  return prefix.replace(/^ct-(.*)-$/, 'ct_$1_');
}

/** `ct-<runid>-` → `ct<runid>`: the run prefix where only letters and digits are. */
function alphanumericPrefix(prefix: string): string {
  return prefix.replace(/^ct-(.*)-$/, 'ct$1');
}
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
      case 'run_':
        return `${underscorePrefix(bindings.prefix)}${argument ?? ''}`;
      case 'runa':
        return `${alphanumericPrefix(bindings.prefix)}${argument ?? ''}`;
      case 'missing':
        return bindings.missingId;
      case 'chars':
        return 'x'.repeat(Number(argument));
      case 'i':
        return String(bindings.index ?? 0);
      case 'time':
        throw new PlaceholderError(`{time:${argument}} must be a whole string value, not part of "${template}"`);
      case 'json':
        throw new PlaceholderError(`{json:${argument}} must be a whole string value, not part of "${template}"`);
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
  if (typeof template === 'string') {
    const kept = /^\{json:([^}]+)\}$/.exec(template);
    if (!kept) return fill(template, bindings);
    const name = kept[1] as string;
    if (!bindings.kept?.has(name)) throw new PlaceholderError(`placeholder {json:${name}} names no value kept by an earlier step`);
    return bindings.kept.get(name);
  }
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
 * `error_description`) becomes `TEXT`, since only its type is part of the contract; so does a
 * stack trace wherever it is (an audit log entry of a failed request keeps one on some Logto
 * builds, as an object or as JSON text): a server's internals, with its machine's paths, are no part of a trace.
 */
export const EPOCH_MS = 1_700_000_000_000;
export const TEXT = '<text>';
const TEXT_KEYS = new Set(['message', 'details', 'error_description']);
/**
 * Never recorded: a token in a trace would be a leaked credential. `token` is a one-time token's
 * (a magic link's) secret, `signingKey` the key a webhook signs its payloads with.
 */
export const SECRET = '<secret>';
const SECRET_KEYS = new Set(['access_token', 'refresh_token', 'id_token', 'client_secret', 'secret', 'token', 'signingKey']);
const JWT = /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/;
/**
 * A line of a JavaScript stack trace (`    at fn (file:line:col)`) after the first, whether the
 * newline is itself or written `\n` inside JSON text (Logto 1.40 keeps a failed request's error
 * in its audit log as a JSON string, the stack in it).
 */
const STACK_FRAME = /(?:\n|\\n)\s+at \S/;

export function abstractJson(value: unknown, bindings: Bindings, key?: string): unknown {
  if (typeof value === 'string') {
    if ((key !== undefined && SECRET_KEYS.has(key)) || JWT.test(value)) return SECRET;
    if ((key !== undefined && TEXT_KEYS.has(key)) || STACK_FRAME.test(value)) return TEXT;
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
  // A saved value stands for itself only where it is the run's own: an id the server made for it.
  // A run name reads as its prefix (`{run:}x`, the same however it was saved), and a value any run
  // would see (`en`) stays as it is.
  if (!containsRunPrefix(value, bindings.prefix)) for (const [name, bound] of bindings.vars) if (value === bound && looksLikeId(bound)) return `{${name}}`;
  if (value === bindings.missingId) return '{missing}';
  return abstractPrefix(value, bindings.prefix);
}

/** A value that names something the run made: the prefix in any of its spellings. */
export function containsRunPrefix(value: string, prefix: string): boolean {
  const lower = value.toLowerCase();
  return [prefix, underscorePrefix(prefix), alphanumericPrefix(prefix)].some((form) => form !== 'ct' && lower.includes(form.toLowerCase()));
}

/**
 * An id a server generated: letters and digits, long enough to be random (Logto's are 12 or 21
 * lowercase letters and digits). Not "has a digit": about one 12-character id in fifty has none,
 * and a recording must not keep such an id as it was while it abstracts the others.
 */
function looksLikeId(value: string): boolean {
  return /^[A-Za-z0-9_-]{10,}$/.test(value) && /[A-Za-z]/.test(value);
}

/** The run prefix, in every spelling, replaced by its placeholder. */
export function abstractPrefix(value: string, prefix: string): string {
  let out = value;
  if (out.includes(prefix)) out = out.split(prefix).join('{run:}');
  if (out.includes(prefix.toUpperCase())) out = out.split(prefix.toUpperCase()).join('{RUN:}');
  const underscore = underscorePrefix(prefix);
  if (out.includes(underscore)) out = out.split(underscore).join('{run_:}');
  const alphanumeric = alphanumericPrefix(prefix);
  if (alphanumeric !== prefix && out.includes(alphanumeric)) out = out.split(alphanumeric).join('{runa:}');
  return out;
}

function looksLikeEpochMs(value: number): boolean {
  // 2001-09-09 .. 2286-11-20: any timestamp a server stamps in milliseconds.
  return Number.isInteger(value) && value >= 1e12 && value < 1e13;
}
