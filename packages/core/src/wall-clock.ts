// Wall-clock time in IANA zones, from the runtime's own zone data (Intl): what a clock in the zone
// shows at an instant, and the instant it shows a given time. Schedules (core/workflows) and business
// hours (core/sla) both reckon in it, so both treat a DST change the same way.

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface WallClock {
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
export function wallClockOf(instant: number, timeZone: string): WallClock {
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

/** The zone's date at an instant, as the UTC midnight of that date (for stepping through days). */
export function localMidnightOf(instant: number, timeZone: string): number {
  const clock = wallClockOf(instant, timeZone);
  return Date.UTC(clock.year, clock.month - 1, clock.day);
}
