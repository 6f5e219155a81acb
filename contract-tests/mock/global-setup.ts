import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPrism } from '../lib/prism/start-prism.js';
import { suiteOptions } from './suite-options.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismBaseUrl: string;
    prismPid: number;
  }
}

/** One Prism for the whole run; stopped in teardown, and by its guard if this process dies. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { specPath, reportsDir, prismLogLevel } = suiteOptions();
  const prism = await startPrism({ specPath, logFile: join(reportsDir, 'prism.log'), logLevel: prismLogLevel });
  project.provide('prismBaseUrl', prism.baseUrl);
  project.provide('prismPid', prism.pid);
  return () => prism.stop();
}
