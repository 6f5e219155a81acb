import path from 'node:path';
import { OUR_SPEC, REPORTS_DIR } from '../../../common/paths.js';

export { REPO_ROOT } from '../../../common/paths.js';
/** The spec under test: ours, or the file `contract:live --spec <file>` names (handed to vitest and its workers as CONTRACT_LIVE_SPEC). */
export const SPEC_PATH = process.env.CONTRACT_LIVE_SPEC ? path.resolve(process.env.CONTRACT_LIVE_SPEC) : OUR_SPEC;
/** reports/live, or CONTRACT_LIVE_REPORTS_DIR (read by the runner and, through its environment, by vitest and the workers). */
export const LIVE_REPORTS_DIR = process.env.CONTRACT_LIVE_REPORTS_DIR ? path.resolve(process.env.CONTRACT_LIVE_REPORTS_DIR) : path.join(REPORTS_DIR, 'live');
/** One JSON-lines file per worker; the global teardown folds them into the reports. */
export const OBSERVATIONS_DIR = path.join(LIVE_REPORTS_DIR, '.observations');
