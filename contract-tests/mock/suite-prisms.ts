import { inject } from 'vitest';
import { awaitFleet, type AnnouncedPrism } from './prism-fleet-file.js';
import { MOCK_SUITE_DEFAULTS } from './suite-options.js';

let prisms: Promise<AnnouncedPrism[]> | undefined;

/** The run's Prisms, once they all answer (one wait per worker, shared by its test files). */
export function suitePrisms(): Promise<AnnouncedPrism[]> {
  prisms ??= awaitFleet(inject('prismFleetFile'), MOCK_SUITE_DEFAULTS.prismWaitMs);
  return prisms;
}

/** The run's Prism that serves `path` (a path template of the spec): each serves its share of the paths. */
export async function prismServing(path: string): Promise<AnnouncedPrism> {
  const prisms = await suitePrisms();
  const prism = prisms.find((p) => p.paths.includes(path));
  if (!prism) throw new Error(`no Prism of the run serves ${path}; the fleet serves ${prisms.reduce((n, p) => n + p.paths.length, 0)} paths of the spec`);
  return prism;
}
