import { MAX_YEAR, MIN_YEAR } from '../date-range.ts';
import { instantOfWallTime, localMidnightOf } from '../wall-clock.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const UNITS: Record<string, number> = { h: 60 * 60 * 1000, d: DAY_MS, w: 7 * DAY_MS };

/** A point the query names: a calendar day (a whole day in the calendar's zone) or an instant. */
export type QueryDate = { kind: 'day'; day: string } | { kind: 'instant'; at: Date };

/**
 * Where a query's days are reckoned: `today`, `yesterday`, a day's first and last instant, and the
 * day `overdue` counts from are those of `timeZone` (an IANA name) at `now`.
 */
export interface Calendar {
  now: Date;
  timeZone: string;
}

/** The calendar of a request made now: in `timeZone`, UTC when none is given. */
export const calendarOf = (timeZone: string | undefined, now = new Date()): Calendar => ({
  now,
  timeZone: timeZone ?? 'UTC',
});

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The range a date may name (date-range.ts), as instants: a day's bounds or local date reckoned in a
 * zone can step over its ends (9999-12-31 in New York ends in the year 10000 UTC), and are held to it.
 */
const FIRST_INSTANT = Date.UTC(MIN_YEAR, 0, 1);
const LAST_INSTANT = Date.UTC(MAX_YEAR, 11, 31, 23, 59, 59, 999);
const inBounds = (instant: number) => new Date(Math.min(LAST_INSTANT, Math.max(FIRST_INSTANT, instant)));
export const addDays = (day: string, days: number) => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

/** The date in the calendar's zone at an instant (its `now` unless given); UTC's without asking Intl. */
export function dayIn(calendar: Calendar, at = calendar.now): string {
  const instant = inBounds(at.getTime()).getTime();
  const midnight = calendar.timeZone === 'UTC' ? instant : localMidnightOf(instant, calendar.timeZone);
  return dayOf(inBounds(midnight));
}

/**
 * `2026-12-01`, `2026-12-01T09:30:00Z`, `today`, `yesterday`, or relative to now: `-7d`, `-12h`,
 * `-2w` (past) and `+3d` (future). Null when it is none of these or out of range.
 */
export function parseQueryDate(text: string, calendar: Calendar): QueryDate | null {
  const { now } = calendar;
  const lower = text.toLowerCase();
  if (lower === 'today') return { kind: 'day', day: dayIn(calendar) };
  if (lower === 'yesterday') return { kind: 'day', day: addDays(dayIn(calendar), -1) };
  const relative = /^([+-])(\d{1,4})([hdw])$/.exec(lower);
  if (relative) {
    const sign = relative[1] === '-' ? -1 : 1;
    return {
      kind: 'instant',
      at: new Date(now.getTime() + sign * Number(relative[2]) * (UNITS[relative[3] ?? 'd'] ?? DAY_MS)),
    };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && dayOf(date) === text && inRange(date) ? { kind: 'day', day: text } : null;
  }
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) || !inRange(date) ? null : { kind: 'instant', at: date };
  }
  return null;
}

const inRange = (date: Date) => date.getUTCFullYear() >= MIN_YEAR && date.getUTCFullYear() <= MAX_YEAR;

/** The first and last instant of a query date: a day spans midnight to midnight in the calendar's zone. */
export function boundsOf(date: QueryDate, calendar: Calendar): { first: Date; last: Date } {
  if (date.kind === 'instant') return { first: date.at, last: date.at };
  const midnight = Date.parse(`${date.day}T00:00:00Z`);
  return {
    first: inBounds(instantOfWallTime(midnight, calendar.timeZone)),
    last: inBounds(instantOfWallTime(midnight + DAY_MS, calendar.timeZone) - 1),
  };
}

/** The calendar day of a query date (due dates are days): an instant's day in the calendar's zone. */
export const dayOfQueryDate = (date: QueryDate, calendar: Calendar) =>
  date.kind === 'day' ? date.day : dayIn(calendar, date.at);
