/**
 * GitHub Actions workflow files checked against the workflow schema GitHub documents
 * (SchemaStore's github-workflow.json), by action-validator: compiled to WebAssembly and shipped
 * inside its npm package, so the check needs nothing beyond `npm ci`.
 */
import { validateWorkflow, type ValidationError } from '@action-validator/core';

/**
 * One line per problem, `<JSON pointer>: <what is wrong>`. A failed `oneOf` (a job that is
 * neither a normal job nor a reusable-workflow call, a step that is neither `run` nor `uses`) is
 * reported with the problems of each alternative, since any of them may be the one meant.
 */
export function workflowProblems(source: string): string[] {
  return [...new Set(validateWorkflow(source).errors.flatMap(describe))];
}

function describe(error: ValidationError): string[] {
  if ('location' in error && error.location) {
    return [`line ${error.location.line}, column ${error.location.column}: ${error.detail}`];
  }
  const nested = 'states' in error ? (error.states ?? []).flatMap((state) => state.errors.flatMap(describe)) : [];
  if (nested.length > 0) return nested;
  const where = 'path' in error && error.path ? error.path : '/';
  return [`${where}: ${error.detail ?? error.title}`];
}
