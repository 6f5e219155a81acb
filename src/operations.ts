// The small form (`logto-management-contract/operations`): one function per operation over the
// client's runtime, without the API classes or openapi-fetch. A bundler keeps what you call.
export { createLogtoCore, type LogtoCore, type LogtoCoreOptions } from './core.js';
export * from './generated/operations.js';
export * from './public-types-and-errors.js';
