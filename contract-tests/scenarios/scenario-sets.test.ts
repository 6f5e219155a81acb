import { describe, expect, it } from 'vitest';
import { SCENARIO_SETS } from './scenario-sets.js';

describe('the scenario sets', () => {
  it('name every scenario once across the sets: a trace keys its steps by scenario name', () => {
    const names = Object.values(SCENARIO_SETS).flatMap((set) => set.map((scenario) => scenario.name));
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
