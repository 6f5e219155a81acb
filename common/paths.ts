import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every place in the repository that code outside `src/` names, in one table. Found from this
 * file's location, so it holds from any working directory and in a clean CI clone.
 */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Our corrected spec, built by spec:build (upstream + overlay): the spec codegen and the suites read. */
export const OUR_SPEC = path.join(REPO_ROOT, 'openapi', 'logto-management.yaml');
/** The same path as written on a command line run from the repo root (what messages and headers show). */
export const OUR_SPEC_ARG = 'openapi/logto-management.yaml';
/** Every correction we make to Logto's served spec, as an OpenAPI Overlay 1.0 document. */
export const CORRECTIONS_OVERLAY = path.join(REPO_ROOT, 'openapi', 'corrections.overlay.yaml');
/** Logto's served spec for the whole Management API as `spec:pull` writes it (prose removed): what spec:build reads. */
export const UPSTREAM_SPEC = path.join(REPO_ROOT, 'openapi', 'upstream', 'management.openapi.json');
/** Which Logto served each committed upstream spec (the current one and older ones under history/), with its fingerprint. */
export const UPSTREAM_INDEX = path.join(REPO_ROOT, 'openapi', 'upstream', 'history', 'index.json');
/** The operations the hand-written spec had; the suites' stateful scenarios cover these. */
export const CARRIED_OPERATIONS = path.join(REPO_ROOT, 'openapi', 'carried-operations.json');
/** Where the generator writes; never edited by hand. */
export const GENERATED_DIR = path.join(REPO_ROOT, 'src', 'generated');

/** What real Logto answered, recorded and committed as data (`*.trace.json`), with the reports of real-Logto runs. */
export const TRACES_DIR = path.join(REPO_ROOT, 'contract-tests', 'traces');

/** Reports of every run, gitignored; one folder per kind of run. */
export const REPORTS_DIR = path.join(REPO_ROOT, 'reports');
/** Scratch space for tooling, gitignored; what is made here is removed by whoever made it. */
export const TMP_DIR = path.join(REPO_ROOT, '.tmp');

/** A repository path as messages show it: relative to the root, `/`-separated. */
export function displayPath(file: string): string {
  const relative = path.relative(REPO_ROOT, path.resolve(file));
  return (relative === '' ? path.basename(file) : relative).split(path.sep).join('/');
}
