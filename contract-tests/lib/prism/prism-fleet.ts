import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { loadSpec } from '../../../common/spec/index.js';
import { splitPaths } from './split-paths.js';
import { startPrism, type PrismHandle, type PrismOptions } from './start-prism.js';

interface PrismFleetOptions extends Omit<PrismOptions, 'logFile'> {
  /**
   * How many Prisms; at least 1. Fewer start when the spec has fewer groups of paths than that
   * (split-paths.ts): a Prism with no path to serve refuses to start.
   */
  count: number;
  /** Log file of instance `index` (0-based); one file each, so a failed start reads its own log. */
  logFile: (index: number) => string;
  /**
   * The spec's document with its local refs inlined (LoadedSpec.document), when the caller has
   * read it already: the fleet then writes it out for Prism without reading the spec again, on the
   * path to its start.
   */
  document?: unknown;
}

/** One Prism of a fleet and the paths of the spec it serves (split-paths.ts); send it no other. */
interface FleetPrism extends PrismHandle {
  paths: string[];
}

export interface PrismFleet {
  instances: FleetPrism[];
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
 * startPrism), each serving its share of the spec's paths (split-paths.ts): a request for a path
 * goes to the instance whose `paths` hold it. If any fails, the others are stopped and the first
 * error is thrown.
 */
export async function startPrismFleet(options: PrismFleetOptions): Promise<PrismFleet> {
  const { count, logFile, document, ...prism } = options;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`a Prism fleet needs a whole number of instances >= 1, got ${count}`);
  const doc = (document ?? (await loadSpec(prism.specPath)).document) as { paths?: Record<string, unknown> };
  const split = splitPaths(doc, count).filter((share) => share.length > 0);
  // A spec without paths still gets its Prism, which then says what is wrong with it.
  const shares = split.length > 0 ? split : [[]];
  const files = shares.map((paths, index) => servedSpec(doc, paths, join(dirname(logFile(index)), `prism-spec-${index + 1}.json`)));
  const removeFiles = () => {
    for (const file of files) rmSync(file, { force: true });
  };
  const settled = await Promise.allSettled(shares.map(async (paths, index) => ({ ...(await startPrism({ ...prism, specPath: files[index] as string, logFile: logFile(index) })), paths })));
  const instances = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stop = async () => {
    await Promise.all(instances.map((i) => i.stop()));
    removeFiles();
  };
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  return { instances, stop };
}

/**
 * Writes the spec one instance serves: the whole document with only its share of the paths, as
 * JSON (Prism parses JSON faster than YAML: on our 284-operation spec a start took about 3.5 s from
 * JSON against 4.5 s from the same document as YAML, under load), its local refs already inlined
 * (one Prism on our whole spec then started in about 1.1 s against 1.2 s; the run's findings and
 * coverage are the same on our spec and on Logto's). Beside the Prism logs; removed when the
 * fleet stops.
 */
function servedSpec(document: { paths?: Record<string, unknown> }, paths: readonly string[], file: string): string {
  const all = document.paths ?? {};
  writeFileSync(file, JSON.stringify({ ...document, paths: Object.fromEntries(paths.map((p) => [p, all[p]])) }));
  return file;
}
