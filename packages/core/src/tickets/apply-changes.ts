import type { Transaction } from '@ticketing/db/client';
import {
  type TicketPriority,
  type TicketRow,
  type TicketStatus,
  ticketAssignees,
  ticketColumns,
  ticketLabels,
  tickets,
  ticketWatchers,
} from '@ticketing/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { assertDepartmentExists } from '../departments/assert-department-exists.ts';
import { DomainError } from '../errors.ts';
import type { EventData, NewEvent } from '../events/catalog.ts';
import { recordEvents } from '../events/record-events.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { breachesFoundBy, nextClocks, type SlaColumns } from '../sla/clocks.ts';
import { loadSlaPolicy } from '../sla/load-policy.ts';
import { assertAssignable } from './assignable.ts';
import { fieldsChangedSince } from './history.ts';
import type { TicketAccess } from './ticket-access.ts';
import { encodeTicketValues, preparedPerColumns } from './ticket-statements.ts';
import { assertTransition } from './transitions.ts';

export interface TicketChanges {
  title?: string | undefined;
  description?: string | undefined;
  priority?: TicketPriority | undefined;
  departmentId?: string | null | undefined;
  dueDate?: string | null | undefined;
  status?: TicketStatus | undefined;
  assigneeIds?: string[] | undefined;
  labels?: string[] | undefined;
}

const scalarFields = ['title', 'description', 'priority', 'departmentId', 'dueDate'] as const;

/** The update of one set of columns, returning the row. */
const preparedUpdates = preparedPerColumns('ticket_update', (executor, placeholders, name) =>
  executor
    .update(tickets)
    .set(placeholders)
    .where(eq(tickets.id, sql.placeholder('id')))
    .returning(ticketColumns)
    .prepare(name),
);

/** Writes `values` (every one defined) to the ticket and returns its new row. */
async function updateTicket(
  tx: Transaction,
  ticketId: string,
  values: Partial<TicketRow>,
): Promise<TicketRow | undefined> {
  const prepared = preparedUpdates(tx)(Object.keys(values).sort());
  if (!prepared) {
    const [row] = await tx.update(tickets).set(values).where(eq(tickets.id, ticketId)).returning(ticketColumns);
    return row;
  }
  return (await prepared.execute(encodeTicketValues(values, { id: ticketId })))[0];
}

async function currentSet(tx: Transaction, ticketId: string, kind: 'assignees' | 'labels'): Promise<string[]> {
  if (kind === 'assignees') {
    const rows = await tx
      .select({ v: ticketAssignees.userId })
      .from(ticketAssignees)
      .where(eq(ticketAssignees.ticketId, ticketId));
    return rows.map((row) => row.v);
  }
  const rows = await tx.select({ v: ticketLabels.label }).from(ticketLabels).where(eq(ticketLabels.ticketId, ticketId));
  return rows.map((row) => row.v);
}

/**
 * The one write path for a ticket the caller has locked (ticketAccess with forUpdate): checks the
 * version and permissions, applies what actually changed, bumps the version and records its events
 * (ticket.updated, ticket.transitioned, ticket.assigned; history is derived from them).
 * update, transition, assign and bulk all go through here.
 */
export async function applyTicketChanges(
  tx: Transaction,
  actor: Actor,
  access: TicketAccess,
  expectedVersion: number,
  changes: TicketChanges,
): Promise<TicketRow> {
  const { ticket } = access;
  // Who may ask comes before whether the request is current: a viewer learns "forbidden", not "stale".
  const { status, ...edits } = changes;
  if (Object.values(edits).some((value) => value !== undefined)) assertProjectCan(access, 'ticket:edit');
  if (status !== undefined) assertProjectCan(access, 'ticket:transition');
  if (ticket.version !== expectedVersion) {
    throw new DomainError('E_CONFLICT', `${ticket.key} was changed by someone else; reload it and try again`, {
      key: ticket.key,
      currentVersion: ticket.version,
      yourVersion: expectedVersion,
      changedFields: await fieldsChangedSince(tx, ticket.id, expectedVersion),
    });
  }

  const updated: EventData<'ticket.updated'>['changes'] = {};
  let transition: { from: TicketStatus; to: TicketStatus } | undefined;
  let assigned: { added: string[]; removed: string[] } | undefined;
  const patch: Partial<TicketRow> = {};
  for (const field of scalarFields) {
    const value = changes[field];
    if (value !== undefined && value !== ticket[field]) {
      Object.assign(patch, { [field]: value });
      Object.assign(updated, { [field]: { old: ticket[field], new: value } });
    }
  }
  if (patch.departmentId) await assertDepartmentExists(tx, patch.departmentId);

  const now = new Date();
  if (changes.status !== undefined && changes.status !== ticket.status) {
    assertTransition(ticket.status, changes.status);
    patch.status = changes.status;
    patch.closedAt = changes.status === 'closed' ? now : null;
    // The first start is a milestone (cycle time runs from it); later restarts keep it.
    if (changes.status === 'in_progress' && ticket.startedAt === null) patch.startedAt = now;
    transition = { from: ticket.status, to: changes.status };
  }
  let clocks: SlaColumns | undefined;
  if (patch.status !== undefined || patch.priority !== undefined) {
    const policy = await loadSlaPolicy(tx, ticket.projectId);
    const change = { status: patch.status ?? ticket.status, priority: patch.priority ?? ticket.priority };
    clocks = nextClocks(policy, ticket, change, now);
    Object.assign(patch, clocks);
  }

  if (changes.labels) {
    const before = await currentSet(tx, ticket.id, 'labels');
    const added = changes.labels.filter((label) => !before.includes(label));
    const removed = before.filter((label) => !changes.labels?.includes(label));
    if (removed.length > 0) {
      await tx
        .delete(ticketLabels)
        .where(and(eq(ticketLabels.ticketId, ticket.id), inArray(ticketLabels.label, removed)));
    }
    if (added.length > 0) await tx.insert(ticketLabels).values(added.map((label) => ({ ticketId: ticket.id, label })));
    if (added.length > 0 || removed.length > 0) {
      updated.labels = {
        old: [...before].sort(),
        new: [...before.filter((l) => !removed.includes(l)), ...added].sort(),
      };
    }
  }

  if (changes.assigneeIds) {
    const before = await currentSet(tx, ticket.id, 'assignees');
    const added = changes.assigneeIds.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !changes.assigneeIds?.includes(id));
    await assertAssignable(tx, ticket.projectId, added);
    if (removed.length > 0) {
      await tx
        .delete(ticketAssignees)
        .where(and(eq(ticketAssignees.ticketId, ticket.id), inArray(ticketAssignees.userId, removed)));
    }
    if (added.length > 0) {
      await tx.insert(ticketAssignees).values(added.map((userId) => ({ ticketId: ticket.id, userId })));
      // Assignees watch their tickets automatically.
      await tx
        .insert(ticketWatchers)
        .values(added.map((userId) => ({ ticketId: ticket.id, userId })))
        .onConflictDoNothing();
    }
    if (added.length > 0 || removed.length > 0) assigned = { added, removed };
  }

  if (Object.keys(updated).length === 0 && !transition && !assigned) return ticket;
  const values = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const row = await updateTicket(tx, ticket.id, { ...values, version: ticket.version + 1, updatedAt: now });
  if (!row) throw new Error('ticket update returned no row');
  const ref = { projectId: row.projectId, ticketId: row.id };
  const version = { key: row.key, version: row.version };
  const events: NewEvent[] = [];
  if (Object.keys(updated).length > 0)
    events.push({ type: 'ticket.updated', ...ref, data: { ...version, changes: updated } });
  if (transition) events.push({ type: 'ticket.transitioned', ...ref, data: { ...version, ...transition } });
  if (assigned) events.push({ type: 'ticket.assigned', ...ref, data: { ...version, ...assigned } });
  if (clocks) events.push(...breachesFoundBy(ticket, clocks, { ...ref, ...version }));
  await recordEvents(tx, actor, events);
  return row;
}
