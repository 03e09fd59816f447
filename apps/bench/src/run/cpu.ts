import { readFileSync } from 'node:fs';

/** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ) on every architecture it runs on. */
const MS_PER_TICK = 10;

/** Idle and total CPU time of the whole machine so far, in clock ticks (Linux), or null. */
export function machineCpuTicks(): { idle: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    // cpu user nice system idle iowait irq softirq steal (guest time is already inside user)
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    if (ticks.length < 5 || ticks.some((tick) => !Number.isFinite(tick))) return null;
    const [, , , idle = 0, iowait = 0] = ticks;
    return { idle: idle + iowait, total: ticks.reduce((sum, tick) => sum + tick, 0) };
  } catch {
    return null;
  }
}

/** User + system CPU time a process has used so far, in ms (0 when it is gone). */
function processCpuMs(pid: number): number {
  try {
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15, the 12th and 13th after the command name.
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return 0;
  }
}

export interface CpuDuringRun {
  /** Share of the whole machine's CPU time that was busy (null where /proc/stat cannot be read). */
  machineBusy: number | null;
  /** CPU time the server's processes used, in ms. */
  serverMs: number;
}

/**
 * Starts counting CPU time, of the machine and of the server's processes (`pids` is asked again at the
 * end, so workers forked meanwhile count from their start); the returned function stops.
 */
export function countCpu(pids: () => number[]): () => CpuDuringRun {
  const machineBefore = machineCpuTicks();
  const before = new Map(pids().map((pid) => [pid, processCpuMs(pid)]));
  return () => {
    const machineAfter = machineCpuTicks();
    const serverMs = pids().reduce((sum, pid) => sum + processCpuMs(pid) - (before.get(pid) ?? 0), 0);
    const elapsed = machineBefore && machineAfter ? machineAfter.total - machineBefore.total : 0;
    const machineBusy =
      machineBefore && machineAfter && elapsed > 0 ? 1 - (machineAfter.idle - machineBefore.idle) / elapsed : null;
    return { machineBusy, serverMs };
  };
}
