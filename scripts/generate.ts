// `npm run generate` / `npm run generate:check`: see scripts/codegen/run-generate.ts.
import { runGenerate } from './codegen/run-generate.js';

const result = await runGenerate(process.argv.slice(2));
for (const line of result.stdout) console.log(line);
for (const line of result.stderr) console.error(line);
process.exitCode = result.exitCode;
