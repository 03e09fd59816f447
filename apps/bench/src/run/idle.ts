import { machineCpuTicks } from './cpu.ts';

export interface IdleWait {
  /** Share of CPU time idle in the last second sampled (null where /proc/stat cannot be read). */
  idle: number | null;
  /** Whether it reached the wanted share before the wait ran out. */
  reached: boolean;
  waitedMs: number;
}

/**
 * Waits until the machine has been at least `share` idle over one second (these machines are shared
 * and noisy: a measurement should not start while something else is busy), sampling second by
 * second, for at most `maxMs`.
 */
export async function waitForIdle(share = 0.85, maxMs = 20_000): Promise<IdleWait> {
  const started = Date.now();
  let idle: number | null = null;
  while (Date.now() - started < maxMs) {
    const before = machineCpuTicks();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = machineCpuTicks();
    if (!before || !after || after.total <= before.total) return { idle: null, reached: false, waitedMs: 0 };
    idle = (after.idle - before.idle) / (after.total - before.total);
    if (idle >= share) return { idle, reached: true, waitedMs: Date.now() - started };
  }
  return { idle, reached: false, waitedMs: Date.now() - started };
}
