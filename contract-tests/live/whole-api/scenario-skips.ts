import type { OperationIndex } from '../support/operation-index.js';
import type { LivePlan } from '../support/live-plan.js';
import type { ScenarioSpec } from '../../scenarios/step-spec.js';
import { operationsInScope, scopeFor } from '../generic/generic-scope.js';

/**
 * Why a scenario cannot run against this plan's target, by scenario name: it needs (or must not
 * have) an e-mail connector, it needs a connector factory the target does not offer, it changes a tenant-wide setting and the run may not, or it calls an
 * operation the target does not serve (the embedded reference server implements the carried
 * operations only). A scenario step no operation of the spec matches is a mistake in the
 * scenario, and throws.
 */
export async function scenarioSkips(scenarios: readonly ScenarioSpec[], plan: LivePlan, index: OperationIndex): Promise<Map<string, string>> {
  const served = new Set((await operationsInScope(index.operations, scopeFor(plan.main.kind))).operations.map((op) => op.operationId));
  const skips = new Map<string, string>();
  for (const scenario of scenarios) {
    const operations = scenario.steps.filter((step) => !step.token).map((step) => {
      const operation = index.find(step.method, step.path.split('?')[0] as string);
      if (!operation) throw new Error(`scenario ${scenario.name}, step ${step.name}: ${step.method} ${step.path} is no operation of the spec`);
      return operation.operationId;
    });
    const unserved = [...new Set(operations.filter((id) => !served.has(id)))];
    if (scenario.needsEmailConnector && scenario.needsEmailConnector !== plan.main.emailConnector) {
      skips.set(scenario.name, `needs a tenant ${scenario.needsEmailConnector === 'present' ? 'with' : 'without'} an e-mail connector`);
    } else if (scenario.needsConnectorFactory && !plan.main.connectorFactories?.includes(scenario.needsConnectorFactory)) {
      skips.set(scenario.name, `needs the connector factory ${scenario.needsConnectorFactory}, which ${plan.main.connectorFactories ? 'this server does not offer' : 'this server does not list'}`);
    } else if (scenario.changesSettings && !plan.allowSettings) {
      skips.set(scenario.name, 'changes a tenant-wide setting; set LOGTO_CONTRACT_ALLOW_SETTINGS=1 to run it (the setting is snapshotted and restored)');
    } else if (unserved.length > 0) {
      skips.set(scenario.name, `${plan.main.kind === 'reference' ? 'the embedded reference server' : 'this target'} does not serve ${unserved.slice(0, 3).join(', ')}${unserved.length > 3 ? ` and ${unserved.length - 3} more` : ''}`);
    }
  }
  return skips;
}
