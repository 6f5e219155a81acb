import type { TestProject } from 'vitest/node';
import { launchFleet } from './prism-fleet-file.js';
import { ENV_PRISM_FLEET_FILE, fleetAnnouncementFile, suiteOptions } from './suite-options.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file the run's Prisms are announced in; wait for it with suitePrisms() (suite-prisms.ts). */
    prismFleetFile: string;
    /** How many Prisms the run was configured with. */
    prismInstances: number;
  }
}

/**
 * Under `npm run contract:mock` the CLI has already started the Prisms (before vitest itself
 * started) and owns them. Run on its own, vitest starts them here, without waiting: the tests
 * wait for them, so worker start-up and test collection overlap Prism's. Either way every Prism
 * runs under the launcher's guard and dies with the process that started it.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const { specPath, reportsDir, prismLogLevel, prismInstances } = suiteOptions();
  project.provide('prismInstances', prismInstances);
  const announced = process.env[ENV_PRISM_FLEET_FILE];
  if (announced) {
    project.provide('prismFleetFile', announced);
    return async () => undefined;
  }
  const announcementFile = fleetAnnouncementFile(reportsDir);
  const fleet = launchFleet({ specPath, reportsDir, logLevel: prismLogLevel, count: prismInstances, announcementFile });
  project.provide('prismFleetFile', announcementFile);
  return () => fleet.stop();
}
