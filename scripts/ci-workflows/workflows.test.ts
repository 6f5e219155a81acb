// Every workflow in .github/workflows/ is valid, and ci.yml runs what the project's CI runs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../common/paths.js';
import { workflowProblems } from './validate-workflow.js';

const workflowsDir = path.join(REPO_ROOT, '.github', 'workflows');
const workflowFiles = readdirSync(workflowsDir).filter((file) => /\.ya?ml$/.test(file)).sort();

describe('workflow validation', () => {
  it('finds the workflows, ci.yml among them', () => {
    expect(workflowFiles).toContain('ci.yml');
  });

  it.each(workflowFiles)('.github/workflows/%s is a valid workflow', (file) => {
    expect(workflowProblems(readFileSync(path.join(workflowsDir, file), 'utf8'))).toEqual([]);
  });

  it('rejects a broken workflow, naming each problem', () => {
    const problems = workflowProblems(readFileSync(path.join(REPO_ROOT, 'scripts', 'ci-workflows', 'fixtures', 'broken-workflow.yml'), 'utf8'));
    expect(problems).toContain("/jobs/test: Additional property 'stepz' is not allowed");
    expect(problems.some((problem) => problem.startsWith('/on: '))).toBe(true);
  });

  it('rejects YAML that does not parse, with its line', () => {
    expect(workflowProblems('name: [unclosed\n')).toEqual([expect.stringMatching(/^line 2, column 1: /)]);
  });
});

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe('ci.yml', () => {
  const workflow = parse(readFileSync(path.join(workflowsDir, 'ci.yml'), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const action = (name: string): Step | undefined => steps.find((step) => step.uses?.startsWith(`${name}@`));

  it('runs on every push and pull request', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('sets up Node 20 with the npm cache', () => {
    expect(action('actions/setup-node')?.with).toMatchObject({ 'node-version': 20, cache: 'npm' });
  });

  it('runs .ci/run, which is npm ci then the README test command', () => {
    expect(steps.map((step) => step.run)).toContain('bash .ci/run');
    const ciRun = readFileSync(path.join(REPO_ROOT, '.ci', 'run'), 'utf8').split('\n').filter((line) => /^npm /.test(line));
    expect(ciRun).toContain('npm ci --no-audit --no-fund');
    expect(ciRun.at(-1)).toBe('npm test');
    expect(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')).toMatch(/^npm test\b/m);
  });

  it('uploads reports/ when the run fails', () => {
    const upload = action('actions/upload-artifact');
    expect(upload?.if).toBe('failure()');
    expect(upload?.with?.path).toBe('reports/');
  });
});
