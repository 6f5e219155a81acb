import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startChild } from '../../common/process/index.js';
import { REPO_ROOT } from './repo-paths.js';

export interface CommandRun {
  exitCode: number;
  wallMs: number;
  /** The last lines of stdout+stderr, for error messages and summary lines. */
  tail: string[];
  /** The last line of the whole output that matched `options.watch`, wherever it came (a tail may not reach it). */
  watched?: string;
}

interface RunOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** A line the caller reads a figure from; kept however much output follows it. */
  watch?: RegExp;
}

const TAIL_LINES = 40;

/**
 * Runs `node <args>` from the repo root and measures its wall time. Output is kept (not shown) so
 * the bench's own report stays readable; the tail is returned for diagnostics.
 */
export async function runNode(args: readonly string[], options: RunOptions = {}): Promise<CommandRun> {
  const started = performance.now();
  const lines: string[] = [];
  let watched: string | undefined;
  const child = startChild(process.execPath, args, {
    cwd: REPO_ROOT,
    env: options.env ?? process.env,
    output: 'capture',
    onLine: (line) => {
      if (options.watch?.test(line)) watched = line;
      lines.push(line);
      if (lines.length > TAIL_LINES * 4) lines.splice(0, lines.length - TAIL_LINES);
    },
  });
  const timer = options.timeoutMs ? setTimeout(() => child.child.kill('SIGTERM'), options.timeoutMs) : undefined;
  try {
    const end = await child.ended;
    return { exitCode: end.code ?? (end.signal ? 128 : 1), wallMs: performance.now() - started, tail: lines.slice(-TAIL_LINES), ...(watched === undefined ? {} : { watched }) };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** `tsx <script> ...args`, the way the package.json scripts run. */
export function runTsx(script: string, args: readonly string[], options: RunOptions = {}): Promise<CommandRun> {
  return runNode([`${REPO_ROOT}/node_modules/tsx/dist/cli.mjs`, script, ...args], options);
}

/**
 * The arguments after `node` of a package.json script that runs `node ...` (`generate`,
 * `contract:mock`), so the bench times exactly what `npm run <name>` runs and cannot drift from it.
 * Throws when the script is missing or does not start with `node `: the bench would then time
 * something else than users run.
 */
export function npmScriptNodeArgs(name: string, packageJson: string = readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')): string[] {
  const scripts = (JSON.parse(packageJson) as { scripts?: Record<string, unknown> }).scripts ?? {};
  const command = scripts[name];
  if (typeof command !== 'string') throw new Error(`package.json has no "${name}" script, so the bench cannot time \`npm run ${name}\``);
  const [program, ...args] = command.trim().split(/\s+/);
  if (program !== 'node' || args.some((arg) => /["'`$&|;<>]/.test(arg))) {
    throw new Error(`package.json's "${name}" script is "${command}"; the bench times it as \`node <args>\` and needs it to be one plain node command`);
  }
  return args;
}
