import { randomInt } from 'node:crypto';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Logto's ids: lowercase alphanumeric, 21 characters ("standard") or 12 (organizations, users). */
export function generateId(length: 12 | 21): string {
  let id = '';
  for (let index = 0; index < length; index += 1) id += alphabet[randomInt(alphabet.length)];
  return id;
}

export const generateStandardId = (): string => generateId(21);
export const generateShortId = (): string => generateId(12);
