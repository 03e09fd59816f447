import { describe, expect, it } from 'vitest';
import { type ClockTicket, MAX_PAUSES, nextClocks } from '../src/sla/clocks.ts';
import { slaPolicySchema } from '../src/sla/schemas.ts';

const at = (iso: string) => new Date(iso);
const ticket = (overrides: Partial<ClockTicket> = {}): ClockTicket => ({
  createdAt: at('2026-03-27T14:00:00Z'),
  status: 'open',
  priority: 'high',
  closedAt: null,
  firstRespondedAt: null,
  slaPausedAt: null,
  slaPauses: [],
  firstResponseDueAt: null,
  firstResponseWarnAt: null,
  firstResponseBreached: false,
  resolutionDueAt: null,
  resolutionWarnAt: null,
  resolutionBreached: false,
  ...overrides,
});
const berlinHours = slaPolicySchema.parse({
  targets: { high: { resolutionMinutes: 480 } },
  businessHours: { timeZone: 'Europe/Berlin', start: '09:00', end: '17:00' },
});
const aroundTheClock = slaPolicySchema.parse({ targets: { high: { resolutionMinutes: 480 } } });

describe('SLA clocks', () => {
  it('count a pause in the clock time of the policy that applies now, not the one it was taken under', () => {
    // Blocked over the weekend (Friday 17:00 to Monday 09:00 in Berlin), while the project had no policy.
    const resumed = ticket({
      status: 'in_progress',
      slaPauses: [['2026-03-27T16:00:00.000Z', '2026-03-30T07:00:00.000Z']],
    });
    // Under business hours the weekend was no working time: 8 working hours from Friday 15:00 (CET) end
    // on Monday 15:00 (CEST), the pause adding nothing.
    const withHours = nextClocks(
      berlinHours,
      resumed,
      { status: 'in_progress', priority: 'high' },
      at('2026-03-30T08:00:00Z'),
    );
    expect(withHours.resolutionDueAt?.toISOString()).toBe('2026-03-30T13:00:00.000Z');
    // Around the clock, the same pause adds its 63 hours.
    const wall = nextClocks(
      aroundTheClock,
      resumed,
      { status: 'in_progress', priority: 'high' },
      at('2026-03-30T08:00:00Z'),
    );
    expect(wall.resolutionDueAt?.toISOString()).toBe('2026-03-30T13:00:00.000Z');
  });

  it('keep each pause to the second', () => {
    const blocked = ticket({ status: 'blocked', slaPausedAt: at('2026-03-27T15:00:00Z') });
    const resumed = nextClocks(
      aroundTheClock,
      blocked,
      { status: 'in_progress', priority: 'high' },
      at('2026-03-27T15:10:29.900Z'),
    );
    expect(resumed.slaPauses).toEqual([['2026-03-27T15:00:00.000Z', '2026-03-27T15:10:29.900Z']]);
    expect(resumed.resolutionDueAt?.toISOString()).toBe('2026-03-27T22:10:29.900Z');
  });

  it('merge the oldest pauses past the limit, so a ticket paused without end stays bounded', () => {
    const pauses = Array.from({ length: MAX_PAUSES }, (_, i): [string, string] => [
      new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
      new Date(Date.UTC(2026, 0, 1, i, 30)).toISOString(),
    ]);
    const blocked = ticket({ status: 'blocked', slaPauses: pauses, slaPausedAt: at('2026-02-01T00:00:00Z') });
    const resumed = nextClocks(null, blocked, { status: 'in_progress', priority: 'high' }, at('2026-02-01T01:00:00Z'));
    expect(resumed.slaPauses).toHaveLength(MAX_PAUSES);
    expect(resumed.slaPauses[0]).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-01T01:30:00.000Z']);
  });

  it('mark a target met late as breached, and one the policy no longer has as neither', () => {
    const late = ticket({ status: 'in_progress', firstRespondedAt: at('2026-03-27T14:05:00Z') });
    const closed = nextClocks(aroundTheClock, late, { status: 'closed', priority: 'high' }, at('2026-03-28T14:00:00Z'));
    expect(closed).toMatchObject({ resolutionBreached: true, slaPausedAt: at('2026-03-28T14:00:00Z') });
    const breached = ticket({
      status: 'in_progress',
      resolutionBreached: true,
      resolutionDueAt: at('2026-03-27T22:00:00Z'),
    });
    const noPolicy = nextClocks(
      null,
      breached,
      { status: 'in_progress', priority: 'high' },
      at('2026-03-29T00:00:00Z'),
    );
    expect(noPolicy).toMatchObject({ resolutionBreached: false, resolutionDueAt: null, resolutionWarnAt: null });
  });
});
