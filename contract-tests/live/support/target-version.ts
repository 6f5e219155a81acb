import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../../common/paths.js';
import { awaitAnnouncement } from '../../../common/process/index.js';
import { fetchSpec, servedStructure, specFingerprint } from '../../../common/served-spec/index.js';
import { loadKnownSpecs, recognise } from '../../../common/served-spec/known-specs.js';
import { likeWithLike } from '../../../common/spec-diff/index.js';
import { OBSERVATIONS_DIR } from './repo-paths.js';
import { versionGap, type VersionGap } from './version-gap.js';

/** What the run learnt about the target's version before the first test. */
export interface TargetVersion {
  /** specFingerprint of its served spec, or `unknown` when it serves none. */
  fingerprint: string;
  /** Set when the target serves a spec other than the one the run tests with. */
  gap?: VersionGap;
  /** One line for the start of the run. */
  line: string;
}

/** Where the global setup leaves the main target's gap, for the runner's reports. */
const GAP_FILE = 'version-gap.json';

/**
 * Reads the spec the target serves about itself (no token needed: tried on Logto 1.40.0 and
 * 1.42), recognises its Logto version by fingerprint (openapi/upstream/history/index.json) and,
 * when it is not the spec the run tests with, compares the two like with like: the served
 * structure against the upstream our spec was built from (so the overlay's corrections are not
 * read as a version difference). An unrecorded spec is said, and compared all the same.
 */
export async function readTargetVersion(endpoint: string, specPath: string, name: string, dir: string = OBSERVATIONS_DIR): Promise<TargetVersion> {
  let served;
  try {
    served = (await fetchSpec(endpoint)).doc;
  } catch (error) {
    return { fingerprint: 'unknown', line: `the target serves no spec of its own (${error instanceof Error ? error.message : String(error)}); every difference from the spec counts as a failure` };
  }
  const fingerprint = specFingerprint(served);
  const known = await loadKnownSpecs();
  const logto = recognise(served, known)?.logto;
  const servedFile = path.join(dir, `served-spec-${name}.json`);
  writeFileSync(servedFile, `${JSON.stringify(servedStructure(served), null, 2)}\n`);
  const like = await likeWithLike(servedFile, specPath, known);
  const who = logto ? `Logto ${logto} (its served spec recognised by fingerprint)` : `a Logto whose served spec (fingerprint ${fingerprint.slice(0, 12)}) openapi/upstream/history/index.json does not record; compared directly`;
  if (specFingerprint(like.new.raw) === fingerprint) {
    return { fingerprint, line: `the target is ${who}; it serves the spec the run tests with` };
  }
  const gap = versionGap(like.old, like.new, { ...(logto ? { logto } : {}), compared: like.line.replace(displayPath(servedFile), 'the served spec') });
  const differing = Object.keys(gap.changes).length;
  return {
    fingerprint,
    gap,
    line: `the target is ${who}; ${gap.notServed.length} operation(s) of the spec under test it does not serve, ${differing} its spec describes otherwise (version differences, reported apart from failures)`,
  };
}

/**
 * Where `contract:live` announces the main target's version, which it reads while vitest boots
 * (runner/before-tests.ts): the global setup then waits for that file instead of asking the target
 * again. Unset when vitest runs on its own, and the global setup reads the version itself.
 */
export const TARGET_VERSION_FILE_VARIABLE = 'LOGTO_CONTRACT_TARGET_VERSION_FILE';

/** A ceiling for a runner that died before announcing, not a speed: reading a served spec takes about a second. */
const ANNOUNCED_VERSION_WAIT_MS = 120_000;

/** The target version the runner announced in `file` (or the error it met reading it). */
export function awaitAnnouncedVersion(file: string): Promise<TargetVersion> {
  return awaitAnnouncement<TargetVersion>(file, ANNOUNCED_VERSION_WAIT_MS, () => `contract:live did not announce the target's version in ${file} within ${ANNOUNCED_VERSION_WAIT_MS} ms; run the suite with npm run contract:live`);
}

/** Leaves the main target's gap where the runner reads it. */
export function writeVersionGap(gap: VersionGap, dir: string = OBSERVATIONS_DIR): void {
  writeFileSync(path.join(dir, GAP_FILE), `${JSON.stringify(gap)}\n`);
}

/** The gap the global setup found, for the runner; undefined when the target serves the spec under test. */
export function readVersionGap(dir: string = OBSERVATIONS_DIR): VersionGap | undefined {
  const file = path.join(dir, GAP_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as VersionGap) : undefined;
}
