/**
 * A setting is missing or wrong. Its message is the whole story (which variable, what to do), so
 * runners print only the message, never a stack, and exit with code 2.
 */
export class LiveConfigError extends Error {
  override name = 'LiveConfigError';
}

export const CONFIG_ERROR_EXIT_CODE = 2;
