import type { LoadedSpec } from '../../common/spec/index.js';
import { FindingCollector } from './findings.js';
import { SchemaValidator } from './schema/schema-validator.js';

/** Everything derived once per spec and shared by request building and response checking. */
export interface ContractContext {
  spec: LoadedSpec;
  validator: SchemaValidator;
  findings: FindingCollector;
}

export function createContractContext(spec: LoadedSpec): ContractContext {
  const findings = new FindingCollector();
  for (const ref of spec.cyclicRefs) findings.add('ref-cyclic', ref, ref, `schema ${ref} refers to itself; validated through the document root`);
  return { spec, findings, validator: new SchemaValidator(spec, findings) };
}
