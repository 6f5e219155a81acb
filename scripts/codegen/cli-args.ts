import { UsageError } from '../../common/usage-error.js';

interface CliOptions {
  spec: string | undefined;
  out: string | undefined;
  runtimeImport: string | undefined;
  check: boolean;
  help: boolean;
}

export const USAGE =
  'usage: npm run generate -- [--spec <file>] [--out <dir>] [--runtime-import <module>] [--check]\n' +
  '  --spec            OpenAPI 3.0/3.1 spec, YAML or JSON (default: openapi/logto-management.yaml)\n' +
  '  --out             output directory (default: src/generated)\n' +
  "  --runtime-import  module apis.ts imports unwrap from (default: '../runtime/unwrap.js')\n" +
  '  --check           compare with the files on disk instead of writing (npm run generate:check)\n' +
  'exit codes: 0 written (with --check: up to date), 1 --check found a difference, 2 bad arguments or a spec that cannot be used';

const VALUE_FLAGS = { '--spec': 'spec', '--out': 'out', '--runtime-import': 'runtimeImport' } as const;

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { spec: undefined, out: undefined, runtimeImport: undefined, check: false, help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const raw = argv[index] ?? '';
    const [flag, inline] = raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    if (flag === '--check') options.check = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag in VALUE_FLAGS) {
      const value = inline ?? argv[index + 1];
      if (inline === undefined) index += 1;
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`generate: ${flag} needs a value (${USAGE.split('\n')[0]})`);
      }
      options[VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS]] = value;
    } else {
      throw new UsageError(`generate: unknown argument ${JSON.stringify(raw)}; run with --help for the options`);
    }
  }
  return options;
}
