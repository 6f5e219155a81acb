import { rmSync } from 'node:fs';
import { LIVE_REPORTS_DIR } from '../support/repo-paths.js';

/**
 * Removes everything the previous run left in reports/live (reports, the workers' files, e-mail
 * outboxes) before a run starts, so an old green report can never stand in for this run, whatever
 * happens to this one.
 */
export function clearLiveReports(dir: string = LIVE_REPORTS_DIR): void {
  rmSync(dir, { recursive: true, force: true });
}
