import type { OperationIndex } from '../lib/spec/operation-index.js';
import type { ScenarioSpec } from './step-spec.js';

/** What decides whether a scenario can run against a target. */
interface ScenarioTarget {
  /** The operationIds the target serves. */
  served: ReadonlySet<string>;
  emailConnector: 'present' | 'absent' | 'unknown';
  /** The run may change tenant-wide settings (LOGTO_CONTRACT_ALLOW_SETTINGS=1). */
  allowSettings: boolean;
  /** How messages name the target (`the embedded reference server`, `this Logto`). */
  name: string;
  /** The connector factories the target offers (`GET /api/connector-factories`), when known. */
  connectorFactories?: readonly string[];
}

/**
 * Why a scenario cannot run against a target, by scenario name: it needs (or must not have) an
 * e-mail connector, it needs a connector factory the target does not offer, it changes a
 * tenant-wide setting and the run may not, or it calls an
 * operation the target does not serve. A step no operation of the spec matches (an unknown path,
 * sent on purpose) needs nothing of the target.
 */
export function scenarioSkips(scenarios: readonly ScenarioSpec[], target: ScenarioTarget, index: OperationIndex): Map<string, string> {
  const skips = new Map<string, string>();
  for (const scenario of scenarios) {
    const operations = operationsOf(scenario, index);
    const unserved = [...new Set(operations.filter((id) => !target.served.has(id)))];
    if (scenario.needsEmailConnector && scenario.needsEmailConnector !== target.emailConnector) {
      skips.set(scenario.name, `needs a tenant ${scenario.needsEmailConnector === 'present' ? 'with' : 'without'} an e-mail connector`);
    } else if (scenario.needsConnectorFactory && !target.connectorFactories?.includes(scenario.needsConnectorFactory)) {
      skips.set(scenario.name, `needs the connector factory ${scenario.needsConnectorFactory}, which ${target.connectorFactories ? `${target.name} does not offer` : `${target.name} does not list`}`);
    } else if (scenario.changesSettings && !target.allowSettings) {
      skips.set(scenario.name, 'changes a tenant-wide setting; set LOGTO_CONTRACT_ALLOW_SETTINGS=1 to run it (the setting is snapshotted and restored)');
    } else if (unserved.length > 0) {
      skips.set(scenario.name, `${target.name} does not serve ${unserved.slice(0, 3).join(', ')}${unserved.length > 3 ? ` and ${unserved.length - 3} more` : ''}`);
    }
  }
  return skips;
}

/** The operationIds a scenario's steps call, in order (token steps and requests outside the spec call none). */
export function operationsOf(scenario: ScenarioSpec, index: OperationIndex): string[] {
  return scenario.steps.flatMap((step) => (step.token ? [] : [index.find(step.method, step.path.split('?')[0] as string)?.operationId ?? []].flat()));
}
