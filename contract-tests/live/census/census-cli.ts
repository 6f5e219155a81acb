/**
 * What `npm run contract:census` does (scripts/contract-census.ts only calls this): reads every
 * list and every tenant-wide setting of the LOGTO_* tenant (census.ts) and writes it to a file, or
 * compares it with one written earlier. It only reads; it needs no write permission.
 *
 * The proof that a run left a tenant as it found it, whatever happened to the run:
 *   npm run contract:census -- --out before.json
 *   npm run contract:live            (finished, failed, or stopped with Ctrl-C)
 *   npm run contract:sweep -- --yes  (when the run could not clean up after itself)
 *   npm run contract:census -- --against before.json
 *
 * The file holds fingerprints and counts, never values (a setting can hold a secret). Logto's
 * audit log (ListLogs) grows with every request anyone makes, this command's own token requests
 * included, and nothing can take an entry out of it: its change is reported with what the new
 * entries are, and does not fail the comparison. Exit codes: 0 the same (or written), 1 changed,
 * 2 bad argument or setting.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../../common/usage-error.js';
import { writeFileAtomic } from '../../lib/report/atomic-write.js';
import { preflightRemote } from '../config/preflight.js';
import { readLiveSettings, type RemoteSettings } from '../config/settings.js';
import { SPEC_PATH } from '../support/repo-paths.js';
import { AUDIT_LOG_OPERATION, auditLogGrowth, censusChanges, type Census, type CensusChange, type CensusEntry } from './census.js';
import { census, censusReader } from './census-run.js';

const TOOL = 'contract:census';
/** Written into every census file, so a file of another kind (or a future format) is refused by name. */
export const CENSUS_FORMAT = 'logto-contract-census/1';

const CENSUS_USAGE = `usage: npm run contract:census -- [--out <file>] [--against <file>]
  --out <file>      write the census (counts and SHA-256 fingerprints, never values) to <file>
  --against <file>  compare with a census written earlier by --out; exit 1 when anything changed
                    (the audit log's growth is reported, not failed: it only ever grows)
Reads the tenant of LOGTO_ENDPOINT, LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET; writes nothing to it.`;

interface CensusArgs {
  out?: string;
  against?: string;
  help: boolean;
}

interface CensusFile {
  format: typeof CENSUS_FORMAT;
  endpoint: string;
  entries: CensusEntry[];
}

export function parseCensusArgs(argv: readonly string[]): CensusArgs {
  const args: CensusArgs = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--help' || name === '-h') args.help = true;
    else if (name === '--out' || name === '--against') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || value.startsWith('--')) throw new UsageError(`${name} needs a file name.\n${CENSUS_USAGE}`);
      args[name === '--out' ? 'out' : 'against'] = path.resolve(value);
    } else throw new UsageError(`unknown argument "${arg}".\n${CENSUS_USAGE}`);
  }
  if (!args.help && args.out === undefined && args.against === undefined) throw new UsageError(`say what to do with the census: --out <file>, --against <file>, or both.\n${CENSUS_USAGE}`);
  if (args.out !== undefined && args.out === args.against) throw new UsageError(`--out and --against name the same file (${args.out}): the comparison would overwrite what it compares with; write the new census elsewhere.`);
  return args;
}

/** A census file written by --out, checked; a UsageError names the file and what is wrong with it. */
function readCensusFile(file: string): CensusFile {
  if (!existsSync(file)) throw new UsageError(`--against ${file}: no such file; write one first with \`npm run contract:census -- --out ${path.basename(file)}\`.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new UsageError(`--against ${file} is not JSON (${error instanceof Error ? error.message : String(error)}); give a file written by \`npm run contract:census -- --out <file>\`.`);
  }
  const candidate = parsed as Partial<CensusFile> | null;
  if (candidate === null || typeof candidate !== 'object' || candidate.format !== CENSUS_FORMAT || typeof candidate.endpoint !== 'string' || !Array.isArray(candidate.entries)) {
    throw new UsageError(`--against ${file} is not a census file (it lacks "format": "${CENSUS_FORMAT}", "endpoint" or "entries"); give a file written by \`npm run contract:census -- --out <file>\`.`);
  }
  const bad = candidate.entries.findIndex((e: Partial<CensusEntry>) => typeof e?.name !== 'string' || (e.fingerprint !== null && typeof e.fingerprint !== 'string'));
  if (bad >= 0) throw new UsageError(`--against ${file}: entry ${bad} has no name or fingerprint; the file was edited or cut short, write a new one with --out.`);
  return candidate as CensusFile;
}

/** The comparison: what changed, the audit log apart (reported, never failed). */
export function compareCensus(before: readonly CensusEntry[], after: readonly CensusEntry[]): { changes: CensusChange[]; auditLog?: CensusChange } {
  const all = censusChanges(before, after);
  const auditLog = all.find((c) => c.name === AUDIT_LOG_OPERATION);
  return { changes: all.filter((c) => c !== auditLog), ...(auditLog ? { auditLog } : {}) };
}

export async function runCensusCli(argv: readonly string[]): Promise<number> {
  const args = parseCensusArgs(argv);
  if (args.help) {
    console.log(CENSUS_USAGE);
    return 0;
  }
  // Checked before the tenant is read: a wrong file must not cost a census.
  const earlier = args.against === undefined ? undefined : readCensusFile(args.against);
  const settings = readLiveSettings();
  if (settings.mode !== 'remote') throw new UsageError('contract:census reads a Logto tenant: set LOGTO_ENDPOINT, LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET (as for contract:live).');
  if (earlier && earlier.endpoint !== settings.endpoint) {
    throw new UsageError(`--against ${args.against} is a census of ${earlier.endpoint}, not of ${settings.endpoint}; compare censuses of one tenant (set LOGTO_ENDPOINT to the one it was taken of).`);
  }
  await preflightRemote(settings);
  const now = await census(settings, SPEC_PATH, 'now', TOOL);
  if (args.out !== undefined) {
    const file: CensusFile = { format: CENSUS_FORMAT, endpoint: settings.endpoint, entries: now.entries };
    writeFileAtomic(args.out, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`${TOOL}: written to ${args.out}`);
  }
  if (!earlier) return 0;
  return (await reportComparison(settings, args.against as string, earlier, now)) ? 1 : 0;
}

/** Prints the comparison; true when something other than the audit log changed. */
async function reportComparison(settings: RemoteSettings, againstFile: string, earlier: CensusFile, now: Census): Promise<boolean> {
  const { changes, auditLog } = compareCensus(earlier.entries, now.entries);
  if (auditLog) {
    const countOf = (entries: readonly CensusEntry[]): number | null => entries.find((e) => e.name === AUDIT_LOG_OPERATION)?.count ?? null;
    const [was, is] = [countOf(earlier.entries), countOf(now.entries)];
    let detail = '';
    if (was !== null && is !== null && is > was) {
      const growth = await auditLogGrowth(await censusReader(settings), is - was, new Set([settings.appId]));
      detail = `: ${Object.entries(growth.added).map(([key, n]) => `${n} ${key}`).join(', ')}`;
    }
    console.log(`${TOOL}: the audit log (${AUDIT_LOG_OPERATION}) went from ${auditLog.before} to ${auditLog.after}${detail}; reported, not failed (Logto records every request, this census's own included, and no entry can be removed)`);
  }
  const read = now.entries.filter((e) => e.fingerprint !== null).length;
  if (changes.length === 0) {
    console.log(`${TOOL}: unchanged: ${read} lists and settings read, the same as in ${path.basename(againstFile)}`);
    return false;
  }
  console.error(`${TOOL}: CHANGED since ${path.basename(againstFile)}, ${changes.length} list(s) or setting(s):`);
  for (const change of changes) console.error(`  ${change.name}: ${change.before} -> ${change.after}`);
  return true;
}
