import { instantOfWallTime, wallClockOf } from '../wall-clock.ts';
import { weekdays } from './schemas.ts';

const MINUTE_MS = 60_000;

/** A scheduled trigger as stored (the time zone defaulted). */
export interface Schedule {
  every?: string | undefined;
  at?: string | undefined;
  days?: readonly (typeof weekdays)[number][] | undefined;
  timeZone: string;
}

/** `15m`, `2h` in milliseconds. */
export const everyMs = (every: string) => Number.parseInt(every, 10) * (every.endsWith('h') ? 60 : 1) * MINUTE_MS;

const weekdayOf = (utcMidnight: number) => weekdays[(new Date(utcMidnight).getUTCDay() + 6) % 7];

/** The first time `at` (on one of `days`) falls in the zone strictly after `after`. */
function nextAt(schedule: Schedule & { at: string }, after: number): number {
  const [hour = 0, minute = 0] = schedule.at.split(':').map(Number);
  const today = wallClockOf(after, schedule.timeZone);
  // A week and a day covers any set of days, whatever the offsets do.
  for (let ahead = 0; ahead <= 8; ahead++) {
    const midnight = Date.UTC(today.year, today.month - 1, today.day + ahead);
    const weekday = weekdayOf(midnight);
    if (schedule.days && weekday && !schedule.days.includes(weekday)) continue;
    // The day's run is its first `at` (clocks going back show it twice: it runs once).
    const instant = instantOfWallTime(midnight + (hour * 60 + minute) * MINUTE_MS, schedule.timeZone);
    if (instant > after) return instant;
  }
  throw new Error(`no time for ${schedule.at} on ${schedule.days?.join(',')} within 8 days`);
}

/**
 * When a schedule is next due, strictly after `after`. `every` counts whole intervals from `anchor`
 * (when the rule was turned on or edited, or the slot that just ran: missed slots are skipped, not
 * run late one after another); `at` is a time of day in the schedule's zone, on `days` when given.
 */
export function nextRunAt(schedule: Schedule, after: Date, anchor: Date = after): Date {
  if (schedule.every) {
    const interval = everyMs(schedule.every);
    const intervals = Math.max(1, Math.floor((after.getTime() - anchor.getTime()) / interval) + 1);
    return new Date(anchor.getTime() + intervals * interval);
  }
  if (schedule.at) return new Date(nextAt({ ...schedule, at: schedule.at }, after.getTime()));
  throw new Error('a schedule has every or at');
}

/** A rule's first run from now, once turned on or edited: null unless it is on and scheduled. */
export function firstRunAt(
  definition: { trigger: { type: 'event' } | ({ type: 'schedule' } & Schedule) },
  enabled: boolean,
  now = new Date(),
): Date | null {
  return enabled && definition.trigger.type === 'schedule' ? nextRunAt(definition.trigger, now) : null;
}
