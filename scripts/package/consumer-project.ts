/**
 * The pieces of the packaging tests: run a command the way a user would (npm, tsc, node), pack
 * the repo, and set up an empty project elsewhere that installs the package and uses it.
 */
import { cp, lstat, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { REPO_ROOT } from '../../common/paths.js';
import { startChild } from '../../common/process/index.js';
const CONSUMER_FIXTURE = path.join(REPO_ROOT, 'scripts', 'package', 'fixtures', 'consumer');
const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** How much of a failed command's output an error carries: enough to see npm's or tsc's reason. */
const OUTPUT_TAIL_LINES = 30;

class PackageTestError extends Error {
  override name = 'PackageTestError';
}

/**
 * The environment a user's shell has. `npm run` exports npm_config_local_prefix=<this repo> and
 * npm_package_*; an `npm install` started from inside `npm test` would read them and install
 * into this repo instead of the empty project, so every npm_* variable is dropped.
 */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, ...extra };
}

/** Runs a command to completion and returns its stdout; a non-zero exit throws with the output's tail. */
async function run(command: string, args: readonly string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<string> {
  return (await runWithOutput(command, args, cwd, extraEnv)).stdout;
}

/** As `run`, also returning stdout and stderr interleaved as they came, for commands that report on stderr. */
export async function runWithOutput(command: string, args: readonly string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<{ stdout: string; output: string }> {
  let stdout = '';
  let all = '';
  const child = startChild(command, args, {
    cwd,
    env: userEnv(extraEnv),
    output: 'capture',
    onStdout: (chunk) => (stdout += chunk.toString('utf8')),
    onLine: (line) => (all += `${line}\n`),
  });
  const end = await child.ended;
  if (end.code === 0) return { stdout, output: all };
  const tail = all.trimEnd().split('\n').slice(-OUTPUT_TAIL_LINES).join('\n');
  throw new PackageTestError(`\`${command} ${args.join(' ')}\` in ${cwd} exited ${end.code ?? end.signal}:\n${tail}`);
}

/** A fresh directory outside the repo, so nothing resolves from the repo's own node_modules. */
export async function makeTempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface PackResult {
  tarball: string;
  /** Paths inside the tarball, relative to its package/ folder, sorted. */
  files: string[];
}

/** `npm pack` of the repo (which runs `prepare`, the build) into `destination`. */
export async function packRepo(destination: string): Promise<PackResult> {
  const stdout = await run('npm', ['pack', '--json', '--pack-destination', destination], REPO_ROOT);
  // npm prints the lifecycle scripts' output before the JSON report.
  const report = JSON.parse(stdout.slice(stdout.indexOf('\n[') + 1)) as [{ filename: string; files: { path: string }[] }];
  return { tarball: path.join(destination, report[0].filename), files: report[0].files.map((file) => file.path).sort() };
}

/**
 * Copies the consumer fixture into `dir` and installs `spec` (a tarball path or a git URL) into
 * it with npm, plus the @types/node this repo pins, which a TypeScript consumer on Node has.
 */
export async function createConsumerProject(dir: string, spec: string): Promise<void> {
  await cp(CONSUMER_FIXTURE, dir, { recursive: true });
  const { devDependencies } = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const typesNode = devDependencies['@types/node'];
  if (!typesNode) throw new PackageTestError('package.json has no @types/node devDependency to give the consumer project.');
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', spec, `@types/node@${typesNode}`], dir);
}

interface ConsumerOutput {
  invitees: string[];
  missingStatus: number | undefined;
  /** The same through the small form (`logto-management-contract/operations`). */
  smallForm: { invitees: string[]; missingStatus: number | undefined };
  specShipped: boolean;
}

/** Type-checks and compiles the consumer with tsc, then runs it with node against `server`. */
export async function typecheckAndRun(dir: string, server: { url: string; credentials: { appId: string; appSecret: string } }): Promise<ConsumerOutput> {
  await run(process.execPath, [TSC, '-p', 'tsconfig.json'], dir);
  const stdout = await run(process.execPath, ['out/consumer.js'], dir, {
    LOGTO_ENDPOINT: server.url,
    LOGTO_M2M_APP_ID: server.credentials.appId,
    LOGTO_M2M_APP_SECRET: server.credentials.appSecret,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ConsumerOutput;
}

/**
 * The repo as a git repository of its own, as `git add --all && git commit` would make it from
 * the work tree (tracked and untracked files, minus what .gitignore leaves out), so an install
 * from its git URL tests the tree under test and not only what was last committed.
 */
export async function snapshotWorkTreeAsGitRepo(dir: string): Promise<string> {
  const listed = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], REPO_ROOT);
  for (const file of listed.split('\0').filter(Boolean)) {
    const source = path.join(REPO_ROOT, file);
    // A tracked file deleted in the work tree is listed but gone: skip it, as a commit would.
    const stat = await lstat(source).catch(() => undefined);
    // A symlink would let the clone's `npm install` write outside the snapshot: a `node_modules`
    // link (which the `node_modules/` ignore rule does not match) would be pruned to the
    // snapshot's lockfile. The repo tracks no symlink, so none is copied.
    if (!stat || stat.isSymbolicLink()) continue;
    await cp(source, path.join(dir, file));
  }
  const git = (...args: string[]): Promise<string> => run('git', ['-c', 'user.name=package test', '-c', 'user.email=package-test@example.com', ...args], dir);
  await git('init', '--quiet');
  await git('add', '--all');
  await git('commit', '--quiet', '--no-verify', '-m', 'work tree snapshot');
  return `git+file://${dir}`;
}
