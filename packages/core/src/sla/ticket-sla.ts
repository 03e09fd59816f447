import type { SlaColumns } from './clocks.ts';
import type { TicketSla } from './schemas.ts';

type SlaRow = SlaColumns & { closedAt: Date | null };

/** A ticket's clocks as the API shows them, at `now`. */
export function ticketSla(row: SlaRow, now = new Date()): TicketSla {
  const running = row.slaPausedAt === null;
  const pending = (dueAt: Date | null, warnAt: Date | null, breached: boolean, done: boolean) =>
    running && !done && !breached && dueAt !== null && warnAt !== null && warnAt <= now;
  return {
    firstResponseDueAt: row.firstResponseDueAt,
    firstRespondedAt: row.firstRespondedAt,
    resolutionDueAt: row.resolutionDueAt,
    firstResponseBreached: row.firstResponseBreached,
    resolutionBreached: row.resolutionBreached,
    atRisk:
      pending(
        row.firstResponseDueAt,
        row.firstResponseWarnAt,
        row.firstResponseBreached,
        row.firstRespondedAt !== null,
      ) || pending(row.resolutionDueAt, row.resolutionWarnAt, row.resolutionBreached, row.closedAt !== null),
    // Closed tickets stand still too, but they are done rather than paused.
    paused:
      row.slaPausedAt !== null && row.closedAt === null && (row.firstResponseDueAt ?? row.resolutionDueAt) !== null,
  };
}
