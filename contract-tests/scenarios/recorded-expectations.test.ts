import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioSender } from './run-scenario.js';
import { recordedExpectations } from './recorded-expectations.js';
import type { ScenarioSpec } from './step-spec.js';

/** A tiny server: one organization store, answering as Logto does. */
function fakeServer(): ScenarioSender {
  const orgs = new Map<string, Record<string, unknown>>();
  let next = 0;
  return {
    async send(request) {
      const [path] = request.target.split('?') as [string];
      const json = (status: number, body: unknown) => ({ status, headers: new Headers({ 'content-type': 'application/json' }), text: JSON.stringify(body), json: body });
      if (request.method === 'POST' && path === '/api/organizations') {
        const org = { id: `o${(next += 1)}q9w8e7r6t5y4`, createdAt: 1_765_000_000_000 + next, ...(JSON.parse(request.body ?? '{}') as object) };
        orgs.set(org.id, org);
        return json(201, org);
      }
      const id = path.split('/')[3] as string;
      if (request.method === 'GET' && path === '/api/organizations') return { ...json(200, [...orgs.values()]), headers: new Headers({ 'content-type': 'application/json', 'total-number': String(orgs.size) }) };
      if (request.method === 'PATCH') orgs.set(id, { ...orgs.get(id), ...(JSON.parse(request.body ?? '{}') as object) });
      const org = orgs.get(id);
      return org ? json(200, org) : json(404, { code: 'entity.not_found', message: 'gone' });
    },
    token: async () => ({ status: 500, headers: new Headers(), text: '', json: undefined }),
  };
}

const scenario: ScenarioSpec = {
  name: 'orgs',
  covers: [],
  steps: [
    { name: 'create', method: 'POST', path: '/api/organizations', body: { name: '{run:org}', customData: { at: '{time:+1d}' } }, save: { org: '/id' }, keep: { data: '/customData' }, expect: { status: 201, values: { '/name': '{run:org}' } } },
    { name: 'rename', method: 'PATCH', path: '/api/organizations/{org}', body: { name: '{runa:renamed}' }, expect: { status: 200, values: { '/name': '{runa:renamed}', '/id': '{org}', '/customData': '{json:data}' } } },
    { name: 'list', method: 'GET', path: '/api/organizations', expect: { status: 200, holds: [{ where: { '/id': '{org}' } }], lacks: [{ where: { '/id': '{missing}' } }], headers: { 'total-number': '1' } } },
  ],
};

describe('expectations judged again on a recording', () => {
  it("a run's recorded steps meet their expectations offline, clause by clause, the run's own values abstracted", async () => {
    const run = await runScenario(scenario, fakeServer(), { prefix: 'ct-abc123-', missingId: 'ct-nothing', now: () => 1_765_000_000_000, vars: new Map() });
    expect(run.unmet).toEqual([]);
    const judged = recordedExpectations(run.steps);
    expect(judged.map((j) => j.step)).toEqual(['orgs/create', 'orgs/rename', 'orgs/list']);
    for (const { step, clauses } of judged) expect(clauses.filter((c) => !c.met), step).toEqual([]);
  });

  it('a recording that no longer meets its expectation says which clause', async () => {
    const run = await runScenario(scenario, fakeServer(), { prefix: 'ct-abc123-', missingId: 'ct-nothing', now: () => 1_765_000_000_000, vars: new Map() });
    const rename = run.steps[1];
    if (!rename?.answers[0]) throw new Error('no rename step');
    rename.answers[0].body = { ...(rename.answers[0].body as object), name: '{run:}org' };
    const unmet = recordedExpectations(run.steps).flatMap((j) => j.clauses.filter((c) => !c.met).map((c) => `${j.step} ${c.clause}`));
    expect(unmet).toEqual(['orgs/rename /name']);
  });
});
