import { inject } from 'vitest';
import { awaitFleet, type AnnouncedPrism } from './prism-fleet-file.js';
import { MOCK_SUITE_DEFAULTS } from './suite-options.js';

let prisms: Promise<AnnouncedPrism[]> | undefined;

/** The run's Prisms, once they all answer (one wait per worker, shared by its test files). */
export function suitePrisms(): Promise<AnnouncedPrism[]> {
  prisms ??= awaitFleet(inject('prismFleetFile'), MOCK_SUITE_DEFAULTS.prismWaitMs);
  return prisms;
}
