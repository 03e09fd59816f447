import { MAX_YEAR, MIN_YEAR } from '../date-range.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const UNITS: Record<string, number> = { h: 60 * 60 * 1000, d: DAY_MS, w: 7 * DAY_MS };

/** A point the query names: a calendar day (a whole day, UTC) or an instant. */
export type QueryDate = { kind: 'day'; day: string } | { kind: 'instant'; at: Date };

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

/**
 * `2026-12-01`, `2026-12-01T09:30:00Z`, `today`, `yesterday`, or relative to now: `-7d`, `-12h`,
 * `-2w` (past) and `+3d` (future). Null when it is none of these or out of range.
 */
export function parseQueryDate(text: string, now: Date): QueryDate | null {
  const lower = text.toLowerCase();
  if (lower === 'today') return { kind: 'day', day: dayOf(now) };
  if (lower === 'yesterday') return { kind: 'day', day: addDays(dayOf(now), -1) };
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

/** The first and last instant of a query date (a day spans midnight to midnight UTC). */
export function boundsOf(date: QueryDate): { first: Date; last: Date } {
  if (date.kind === 'instant') return { first: date.at, last: date.at };
  const first = new Date(`${date.day}T00:00:00Z`);
  return { first, last: new Date(first.getTime() + DAY_MS - 1) };
}

/** The calendar day of a query date (due dates are days). */
export const dayOfQueryDate = (date: QueryDate) => (date.kind === 'day' ? date.day : dayOf(date.at));
