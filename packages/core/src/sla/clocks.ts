import type { TicketPriority, TicketRow, TicketStatus } from '@ticketing/db/schema';
import type { NewEvent } from '../events/catalog.ts';
import { addClockMinutes, clockMinutesBetween } from './business-time.ts';
import type { BusinessHours, SlaPolicyDefinition, SlaTargetKind } from './schemas.ts';

/** The columns a ticket's SLA clocks live in. */
export type SlaColumns = Pick<
  TicketRow,
  | 'firstRespondedAt'
  | 'slaPausedAt'
  | 'slaPauses'
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

/** Pauses kept one by one; a ticket paused more often has its two oldest merged (the gap counts as paused). */
export const MAX_PAUSES = 100;

// Blocked waits on someone else and closed is done: in both the clocks stand still. Each pause is kept
// as an interval, so that it is counted under whichever policy applies when a due time is computed:
// a due time is the creation time plus the target plus the clock time of the pauses.
const standsStill = (status: TicketStatus) => status === 'blocked' || status === 'closed';

function pausedMinutes(pauses: readonly [string, string][], hours: BusinessHours | undefined): number {
  let total = 0;
  for (const [from, to] of pauses) total += clockMinutesBetween(new Date(from), new Date(to), hours);
  return total;
}

function withPause(pauses: readonly [string, string][], from: Date, to: Date): [string, string][] {
  const next: [string, string][] = [...pauses, [from.toISOString(), to.toISOString()]];
  while (next.length > MAX_PAUSES) {
    const [first, second, ...rest] = next;
    if (!first || !second) break;
    next.splice(0, next.length, [first[0], second[1]], ...rest);
  }
  return next;
}

/** The clock time a ticket has used up to `now`, pauses left out. */
function usedMinutes(ticket: ClockTicket, policy: SlaPolicyDefinition, now: Date): number {
  const end = ticket.slaPausedAt ?? now;
  const hours = policy.businessHours;
  return clockMinutesBetween(ticket.createdAt, end, hours) - pausedMinutes(ticket.slaPauses, hours);
}

const targetMinutes = (policy: SlaPolicyDefinition | null, priority: TicketPriority, kind: SlaTargetKind) =>
  policy?.targets[priority]?.[kind === 'firstResponse' ? 'firstResponseMinutes' : 'resolutionMinutes'];

/**
 * A ticket's clocks after a change at `now` (creation, a status or priority change, a first response,
 * a new policy). A target already met keeps its times; one met by this change is breached when it took
 * longer than its target. A flag stays set (each event goes out once) while its target applies; a
 * target the policy no longer has clears its clock and its flag.
 */
export function nextClocks(
  policy: SlaPolicyDefinition | null,
  before: ClockTicket,
  change: ClockChange,
  now: Date,
): SlaColumns {
  const hours = policy?.businessHours;
  let pauses = before.slaPauses;
  let pausedAt = before.slaPausedAt;
  if (pausedAt && !standsStill(change.status)) {
    pauses = withPause(pauses, pausedAt, now);
    pausedAt = null;
  } else if (!pausedAt && standsStill(change.status)) {
    pausedAt = now;
  }
  // Read once, and only where a due time is computed.
  let paused: number | undefined;
  const pausedSoFar = () => {
    paused ??= pausedMinutes(pauses, hours);
    return paused;
  };
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
    // No target (any more): no clock, and nothing missed.
    if (target === undefined) return { dueAt: null, warnAt: null, breached: false };
    return {
      dueAt: addClockMinutes(before.createdAt, target + pausedSoFar(), hours),
      warnAt: addClockMinutes(before.createdAt, target * WARNING_SHARE + pausedSoFar(), hours),
      breached: breached || (doneNow && used() > target),
    };
  };
  const firstResponse = clock('firstResponse', before.firstRespondedAt !== null, respondsNow);
  const resolution = clock('resolution', before.closedAt !== null && change.status === 'closed', closesNow);
  return {
    firstRespondedAt: before.firstRespondedAt ?? (respondsNow ? now : null),
    slaPausedAt: pausedAt,
    slaPauses: pauses,
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
    slaPauses: [],
    firstResponseDueAt: null,
    firstResponseWarnAt: null,
    firstResponseBreached: false,
    resolutionDueAt: null,
    resolutionWarnAt: null,
    resolutionBreached: false,
  };
  return nextClocks(policy, fresh, { status, priority }, now);
}

/** The `sla.breached` events of targets this change found missed (met late): the job never sees those. */
export function breachesFoundBy(
  before: Pick<SlaColumns, 'firstResponseBreached' | 'resolutionBreached'>,
  after: SlaColumns,
  ticket: { projectId: string; ticketId: string; key: string; version: number },
): NewEvent[] {
  const found: NewEvent[] = [];
  const say = (target: SlaTargetKind, dueAt: Date | null) => {
    if (!dueAt) return;
    found.push({
      type: 'sla.breached',
      projectId: ticket.projectId,
      ticketId: ticket.ticketId,
      data: { key: ticket.key, version: ticket.version, target, dueAt: dueAt.toISOString() },
    });
  };
  if (after.firstResponseBreached && !before.firstResponseBreached) say('firstResponse', after.firstResponseDueAt);
  if (after.resolutionBreached && !before.resolutionBreached) say('resolution', after.resolutionDueAt);
  return found;
}
