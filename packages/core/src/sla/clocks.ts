import type { TicketPriority, TicketRow, TicketStatus } from '@ticketing/db/schema';
import { addClockMinutes, clockMinutesBetween } from './business-time.ts';
import type { SlaPolicyDefinition, SlaTargetKind } from './schemas.ts';

/** The columns a ticket's SLA clocks live in. */
export type SlaColumns = Pick<
  TicketRow,
  | 'firstRespondedAt'
  | 'slaPausedAt'
  | 'slaPausedMinutes'
  | 'firstResponseDueAt'
  | 'firstResponseWarnAt'
  | 'firstResponseBreached'
  | 'resolutionDueAt'
  | 'resolutionWarnAt'
  | 'resolutionBreached'
>;

/** What the clocks are computed from: the ticket before the change. */
export type ClockTicket = SlaColumns & Pick<TicketRow, 'createdAt' | 'status' | 'priority' | 'closedAt'>;

/** The ticket after the change: its status and priority, and whether the change is a first response. */
export interface ClockChange {
  status: TicketStatus;
  priority: TicketPriority;
  responded?: boolean;
}

/** A warning goes out when this share of a target's time is gone. */
export const WARNING_SHARE = 0.8;

// Blocked waits on someone else and closed is done: in both the clocks stand still. Time spent so is
// added to `slaPausedMinutes`, and a due time is the creation time plus target plus that.
const standsStill = (status: TicketStatus) => status === 'blocked' || status === 'closed';

/** The clock time a ticket has used up to `now`, pauses left out. */
function usedMinutes(ticket: ClockTicket, policy: SlaPolicyDefinition, now: Date): number {
  const end = ticket.slaPausedAt ?? now;
  return clockMinutesBetween(ticket.createdAt, end, policy.businessHours) - ticket.slaPausedMinutes;
}

const targetMinutes = (policy: SlaPolicyDefinition | null, priority: TicketPriority, kind: SlaTargetKind) =>
  policy?.targets[priority]?.[kind === 'firstResponse' ? 'firstResponseMinutes' : 'resolutionMinutes'];

/**
 * A ticket's clocks after a change at `now` (creation, a status or priority change, a first response,
 * a new policy). A target already met keeps its times; one met by this change is breached when it took
 * longer than its target. Warned and breached flags are never cleared: each goes out once.
 */
export function nextClocks(
  policy: SlaPolicyDefinition | null,
  before: ClockTicket,
  change: ClockChange,
  now: Date,
): SlaColumns {
  const hours = policy?.businessHours;
  let pausedMinutes = before.slaPausedMinutes;
  let pausedAt = before.slaPausedAt;
  if (pausedAt && !standsStill(change.status)) {
    pausedMinutes += clockMinutesBetween(pausedAt, now, hours);
    pausedAt = null;
  } else if (!pausedAt && standsStill(change.status)) {
    pausedAt = now;
  }
  // Only read when a target is met now: it walks the ticket's whole life through the business hours.
  const used = () => (policy ? usedMinutes(before, policy, now) : 0);
  const respondsNow =
    before.firstRespondedAt === null &&
    (change.responded === true || (before.status === 'open' && change.status !== 'open'));
  const closesNow = before.closedAt === null && change.status === 'closed';

  const clock = (kind: SlaTargetKind, done: boolean, doneNow: boolean) => {
    const [dueAt, warnAt, breached] =
      kind === 'firstResponse'
        ? ([before.firstResponseDueAt, before.firstResponseWarnAt, before.firstResponseBreached] as const)
        : ([before.resolutionDueAt, before.resolutionWarnAt, before.resolutionBreached] as const);
    const target = targetMinutes(policy, change.priority, kind);
    if (done && !doneNow) return { dueAt, warnAt, breached };
    if (target === undefined) return { dueAt: null, warnAt: null, breached };
    return {
      dueAt: addClockMinutes(before.createdAt, target + pausedMinutes, hours),
      warnAt: addClockMinutes(before.createdAt, target * WARNING_SHARE + pausedMinutes, hours),
      breached: breached || (doneNow && used() > target),
    };
  };
  const firstResponse = clock('firstResponse', before.firstRespondedAt !== null, respondsNow);
  const resolution = clock('resolution', before.closedAt !== null && change.status === 'closed', closesNow);
  return {
    firstRespondedAt: before.firstRespondedAt ?? (respondsNow ? now : null),
    slaPausedAt: pausedAt,
    slaPausedMinutes: Math.round(pausedMinutes),
    firstResponseDueAt: firstResponse.dueAt,
    firstResponseWarnAt: firstResponse.warnAt,
    firstResponseBreached: firstResponse.breached,
    resolutionDueAt: resolution.dueAt,
    resolutionWarnAt: resolution.warnAt,
    resolutionBreached: resolution.breached,
  };
}

/** The clocks of a ticket created at `now` with this priority and status (an import may start closed). */
export function clocksAtCreation(
  policy: SlaPolicyDefinition | null,
  priority: TicketPriority,
  status: TicketStatus,
  now: Date,
): SlaColumns {
  const fresh: ClockTicket = {
    createdAt: now,
    status: 'open',
    priority,
    closedAt: null,
    firstRespondedAt: null,
    slaPausedAt: null,
    slaPausedMinutes: 0,
    firstResponseDueAt: null,
    firstResponseWarnAt: null,
    firstResponseBreached: false,
    resolutionDueAt: null,
    resolutionWarnAt: null,
    resolutionBreached: false,
  };
  return nextClocks(policy, fresh, { status, priority }, now);
}
