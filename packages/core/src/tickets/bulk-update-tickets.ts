import type { TicketRow } from '@ticketing/db/schema';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { applyTicketChanges } from './apply-changes.ts';
import { hydrateTickets } from './hydrate.ts';
import type { BulkUpdateInput, Ticket } from './schemas.ts';
import { ticketAccess } from './ticket-access.ts';

interface Failure {
  key: string;
  error: string;
  message: string;
  details: Record<string, unknown>;
}

/**
 * Applies one set of changes to up to 100 tickets in one transaction: all or nothing. Every ticket
 * is tried, so a refusal lists each failing ticket with its reason, then nothing is kept.
 */
export async function bulkUpdateTickets(
  deps: Deps,
  actor: Actor,
  input: BulkUpdateInput,
): Promise<{ tickets: Ticket[] }> {
  const keys = input.tickets.map((item) => item.key);
  if (new Set(keys).size !== keys.length) {
    throw new DomainError('E_VALIDATION', 'A ticket is listed twice', {
      fields: { tickets: ['A ticket is listed twice'] },
    });
  }
  // Lock in a stable order so two overlapping bulk updates cannot deadlock.
  const ordered = [...input.tickets].sort((a, b) => a.key.localeCompare(b.key));
  const rows = await deps.db.transaction(async (tx) => {
    const failures: Failure[] = [];
    const updated: TicketRow[] = [];
    for (const item of ordered) {
      try {
        const access = await ticketAccess(tx, actor, item.key, { forUpdate: true });
        assertNotArchived(access.project);
        updated.push(await applyTicketChanges(tx, actor, access, item.version, input.changes));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        failures.push({ key: item.key, error: error.code, message: error.message, details: error.details });
      }
    }
    if (failures.length > 0) {
      throw new DomainError(
        'E_BULK_REJECTED',
        `${failures.length} of ${ordered.length} tickets cannot be updated; nothing was changed`,
        {
          failures,
        },
      );
    }
    return updated;
  });
  const byKey = new Map((await hydrateTickets(deps.db, rows)).map((ticket) => [ticket.key, ticket]));
  return { tickets: input.tickets.map((item) => byKey.get(item.key)).filter((ticket) => ticket !== undefined) };
}
