import { describe, expect, it } from 'vitest';
import { instantOfWallTime } from '../src/wall-clock.ts';
import { everyMs, firstRunAt, nextRunAt } from '../src/workflows/next-run-at.ts';

const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

/** The next `count` runs of a schedule from `from`, each computed after the one before. */
function runs(schedule: Parameters<typeof nextRunAt>[0], from: string, count: number): string[] {
  const times: string[] = [];
  let after = at(from);
  for (let n = 0; n < count; n++) {
    after = nextRunAt(schedule, after, after);
    times.push(iso(after));
  }
  return times;
}

describe('when a schedule is next due', () => {
  it('every N minutes or hours counts whole intervals from when it was turned on, skipping missed ones', () => {
    expect(everyMs('15m')).toBe(15 * 60_000);
    expect(everyMs('2h')).toBe(2 * 60 * 60_000);
    const enabled = at('2026-05-04T10:07:00Z');
    expect(iso(nextRunAt({ every: '15m', timeZone: 'UTC' }, enabled))).toBe('2026-05-04T10:22:00.000Z');
    // Ran at 10:22, next at 10:37; a scheduler that was away until 11:00 runs once, then keeps the rhythm.
    const slot = at('2026-05-04T10:22:00Z');
    expect(iso(nextRunAt({ every: '15m', timeZone: 'UTC' }, slot, slot))).toBe('2026-05-04T10:37:00.000Z');
    expect(iso(nextRunAt({ every: '15m', timeZone: 'UTC' }, at('2026-05-04T11:00:00Z'), slot))).toBe(
      '2026-05-04T11:07:00.000Z',
    );
    // Exactly on a slot: the next one, never the same.
    expect(iso(nextRunAt({ every: '2h', timeZone: 'UTC' }, at('2026-05-04T14:22:00Z'), slot))).toBe(
      '2026-05-04T16:22:00.000Z',
    );
  });

  it('daily at a time of day in the zone, the same day if still ahead', () => {
    const daily = { at: '09:30', timeZone: 'Europe/Berlin' };
    // Summer: Berlin is UTC+2.
    expect(iso(nextRunAt(daily, at('2026-07-01T06:00:00Z')))).toBe('2026-07-01T07:30:00.000Z');
    expect(iso(nextRunAt(daily, at('2026-07-01T07:30:00Z')))).toBe('2026-07-02T07:30:00.000Z');
    // Winter: UTC+1. A zone half an hour off: Kolkata, UTC+5:30.
    expect(iso(nextRunAt(daily, at('2026-01-15T12:00:00Z')))).toBe('2026-01-16T08:30:00.000Z');
    expect(iso(nextRunAt({ at: '09:00', timeZone: 'Asia/Kolkata' }, at('2026-01-15T00:00:00Z')))).toBe(
      '2026-01-15T03:30:00.000Z',
    );
    expect(iso(nextRunAt({ at: '00:00', timeZone: 'UTC' }, at('2026-12-31T23:59:00Z')))).toBe(
      '2027-01-01T00:00:00.000Z',
    );
  });

  it('on chosen weekdays only, reckoned in the zone (a Friday evening in New York is Saturday in UTC)', () => {
    const weekly = { at: '19:00', days: ['mon', 'fri'] as const, timeZone: 'America/New_York' };
    // Wednesday 2026-03-04 → Friday 19:00 EST (00:00 UTC Saturday) → Monday 19:00 EDT (DST began Sunday 8 March).
    expect(runs({ ...weekly, days: [...weekly.days] }, '2026-03-04T12:00:00Z', 3)).toEqual([
      '2026-03-07T00:00:00.000Z',
      '2026-03-09T23:00:00.000Z',
      '2026-03-13T23:00:00.000Z',
    ]);
  });

  it('a time that does not exist on the spring-forward day runs once, at the first instant after the gap', () => {
    // Europe/Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST; 02:30 is not on any clock that night.
    expect(instantOfWallTime(Date.parse('2026-03-29T02:30:00Z'), 'Europe/Berlin')).toBe(
      Date.parse('2026-03-29T01:00:00Z'),
    );
    expect(runs({ at: '02:30', timeZone: 'Europe/Berlin' }, '2026-03-27T12:00:00Z', 4)).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:00:00.000Z', // 03:00 CEST, the first instant after the gap
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
      '2026-03-31T00:30:00.000Z',
    ]);
    // 03:00 itself is there, at the same instant.
    expect(iso(nextRunAt({ at: '03:00', timeZone: 'Europe/Berlin' }, at('2026-03-28T12:00:00Z')))).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('a time that happens twice on the fall-back day runs once, at its first occurrence', () => {
    // Europe/Berlin, 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 is on the clocks twice.
    expect(runs({ at: '02:30', timeZone: 'Europe/Berlin' }, '2026-10-24T12:00:00Z', 3)).toEqual([
      '2026-10-25T00:30:00.000Z', // 02:30 CEST, the first
      '2026-10-26T01:30:00.000Z', // not 01:30 UTC on the 25th (02:30 CET, the second): the next day
      '2026-10-27T01:30:00.000Z',
    ]);
    // Turned on between the two: that day's 02:30 has been, the next is tomorrow's.
    expect(iso(nextRunAt({ at: '02:30', timeZone: 'Europe/Berlin' }, at('2026-10-25T01:00:00Z')))).toBe(
      '2026-10-26T01:30:00.000Z',
    );
    // The same in New York (1 November 2026, 02:00 EDT becomes 01:00 EST): 01:30 runs at 05:30 UTC only.
    expect(runs({ at: '01:30', timeZone: 'America/New_York' }, '2026-10-31T12:00:00Z', 2)).toEqual([
      '2026-11-01T05:30:00.000Z',
      '2026-11-02T06:30:00.000Z',
    ]);
  });

  it('is due never for a rule that is off or not scheduled', () => {
    const now = at('2026-05-04T10:00:00Z');
    const schedule = { type: 'schedule' as const, every: '1h', timeZone: 'UTC' };
    expect(firstRunAt({ trigger: schedule }, false, now)).toBeNull();
    expect(firstRunAt({ trigger: { type: 'event' } }, true, now)).toBeNull();
    expect(firstRunAt({ trigger: schedule }, true, now)).toEqual(at('2026-05-04T11:00:00Z'));
  });
});
