import { describe, expect, it } from 'vitest';
import { npmScriptNodeArgs } from './run-command.js';

const pkg = (scripts: Record<string, string>): string => JSON.stringify({ scripts });

describe('npmScriptNodeArgs', () => {
  it("gives the arguments after node of the repo's own generate and contract:mock scripts", () => {
    expect(npmScriptNodeArgs('generate')).toContain('scripts/generate.ts');
    expect(npmScriptNodeArgs('contract:mock')).toContain('scripts/contract-mock.ts');
  });

  it('splits a plain node command', () => {
    expect(npmScriptNodeArgs('x', pkg({ x: 'node --import tsx scripts/x.ts' }))).toEqual(['--import', 'tsx', 'scripts/x.ts']);
  });

  it('refuses a missing script, naming it', () => {
    expect(() => npmScriptNodeArgs('nope', pkg({}))).toThrow(/no "nope" script/);
  });

  it('refuses a script that is not one plain node command, since timing it as one would time something else', () => {
    expect(() => npmScriptNodeArgs('x', pkg({ x: 'tsx scripts/x.ts' }))).toThrow(/one plain node command/);
    expect(() => npmScriptNodeArgs('x', pkg({ x: 'node a.js && node b.js' }))).toThrow(/one plain node command/);
  });
});
