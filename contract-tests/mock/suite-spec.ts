import { loadSpec, type LoadedSpec } from '../../common/spec/index.js';
import { suiteOptions } from './suite-options.js';

let spec: Promise<LoadedSpec> | undefined;

/** The spec the run checks, read once per worker and shared by the test files that worker runs. */
export function suiteSpec(): Promise<LoadedSpec> {
  spec ??= loadSpec(suiteOptions().specPath);
  return spec;
}
