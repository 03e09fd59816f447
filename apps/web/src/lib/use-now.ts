import { useMemo, useSyncExternalStore } from 'react';

const TICK_MS = 30_000;

// One timer for every clock on the screen (a list shows many), running only while one is mounted.
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = Date.now();
    for (const notify of listeners) notify();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function snapshot(): number {
  // Nothing ticking: the time of the last tick may be long gone. Whole seconds keep repeated reads
  // within one render equal, as React requires of a snapshot.
  if (timer === undefined) now = Math.floor(Date.now() / 1000) * 1000;
  return now;
}

/** The time now, renewed every half minute: enough for clocks that speak in minutes. */
export function useNow(): Date {
  const ms = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => new Date(ms), [ms]);
}
