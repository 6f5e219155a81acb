/** Something with a deadline in a `DeadlineQueue`: told when the deadline passes before it left. */
export abstract class DeadlineEntry {
  /** Queue links and deadline (`performance.now()` time); managed by the queue only. */
  previous: DeadlineEntry | undefined = undefined;
  next: DeadlineEntry | undefined = undefined;
  deadline = 0;
  queued = false;

  /** The deadline passed while the entry was queued; it has already left the queue. */
  abstract expire(): void;
}

// The longest delay setTimeout accepts (2^31 - 1 ms, about 24.8 days).
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The timeouts of one client's attempts. They all last `timeoutMs`, so deadlines fall in the
 * order the attempts start: a list in start order with one unref'd timer, armed for the earliest
 * deadline, serves them all. Joining and leaving are a few pointer updates, where a `setTimeout`
 * per attempt allocated a Timeout and called into libuv twice (`npm run bench`, item 1). The timer
 * is not re-armed when the earliest entry leaves early: it wakes once at that deadline, finds
 * nothing due, and is armed again for the entry now first.
 */
export class DeadlineQueue {
  readonly #timeoutMs: number;
  #first: DeadlineEntry | undefined;
  #last: DeadlineEntry | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  add(entry: DeadlineEntry): void {
    entry.deadline = performance.now() + this.#timeoutMs;
    entry.queued = true;
    entry.previous = this.#last;
    entry.next = undefined;
    if (this.#last) this.#last.next = entry;
    else this.#first = entry;
    this.#last = entry;
    if (this.#timer === undefined) this.#arm(this.#timeoutMs);
  }

  remove(entry: DeadlineEntry): void {
    if (!entry.queued) return;
    entry.queued = false;
    if (entry.previous) entry.previous.next = entry.next;
    else this.#first = entry.next;
    if (entry.next) entry.next.previous = entry.previous;
    else this.#last = entry.previous;
    entry.previous = undefined;
    entry.next = undefined;
  }

  #arm(delayMs: number): void {
    // Node fires a timer on whole milliseconds: round up, so the wake is never before the deadline.
    // Past MAX_TIMER_MS Node would fire after 1 ms instead; a longer wait wakes early and re-arms.
    this.#timer = setTimeout(() => this.#wake(), Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(delayMs))));
    // Waiting attempts must not keep the process alive on their own (a body nobody reads, say).
    this.#timer.unref?.();
  }

  #wake(): void {
    this.#timer = undefined;
    const now = performance.now();
    for (let entry = this.#first; entry !== undefined && entry.deadline <= now; entry = this.#first) {
      this.remove(entry);
      entry.expire();
    }
    if (this.#first) this.#arm(this.#first.deadline - now);
  }
}
