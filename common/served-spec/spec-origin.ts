import { readFile } from 'node:fs/promises';
import { PLACEHOLDER_SERVER } from './index.js';
import { recognise, type KnownSpec } from './known-specs.js';
import { isObject, type JsonObject } from '../spec/index.js';

/**
 * Which kind of spec a file is: Logto's (upstream, as spec:pull writes it, or as a Logto serves
 * it) or ours (built by spec:build from an upstream and the corrections overlay), and which Logto
 * it comes from when openapi/upstream/history/index.json knows the structure.
 */
export interface SpecOrigin {
  kind: 'upstream' | 'ours' | 'unknown';
  /** One line for the report. */
  description: string;
  /** The Logto version, when known. */
  logto?: string;
  /** For ours: the upstream spec it was built from, as its header names it (repository-relative). */
  builtFrom?: string;
}

/** The first line spec:build writes (build-cli.ts): `# Built by npm run spec:build from <upstream> [(Logto <v>)] and <overlay>.` */
const BUILT_HEADER = /^# Built by npm run spec:build from (\S+)(?: \(Logto ([^)]+)\))? and (\S+?)\.(?:\s|$)/;

export async function specOrigin(file: string, doc: JsonObject, known: readonly KnownSpec[]): Promise<SpecOrigin> {
  const firstLine = (await readFile(file, 'utf8').catch(() => '')).split('\n', 1)[0] ?? '';
  const built = BUILT_HEADER.exec(firstLine);
  if (built) {
    const [, upstream, logto, overlay] = built;
    const skipped = /were stale here and skipped/.test(firstLine) ? '; some overlay actions did not fit it and were skipped (--allow-stale)' : '';
    return {
      kind: 'ours',
      description: `our spec, built by spec:build from ${upstream}${logto ? ` (Logto ${logto})` : ' (which Logto is not recorded)'} and ${overlay}${skipped}`,
      ...(logto ? { logto } : {}),
      ...(upstream ? { builtFrom: upstream } : {}),
    };
  }
  const logto = recognise(doc, known)?.logto;
  const pulled = Array.isArray(doc.servers) && isObject(doc.servers[0]) && doc.servers[0].url === PLACEHOLDER_SERVER.url;
  if (pulled || logto) {
    const how = pulled ? "Logto's served spec as spec:pull writes it" : "Logto's spec as a Logto serves it";
    return { kind: 'upstream', description: `${how}${logto ? `: Logto ${logto}` : ' (which Logto is not recorded in openapi/upstream/history/index.json)'}`, ...(logto ? { logto } : {}) };
  }
  return { kind: 'unknown', description: 'a spec written neither by spec:pull nor by spec:build, from no Logto recorded in openapi/upstream/history/index.json' };
}
