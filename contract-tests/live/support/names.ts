import { randomBytes } from 'node:crypto';

/**
 * Names for what a test creates: all carry the run prefix, e-mails are `@example.com` (a domain
 * that never receives mail), and workers cannot collide (a per-worker random part plus a counter).
 */
export class NameFactory {
  private counter = 0;
  private readonly worker = randomBytes(2).toString('hex');

  constructor(readonly prefix: string) {}

  private next(kind: string): string {
    this.counter += 1;
    return `${this.prefix}${kind}-${this.worker}${this.counter.toString(36)}`;
  }

  organization(): string {
    return this.next('org');
  }

  role(): string {
    return this.next('role');
  }

  email(kind = 'user'): string {
    return `${this.next(kind)}@example.com`;
  }

  /**
   * An id no entity can have: Logto ids are lowercase alphanumeric, this one has a hyphen. Twelve
   * characters, so it fits every id column (users' are the shortest) and reaches the lookup.
   */
  missingId(): string {
    return `ct-${randomBytes(8).toString('hex').slice(0, 9)}`;
  }
}
