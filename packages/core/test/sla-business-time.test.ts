import { describe, expect, it } from 'vitest';
import { addClockMinutes, clockMinutesBetween } from '../src/sla/business-time.ts';
import { businessHoursSchema } from '../src/sla/schemas.ts';
import { instantOfWallTime } from '../src/wall-clock.ts';

const berlin = businessHoursSchema.parse({ timeZone: 'Europe/Berlin', start: '09:00', end: '17:00' });
const at = (iso: string) => new Date(iso);
const wall = (iso: string) => Date.parse(`${iso}Z`);

describe('SLA clock time', () => {
  it('runs around the clock without business hours', () => {
    expect(addClockMinutes(at('2026-03-27T15:00:00Z'), 90, undefined)?.toISOString()).toBe('2026-03-27T16:30:00.000Z');
    expect(clockMinutesBetween(at('2026-03-27T15:00:00Z'), at('2026-03-27T16:30:00Z'), undefined)).toBe(90);
  });

  it('counts only working hours, across a weekend and the spring DST change', () => {
    // Friday 16:00 in Berlin (CET, UTC+1): one hour that day; Monday after the change is CEST (UTC+2).
    const friday = at('2026-03-27T15:00:00Z');
    const due = addClockMinutes(friday, 120, berlin);
    expect(due?.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(clockMinutesBetween(friday, at('2026-03-30T08:00:00Z'), berlin)).toBe(120);
    // A weekend in between counts nothing.
    expect(clockMinutesBetween(at('2026-03-27T16:00:00Z'), at('2026-03-30T07:00:00Z'), berlin)).toBe(0);
  });

  it('skips holidays and days off', () => {
    const withHoliday = { ...berlin, holidays: ['2026-03-30'] };
    expect(addClockMinutes(at('2026-03-27T15:00:00Z'), 120, withHoliday)?.toISOString()).toBe(
      '2026-03-31T08:00:00.000Z',
    );
    // Starting before opening time waits for it.
    expect(addClockMinutes(at('2026-03-31T05:00:00Z'), 30, berlin)?.toISOString()).toBe('2026-03-31T07:30:00.000Z');
  });

  it('follows the autumn change too (New York, every day)', () => {
    const everyDay = businessHoursSchema.parse({
      timeZone: 'America/New_York',
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    });
    // Saturday 16:30 EDT (UTC-4): 30 minutes; Sunday 09:00 EST (UTC-5) is 14:00 UTC.
    expect(addClockMinutes(at('2026-10-31T20:30:00Z'), 60, everyDay)?.toISOString()).toBe('2026-11-01T14:30:00.000Z');
  });

  it('reads a skipped local time as the end of the gap and a repeated one as its first occurrence', () => {
    expect(new Date(instantOfWallTime(wall('2026-03-29T02:30:00'), 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(new Date(instantOfWallTime(wall('2026-10-25T02:30:00'), 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(new Date(instantOfWallTime(wall('2026-07-01T12:00:00'), 'Europe/Berlin')).toISOString()).toBe(
      '2026-07-01T10:00:00.000Z',
    );
  });

  it('refuses hours that end before they start', () => {
    expect(businessHoursSchema.safeParse({ timeZone: 'UTC', start: '17:00', end: '09:00' }).success).toBe(false);
  });
});
