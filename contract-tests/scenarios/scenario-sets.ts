import { WHOLE_API_SCENARIOS } from './api/index.js';
import { SCENARIO_SET } from './invitation-scenarios.js';
import type { ScenarioSpec } from './step-spec.js';

/**
 * The scenario sets the recorder records, by name: the invitation rules (whose expectations are
 * the traces themselves) and the whole-API lifecycles (whose steps say what must come back).
 */
export const SCENARIO_SETS = {
  invitations: SCENARIO_SET,
  'whole-api': WHOLE_API_SCENARIOS,
} as const satisfies Record<string, readonly ScenarioSpec[]>;

export type ScenarioSetName = keyof typeof SCENARIO_SETS;
