/**
 * How the mock suite's Prisms reach the test workers. Whoever launches them (the CLI before it
 * spawns vitest, or the global setup when vitest runs on its own) does not wait for them: it
 * writes this small JSON file once they all answer (or one failed), and the tests that need a
 * Prism wait for the file. So Prism's start-up (~2 s on the full Logto spec) overlaps vitest's.
 * A file, not `provide`: the URLs are known only after a start that may retry on a new port.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { announceOutcome, awaitAnnouncement } from '../../common/process/index.js';
import { startPrismFleet, type PrismFleet } from '../lib/prism/prism-fleet.js';
import type { PrismLogLevel } from '../lib/prism/start-prism.js';

export interface AnnouncedPrism {
  baseUrl: string;
  pid: number;
  logFile: string;
  /** The spec paths this Prism serves (the fleet splits them, lib/prism/split-paths.ts); requests for others go to another. */
  paths: string[];
}

/** Waits for the launcher's announcement; throws its error, or a timeout naming the file. */
export function awaitFleet(file: string, timeoutMs: number): Promise<AnnouncedPrism[]> {
  return awaitAnnouncement<AnnouncedPrism[]>(file, timeoutMs, () => `no Prism was announced in ${file} within ${timeoutMs} ms; run the suite with npm run contract:mock, which starts them`);
}

interface FleetLaunchOptions {
  specPath: string;
  /** The spec's document, when the caller has read it already (see PrismFleetOptions). */
  document?: unknown;
  reportsDir: string;
  logLevel: PrismLogLevel;
  count: number;
  announcementFile: string;
}

interface LaunchedFleet {
  /** Resolves when every Prism answers, rejects with the first one's start error. */
  ready: Promise<PrismFleet>;
  /** Stops the fleet (waiting for a start still under way) and removes the announcement. Safe to call twice. */
  stop(): Promise<void>;
}

/** Prism instance `index`'s log, in the reports directory. */
function prismLogFile(reportsDir: string, index: number): string {
  return join(reportsDir, `prism-${index + 1}.log`);
}

/** Starts the fleet without waiting for it, and announces the outcome in `announcementFile`. */
export function launchFleet(options: FleetLaunchOptions): LaunchedFleet {
  mkdirSync(dirname(options.announcementFile), { recursive: true });
  rmSync(options.announcementFile, { force: true });
  const ready = startPrismFleet({ specPath: options.specPath, document: options.document, logLevel: options.logLevel, count: options.count, logFile: (i) => prismLogFile(options.reportsDir, i) });
  announceOutcome(
    options.announcementFile,
    ready.then((fleet) => fleet.instances.map((p) => ({ baseUrl: p.baseUrl, pid: p.pid, logFile: p.logFile, paths: p.paths }))),
    'contract:mock',
  );
  let stopped: Promise<void> | undefined;
  return {
    ready,
    stop: () => {
      stopped ??= ready
        .then(
          (fleet) => fleet.stop(),
          () => undefined,
        )
        .then(() => rmSync(options.announcementFile, { force: true }));
      return stopped;
    },
  };
}
