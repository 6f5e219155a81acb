import { UsageError } from '../../common/usage-error.js';

const ALL_ITEMS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export interface BenchArgs {
  /** Items to run, ascending. */
  only: number[];
  /** Rounds for item 1 (per-call overhead). */
  rounds: number | undefined;
  /** Item 1 also times openapi-fetch with each layer of our client alone (default on). */
  breakdown: boolean;
  help: boolean;
}

export const BENCH_USAGE = `usage: npm run bench [-- --only=1,2,...] [--rounds=N] [--no-breakdown]

  --only=LIST     run only these items (default: all):
                  1 per-call overhead vs raw fetch, openapi-fetch, @logto/api
                  2 token requests for 100 concurrent calls on a cold client
                  3 codegen time on our full spec vs openapi-typescript alone
                  4 mock contract run on our full spec vs Prism alone
                  5 live suite, concurrent vs serial, against the reference server
                  6 generic phase over the whole API vs raw fetch, against a Prism mock
                  7 bundle of a one-operation consumer: small form, full client, @logto/api
                  8 cold start (fresh process: import, create) vs @logto/api, CPU
                  9 contract:live --whole-api against your Logto (LOGTO_*) vs the same requests sent
                    bare at the same concurrency (skipped without LOGTO_*)
  --rounds=N      rounds for item 1 (default 15)
  --no-breakdown  skip item 1's diagnostic rows (our direct calls alone, with only our
                  timeout/retry fetch, and with only our auth fetch: which layer costs what)

Prints a table and writes reports/bench/bench.json and bench.md. Exit 0 when every item was
measured (met or missed), 1 when an item could not be measured, 2 on a bad argument.`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { only: [...ALL_ITEMS], rounds: undefined, breakdown: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] as string;
    const eq = raw.indexOf('=');
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const inline = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value; run npm run bench -- --help`);
      return v;
    };
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--only') args.only = parseOnly(value());
    else if (flag === '--no-breakdown' && inline === undefined) args.breakdown = false;
    else if (flag === '--rounds') args.rounds = parseRounds(value());
    else throw new UsageError(`unknown argument "${raw}"; known: --only=1,2,..., --rounds=N, --no-breakdown, --help`);
  }
  return args;
}

function parseOnly(value: string): number[] {
  const items = value.split(',').map((part) => part.trim());
  const numbers = items.map((part) => Number(part));
  const bad = items.filter((part, i) => !/^\d+$/.test(part) || !(ALL_ITEMS as readonly number[]).includes(numbers[i] as number));
  if (bad.length > 0) throw new UsageError(`--only "${value}": ${bad.map((b) => `"${b}"`).join(', ')} is not an item; use numbers from ${ALL_ITEMS.join(',')}, e.g. --only=1,2`);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

function parseRounds(value: string): number {
  const rounds = Number(value);
  if (!/^\d+$/.test(value) || rounds < 1 || rounds > 1000) throw new UsageError(`--rounds "${value}" must be a whole number from 1 to 1000, e.g. --rounds=15`);
  return rounds;
}
