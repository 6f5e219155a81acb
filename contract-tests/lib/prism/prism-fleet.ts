import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { loadSpec } from '../../../common/spec/index.js';
import { startPrism, type PrismHandle, type PrismOptions } from './start-prism.js';

interface PrismFleetOptions extends Omit<PrismOptions, 'logFile'> {
  /** How many Prisms; at least 1. */
  count: number;
  /** Log file of instance `index` (0-based); one file each, so a failed start reads its own log. */
  logFile: (index: number) => string;
  /**
   * The spec's document as parsed (refs untouched), when the caller has read it already: the
   * fleet then writes it out for Prism without reading the spec again, on the path to its start.
   */
  document?: unknown;
}

export interface PrismFleet {
  instances: PrismHandle[];
  /** Stops every instance and waits until all are gone. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * One Prism per core: Prism answers on a single thread, and a mock is stateless, so N instances
 * serving one run answer N times as fast on an N-core machine.
 */
export function defaultFleetSize(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Starts `count` Prisms at once (each on its own free port, under the same orphan guard as
 * startPrism). If any fails, the others are stopped and the first error is thrown.
 */
export async function startPrismFleet(options: PrismFleetOptions): Promise<PrismFleet> {
  const { count, logFile, document, ...prism } = options;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`a Prism fleet needs a whole number of instances >= 1, got ${count}`);
  const served = await servedSpec(prism.specPath, join(dirname(logFile(0)), 'prism-spec.json'), document);
  const settled = await Promise.allSettled(Array.from({ length: count }, (_, index) => startPrism({ ...prism, specPath: served.path, logFile: logFile(index) })));
  const instances = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stop = async () => {
    await Promise.all(instances.map((i) => i.stop()));
    served.remove();
  };
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  return { instances, stop };
}

/**
 * The file the fleet's Prisms read. Prism parses JSON faster than YAML: on our 284-operation spec
 * a start took about 3.5 s from JSON against 4.5 s from the same document as YAML, and a fleet
 * starts one per core on the cores the run itself needs. So a YAML spec is handed to the fleet as
 * JSON: the same document (read by our one spec module), written once beside the Prism logs and
 * removed when the fleet stops. A JSON spec is served as it is.
 */
async function servedSpec(specPath: string, jsonPath: string, document: unknown): Promise<{ path: string; remove: () => void }> {
  if (extname(specPath).toLowerCase() === '.json') return { path: specPath, remove: () => undefined };
  writeFileSync(jsonPath, JSON.stringify(document ?? (await loadSpec(specPath)).raw));
  return { path: jsonPath, remove: () => rmSync(jsonPath, { force: true }) };
}
