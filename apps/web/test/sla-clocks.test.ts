import type { Ticket } from '@ticketing/client/types';
import { describe, expect, it } from 'vitest';
import { slaClocks, slaSummary } from '../src/lib/sla-clocks.ts';

type SlaTicket = Pick<Ticket, 'closedAt' | 'sla'>;

const early = new Date('2025-03-10T13:00:00Z');
const late = new Date('2025-03-11T09:00:00Z');
const none: Ticket['sla'] = {
  firstResponseDueAt: null,
  firstRespondedAt: null,
  resolutionDueAt: null,
  firstResponseBreached: false,
  resolutionBreached: false,
  atRisk: false,
  paused: false,
};
const ticket = (sla: Partial<Ticket['sla']>, closedAt: Date | null = null): SlaTicket => ({
  closedAt,
  sla: { ...none, ...sla },
});

describe('slaClocks', () => {
  it('has none when the priority has no target', () => {
    expect(slaClocks(ticket({}))).toEqual([]);
    expect(slaSummary(ticket({}))).toBeNull();
  });

  it('runs each target with a due time, the nearest one at risk when the ticket is', () => {
    const clocks = slaClocks(ticket({ firstResponseDueAt: early, resolutionDueAt: late, atRisk: true }));
    expect(clocks).toEqual([
      { target: 'firstResponse', state: { kind: 'running', dueAt: early, atRisk: true } },
      { target: 'resolution', state: { kind: 'running', dueAt: late, atRisk: false } },
    ]);
  });

  it('shows a first response as met once it came in time, and the resolution still running', () => {
    const clocks = slaClocks(
      ticket({ firstResponseDueAt: early, firstRespondedAt: early, resolutionDueAt: late, atRisk: true }),
    );
    expect(clocks).toEqual([
      { target: 'firstResponse', state: { kind: 'met' } },
      { target: 'resolution', state: { kind: 'running', dueAt: late, atRisk: true } },
    ]);
  });

  it('shows a missed target as breached, met or not, and even after its target was dropped', () => {
    const clocks = slaClocks(
      ticket(
        { firstResponseBreached: true, firstRespondedAt: late, resolutionDueAt: late, resolutionBreached: true },
        late,
      ),
    );
    expect(clocks.map((clock) => clock.state.kind)).toEqual(['breached', 'breached']);
  });

  it('pauses the targets still running while the ticket is blocked', () => {
    const clocks = slaClocks(
      ticket({ firstResponseDueAt: early, firstRespondedAt: early, resolutionDueAt: late, paused: true }),
    );
    expect(clocks.map((clock) => clock.state.kind)).toEqual(['met', 'paused']);
  });

  it('shows a closed ticket’s resolution as met', () => {
    expect(slaClocks(ticket({ resolutionDueAt: late }, early))).toEqual([
      { target: 'resolution', state: { kind: 'met' } },
    ]);
  });
});

describe('slaSummary', () => {
  it('gives the list the nearest running due time', () => {
    expect(slaSummary(ticket({ firstResponseDueAt: late, resolutionDueAt: early }))).toEqual({
      breached: false,
      atRisk: false,
      paused: false,
      dueAt: early,
      met: false,
    });
  });

  it('keeps a breach visible while another target still runs', () => {
    expect(slaSummary(ticket({ firstResponseBreached: true, resolutionDueAt: late }))).toMatchObject({
      breached: true,
      dueAt: late,
      met: false,
    });
  });

  it('is met when every target was met, and paused with no time running', () => {
    expect(slaSummary(ticket({ firstResponseDueAt: early, firstRespondedAt: early }))).toMatchObject({
      met: true,
      dueAt: null,
    });
    expect(slaSummary(ticket({ resolutionDueAt: late, paused: true }))).toMatchObject({
      paused: true,
      dueAt: null,
      met: false,
    });
  });
});
