import { weekdays } from './schemas.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A scheduled trigger as stored (the time zone defaulted). */
export interface Schedule {
  every?: string | undefined;
  at?: string | undefined;
  days?: readonly (typeof weekdays)[number][] | undefined;
  timeZone: string;
}

/** `15m`, `2h` in milliseconds. */
export const everyMs = (every: string) => Number.parseInt(every, 10) * (every.endsWith('h') ? 60 : 1) * MINUTE_MS;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What a clock on the wall in the zone shows at an instant. */
function wallClockOf(instant: number, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterOf(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const asUtc = (clock: WallClock) =>
  Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);

/** How far ahead of UTC the zone's clocks are at an instant. */
const offsetAt = (instant: number, timeZone: string) =>
  asUtc(wallClockOf(instant, timeZone)) - Math.floor(instant / 1000) * 1000;

/**
 * The instant a wall-clock time (given as if it were UTC) happens in the zone. Twice (clocks go
 * back): the first. Never (clocks go forward over it): the first instant after the gap, when the
 * clocks show the time just past it (02:30 on a spring-forward night in Berlin: 03:00 CEST).
 */
export function instantOfWallTime(wall: number, timeZone: string): number {
  // Zones change their offset at most once in two days: the offsets a day either side are all there are.
  const offsets = [...new Set([offsetAt(wall - DAY_MS, timeZone), offsetAt(wall + DAY_MS, timeZone)])];
  const happens = offsets
    .map((offset) => wall - offset)
    .filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  if (happens.length > 0) return Math.min(...happens);
  // In a gap: the offset changes between `low` (before it) and `high` (after); find the minute it does.
  let low = wall - Math.max(...offsets);
  let high = wall - Math.min(...offsets);
  const before = offsetAt(low, timeZone);
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return high;
}

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
