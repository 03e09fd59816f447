/**
 * Lets one loop sleep until woken (a NOTIFY arrived, the process is stopping) or a timeout passes. A
 * wake-up that comes while the loop is busy is kept, so the next wait returns at once: nothing that
 * committed during a batch waits for the next poll.
 */
export class WakeSignal {
  private waiter: (() => void) | undefined;
  private pending = false;

  fire(): void {
    if (this.waiter) this.waiter();
    else this.pending = true;
  }

  /** Resolves on fire() (or one that came since the last wait), or after `ms`. */
  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiter = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiter = done;
    });
  }
}
