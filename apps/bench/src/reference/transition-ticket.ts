import type { Actor } from '@ticketing/core/actor';
import { DomainError, notFound } from '@ticketing/core/errors';
import type { NewEvent } from '@ticketing/core/events/catalog';
import { projectPermissionsOf } from '@ticketing/core/permissions';
import { assertNotArchived } from '@ticketing/core/projects/assert-not-archived';
import { assertProjectCan } from '@ticketing/core/projects/project-access';
import { breachesFoundBy, nextClocks } from '@ticketing/core/sla/clocks';
import { toTicket } from '@ticketing/core/tickets/hydrate';
import { type Ticket, transitionTicketInput } from '@ticketing/core/tickets/schemas';
import { assertTransition, transitions } from '@ticketing/core/tickets/transitions';
import type { TicketRow } from '@ticketing/db/schema';
import type postgres from 'postgres';
import { validationError } from './http-io.ts';
import { recordEvents } from './record-events.ts';
import { prepared, type TicketAccessRow } from './rows.ts';
import { loadSlaPolicy } from './sla-policy.ts';
import { CHANGES_SINCE, LOCK_TICKET, UPDATE_STATUS } from './statements.ts';

/** Fields changed since `version`, as core's fieldsChangedSince reports them. */
async function changedSince(tx: postgres.TransactionSql, ticketId: string, version: number): Promise<string[]> {
  const rows = await tx.unsafe<{ field: string | null; action: string }[]>(
    CHANGES_SINCE,
    [ticketId, version],
    prepared,
  );
  return [...new Set(rows.filter((row) => !row.action.startsWith('comment_')).map((row) => row.field ?? row.action))];
}

/**
 * POST /api/v1/tickets/{key}/transition, as core's transitionTicket: the ticket locked with the
 * actor's access, archived projects refused, the permission, the version guard (409 with the fields
 * changed since), core's transition table, the SLA clocks under the project's policy, the event and
 * its history entry; a move to the status it has is 422 after the (empty) transaction.
 */
export async function transitionTicket(
  sql: postgres.Sql,
  actor: Actor,
  rawKey: string,
  body: unknown,
): Promise<Ticket> {
  const fields = typeof body === 'object' && body !== null ? body : {};
  const parsed = transitionTicketInput.safeParse({ ...fields, key: rawKey });
  if (!parsed.success) throw validationError(parsed.error);
  const { key, version, status } = parsed.data;

  const row = await sql.begin(async (tx) => {
    const [locked] = await tx.unsafe<TicketAccessRow[]>(
      LOCK_TICKET,
      [key, actor.userId, actor.role === 'admin'],
      prepared,
    );
    if (!locked) throw notFound('Ticket', { key });
    assertNotArchived({ key: locked.projectKey, archived: locked.archived });
    assertProjectCan({ permissions: projectPermissionsOf(actor, locked.myRole) }, 'ticket:transition');
    if (locked.version !== version) {
      throw new DomainError('E_CONFLICT', `${locked.key} was changed by someone else; reload it and try again`, {
        key: locked.key,
        currentVersion: locked.version,
        yourVersion: version,
        changedFields: await changedSince(tx, locked.id, version),
      });
    }
    if (status === locked.status) return locked;
    assertTransition(locked.status, status);

    const now = new Date();
    const policy = await loadSlaPolicy(tx, locked.projectId);
    const clocks = nextClocks(policy, locked, { status, priority: locked.priority }, now);
    const [updated] = await tx.unsafe<TicketRow[]>(
      UPDATE_STATUS,
      [
        locked.id,
        status,
        status === 'closed' ? now : null,
        // The first start is a milestone (cycle time runs from it); later restarts keep it.
        status === 'in_progress' && locked.startedAt === null ? now : locked.startedAt,
        locked.version + 1,
        now,
        clocks.firstRespondedAt,
        clocks.slaPausedAt,
        JSON.stringify(clocks.slaPauses),
        clocks.firstResponseDueAt,
        clocks.firstResponseWarnAt,
        clocks.firstResponseBreached,
        clocks.resolutionDueAt,
        clocks.resolutionWarnAt,
        clocks.resolutionBreached,
      ],
      prepared,
    );
    if (!updated) throw new Error('ticket update returned no row');
    const ref = { projectId: updated.projectId, ticketId: updated.id };
    const at = { key: updated.key, version: updated.version };
    const events: NewEvent[] = [
      { type: 'ticket.transitioned', ...ref, data: { ...at, from: locked.status, to: status } },
      ...breachesFoundBy(locked, clocks, { ...ref, ...at }),
    ];
    await recordEvents(tx, actor, events);
    // People and labels as read under the lock: a status change leaves them as they were.
    return { ...locked, ...updated };
  });
  if (row.version === version) {
    throw new DomainError('E_INVALID_TRANSITION', `${row.key} is already ${row.status}`, {
      from: row.status,
      to: status,
      allowed: transitions[row.status],
    });
  }
  return toTicket(row);
}
