import type { Ticket } from '@ticketing/client/types';

type SlaTicket = Pick<Ticket, 'closedAt' | 'sla'>;

export type SlaTargetKind = 'firstResponse' | 'resolution';

export const slaTargetNames: Record<SlaTargetKind, string> = {
  firstResponse: 'First response',
  resolution: 'Resolution',
};

export type SlaClockState =
  | { kind: 'running'; dueAt: Date; atRisk: boolean }
  | { kind: 'paused' }
  | { kind: 'met' }
  | { kind: 'breached' };

export interface SlaClock {
  target: SlaTargetKind;
  state: SlaClockState;
}

/**
 * The ticket's SLA targets and where each stands; none when its priority has no target. A due time
 * stays on the ticket once the target is met, so a target without one (and never breached) has none.
 */
export function slaClocks(ticket: SlaTicket): SlaClock[] {
  const { sla } = ticket;
  const targets = [
    {
      target: 'firstResponse' as const,
      dueAt: sla.firstResponseDueAt,
      breached: sla.firstResponseBreached,
      done: sla.firstRespondedAt !== null,
    },
    {
      target: 'resolution' as const,
      dueAt: sla.resolutionDueAt,
      breached: sla.resolutionBreached,
      done: ticket.closedAt !== null,
    },
  ];
  const clocks: SlaClock[] = [];
  for (const { target, dueAt, breached, done } of targets) {
    if (breached) clocks.push({ target, state: { kind: 'breached' } });
    else if (dueAt === null) continue;
    else if (done) clocks.push({ target, state: { kind: 'met' } });
    else if (sla.paused) clocks.push({ target, state: { kind: 'paused' } });
    else clocks.push({ target, state: { kind: 'running', dueAt, atRisk: false } });
  }
  // The API says whether some running target is at risk, not which. Both clocks count the same time
  // from creation and the warning comes at the same share of each, so the one due first warns first.
  const nearest = nearestRunning(clocks);
  if (nearest && sla.atRisk) nearest.clock.state = { kind: 'running', dueAt: nearest.dueAt, atRisk: true };
  return clocks;
}

function nearestRunning(clocks: SlaClock[]): { clock: SlaClock; dueAt: Date } | undefined {
  let nearest: { clock: SlaClock; dueAt: Date } | undefined;
  for (const clock of clocks) {
    if (clock.state.kind !== 'running') continue;
    if (!nearest || clock.state.dueAt < nearest.dueAt) nearest = { clock, dueAt: clock.state.dueAt };
  }
  return nearest;
}

/** One line for a ticket in a list: its nearest running due time, and whether any target is missed. */
export interface SlaSummary {
  breached: boolean;
  atRisk: boolean;
  paused: boolean;
  /** The nearest due time still running, if any. */
  dueAt: Date | null;
  /** Every target met (none running, none missed). */
  met: boolean;
}

/** The list's view of a ticket's SLA; null when it has no target. */
export function slaSummary(ticket: SlaTicket): SlaSummary | null {
  const clocks = slaClocks(ticket);
  if (clocks.length === 0) return null;
  const nearest = nearestRunning(clocks);
  return {
    breached: clocks.some((clock) => clock.state.kind === 'breached'),
    atRisk: nearest ? ticket.sla.atRisk : false,
    paused: clocks.some((clock) => clock.state.kind === 'paused'),
    dueAt: nearest?.dueAt ?? null,
    met: clocks.every((clock) => clock.state.kind === 'met'),
  };
}
