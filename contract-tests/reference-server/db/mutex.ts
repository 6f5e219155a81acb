/**
 * PGlite has one connection: two transactions must never interleave on it, and a plain query
 * issued while another request's transaction is open would run inside that transaction. Every
 * database use goes through this lock, one at a time, in arrival order.
 */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
