export { createLogtoClient, type LogtoClient } from './client.js';
export * from './public-types-and-errors.js';
export type { OperationOptions } from './runtime/unwrap.js';
// Every generated API class (one per spec tag), createApis and the operation index, whatever tags the spec grows.
export * from './generated/apis.js';
