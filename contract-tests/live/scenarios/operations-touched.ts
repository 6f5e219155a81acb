export const OPERATIONS_TOUCHED: Readonly<Record<string, readonly string[]>> = {};
