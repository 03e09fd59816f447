import type { Event } from './schemas.ts';

/** Why a tap ended: its client fell behind, the server is stopping, its time was up, or it left. */
export type TapEnd = 'overflow' | 'stopped' | 'expired' | 'left';

/**
 * One stream's place on the live feed. Every batch the feed hands out after the tap joined arrives
 * here, so together they hold every event with an id above `from`, in id order. The queue is
 * bounded: a stream that lets it pass `maxQueued` events is ended (its client replays from the log
 * when it reconnects) rather than buffered without end.
 */
export class LiveTap {
  private batches: Event[][] = [];
  private queued = 0;
  private wake: (() => void) | undefined;
  private readonly expiry: NodeJS.Timeout;
  endedBy: TapEnd | undefined;

  constructor(
    readonly userId: string,
    /** The feed's position when the tap joined: batches after it cover every id above this. */
    readonly from: number,
    private readonly maxQueued: number,
    maxDurationMs: number,
    private readonly onEnd: (tap: LiveTap) => void,
  ) {
    this.expiry = setTimeout(() => this.end('expired'), maxDurationMs);
    // A stream must not keep a stopping process alive; the server ends every tap when it stops anyway.
    this.expiry.unref();
  }

  push(batch: Event[]): void {
    if (this.endedBy) return;
    this.queued += batch.length;
    if (this.queued > this.maxQueued) {
      this.end('overflow');
      return;
    }
    this.batches.push(batch);
    this.wake?.();
  }

  /**
   * The events waiting, oldest first; waits for some when there are none. Undefined once the tap
   * has ended or `signal` is aborted (the client went away).
   */
  async take(signal?: AbortSignal): Promise<Event[] | undefined> {
    while (!this.endedBy && !signal?.aborted && this.batches.length === 0) await this.sleep(undefined, signal);
    if (this.endedBy || signal?.aborted) return undefined;
    const events = this.batches.length === 1 ? (this.batches[0] ?? []) : this.batches.flat();
    this.batches = [];
    this.queued = 0;
    return events;
  }

  /** Waits `ms`, or less if the tap ends or `signal` aborts. */
  pause(ms: number, signal?: AbortSignal): Promise<void> {
    return this.endedBy || signal?.aborted ? Promise.resolve() : this.sleep(ms, signal);
  }

  end(reason: TapEnd): void {
    if (this.endedBy) return;
    this.endedBy = reason;
    this.batches = [];
    this.queued = 0;
    clearTimeout(this.expiry);
    this.wake?.();
    this.onEnd(this);
  }

  /** Until a batch arrives, the tap ends, `signal` aborts, or `ms` (when given) passes. */
  private sleep(ms: number | undefined, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        if (timer) clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        if (this.wake === done) this.wake = undefined;
        resolve();
      };
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
      this.wake = done;
    });
  }
}
