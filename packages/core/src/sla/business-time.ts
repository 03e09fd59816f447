import { instantOfWallTime, localMidnightOf } from '../wall-clock.ts';
import type { BusinessHours } from './schemas.ts';

// SLA clocks count minutes, either every minute (no business hours) or only those inside a policy's
// business hours: its weekdays from `start` to `end`, local to its time zone, but not on its holidays.
// A day's hours are found from its local date, so a DST change moves them in UTC as it should.

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far a clock looks ahead for business time before giving up (no business day in ten years). */
const MAX_DAYS = 3_660;
const weekdayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const isoDate = (day: number) => new Date(day).toISOString().slice(0, 10);
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A local day's business hours as instants, or null on a day off. */
function hoursOn(day: number, hours: BusinessHours): { from: number; to: number } | null {
  const weekday = weekdayNames[new Date(day).getUTCDay()];
  if (!weekday || !hours.days.includes(weekday) || hours.holidays.includes(isoDate(day))) return null;
  const from = instantOfWallTime(day + minutesOf(hours.start) * MINUTE, hours.timeZone);
  const to = instantOfWallTime(day + minutesOf(hours.end) * MINUTE, hours.timeZone);
  return to > from ? { from, to } : null;
}

/**
 * When `minutes` of clock time have passed after `start`: wall time without business hours, else
 * only business minutes. Null when the business hours have no time left (no working day ahead).
 */
export function addClockMinutes(start: Date, minutes: number, hours: BusinessHours | undefined): Date | null {
  if (!hours) return new Date(start.getTime() + minutes * MINUTE);
  let remaining = minutes * MINUTE;
  let day = localMidnightOf(start.getTime(), hours.timeZone);
  for (let step = 0; step < MAX_DAYS; step++, day += DAY) {
    const open = hoursOn(day, hours);
    if (!open) continue;
    const from = Math.max(open.from, start.getTime());
    if (from >= open.to) continue;
    if (remaining <= open.to - from) return new Date(from + remaining);
    remaining -= open.to - from;
  }
  return null;
}

/** The clock minutes between two instants (zero when `to` is not after `from`). */
export function clockMinutesBetween(from: Date, to: Date, hours: BusinessHours | undefined): number {
  if (to <= from) return 0;
  if (!hours) return (to.getTime() - from.getTime()) / MINUTE;
  let total = 0;
  const last = localMidnightOf(to.getTime(), hours.timeZone);
  let day = localMidnightOf(from.getTime(), hours.timeZone);
  for (let step = 0; step < MAX_DAYS && day <= last; step++, day += DAY) {
    const open = hoursOn(day, hours);
    if (!open) continue;
    const overlap = Math.min(open.to, to.getTime()) - Math.max(open.from, from.getTime());
    if (overlap > 0) total += overlap;
  }
  return total / MINUTE;
}
