import type { Transaction } from '@ticketing/db/client';
import { preparedQuery } from '@ticketing/db/per-database';
import {
  type ProjectRow,
  projectCounters,
  type TicketRow,
  ticketAssignees,
  ticketColumns,
  ticketLabels,
  tickets,
  ticketWatchers,
} from '@ticketing/db/schema';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { assertDepartmentExists } from '../departments/assert-department-exists.ts';
import type { Deps } from '../deps.ts';
import { recordEvents } from '../events/record-events.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { assertProjectCan, projectAccess } from '../projects/project-access.ts';
import { clocksAtCreation, type SlaColumns } from '../sla/clocks.ts';
import { loadSlaPolicy, loadSlaPolicyVersion } from '../sla/load-policy.ts';
import { assertAssignable } from './assignable.ts';
import { ticketCreatedEvent } from './created-event.ts';
import { hydrateTicket, ticketDetailColumns, toTicket } from './hydrate.ts';
import type { CreateTicketInput, Ticket } from './schemas.ts';
import { encodeTicketValues, preparedPerColumns } from './ticket-statements.ts';

/**
 * Creates a ticket with the project's next number. Everything that can be checked is checked before
 * the transaction. Inside it the ticket is written with a provisional number and its people; the
 * project's counter, the only contended lock, is taken by the last write but the events, which number
 * the ticket: creates in one project wait for each other only that long. A rollback returns the
 * number (gapless).
 */
export async function createTicket(deps: Deps, actor: Actor, input: CreateTicketInput): Promise<Ticket> {
  const access = await projectAccess(deps.db, actor, input.projectKey);
  assertProjectCan(access, 'ticket:create');
  const { project } = access;
  assertNotArchived(project);
  if (input.departmentId) await assertDepartmentExists(deps.db, input.departmentId);
  await assertAssignable(deps.db, project.id, input.assigneeIds);

  const written = await deps.db.transaction(async (tx) => {
    const sla = await loadSlaPolicyVersion(tx, project.id);
    // The clocks start when the row is written, not when the request came in.
    const createdAt = new Date();
    const draft = await insertDraft(tx, {
      projectId: project.id,
      title: input.title,
      description: input.description,
      priority: input.priority,
      departmentId: input.departmentId ?? null,
      reporterId: actor.userId,
      dueDate: input.dueDate ?? null,
      createdAt,
      updatedAt: createdAt,
      ...clocksAtCreation(sla.policy, input.priority, 'open', createdAt),
    });

    if (input.assigneeIds.length > 0) {
      await tx.insert(ticketAssignees).values(input.assigneeIds.map((userId) => ({ ticketId: draft.id, userId })));
    }
    if (input.labels.length > 0) {
      await tx.insert(ticketLabels).values(input.labels.map((label) => ({ ticketId: draft.id, label })));
    }
    // The reporter and the assignees watch the ticket automatically.
    const watchers = [...new Set([actor.userId, ...input.assigneeIds])];
    await tx.insert(ticketWatchers).values(watchers.map((userId) => ({ ticketId: draft.id, userId })));

    const numbered = await numberTicket(tx, project, draft.id);
    let ticket = numbered.ticket;
    if (numbered.slaVersion !== sla.version) {
      // The policy changed while this transaction ran; the change could not see this ticket, so its
      // clocks are computed again under the policy now in force (read under the counter's lock).
      const policy = await loadSlaPolicy(tx, project.id);
      const [recomputed] = await tx
        .update(tickets)
        .set(clocksAtCreation(policy, input.priority, 'open', createdAt))
        .where(eq(tickets.id, draft.id))
        .returning(ticketColumns);
      if (!recomputed) throw new Error('ticket clock update returned no row');
      ticket = recomputed;
    }
    await recordEvents(tx, actor, [ticketCreatedEvent(ticket, input)]);
    return { ticket, details: ticket === numbered.ticket ? numbered.details : null };
  });
  return written.details ? toTicket({ ...written.ticket, ...written.details }) : hydrateTicket(deps.db, written.ticket);
}

type DraftValues = Pick<
  TicketRow,
  | 'projectId'
  | 'title'
  | 'description'
  | 'priority'
  | 'departmentId'
  | 'reporterId'
  | 'dueDate'
  | 'createdAt'
  | 'updatedAt'
  | keyof SlaColumns
>;

/** A provisional number (negative, unique) and key until the counter numbers the ticket. */
const provisional = {
  number: sql`-nextval('ticket_provisional_numbers')::integer`,
  key: sql`gen_random_uuid()::text`,
};

const preparedDrafts = preparedPerColumns('ticket_draft', (executor, placeholders, name) =>
  executor
    .insert(tickets)
    .values({ ...(placeholders as Record<keyof DraftValues, SQL>), ...provisional })
    .returning({ id: tickets.id })
    .prepare(name),
);

/** Writes the ticket with its provisional number; returns its id. */
async function insertDraft(tx: Transaction, values: DraftValues): Promise<{ id: string }> {
  const prepared = preparedDrafts(tx)(Object.keys(values).sort());
  const [draft] = prepared
    ? await prepared.execute(encodeTicketValues(values, {}))
    : await tx
        .insert(tickets)
        .values({ ...values, ...provisional })
        .returning({ id: tickets.id });
  if (!draft) throw new Error('ticket insert returned no row');
  return draft;
}

/**
 * Takes the project's next number and gives it to the ticket, in one statement under the counter's
 * lock; also returns the counter's SLA policy version as of that lock. Built once per database.
 */
const counterNumber = sql<number>`"counter"."number"`;
const preparedNumbering = preparedQuery((executor) => {
  const counter = executor.$with('counter').as(
    executor
      .update(projectCounters)
      .set({ nextNumber: sql`${projectCounters.nextNumber} + 1` })
      .where(eq(projectCounters.projectId, sql.placeholder('projectId')))
      .returning({
        number: sql<number>`${projectCounters.nextNumber} - 1`.as('number'),
        slaVersion: projectCounters.slaVersion,
      }),
  );
  return (
    executor
      .with(counter)
      .update(tickets)
      // Qualified by hand: a bare "number" would also name the ticket's own column.
      .set({
        number: counterNumber,
        key: sql`${sql.placeholder('keyPrefix')}::text || ${counterNumber}`,
        updatedAt: sql`${tickets.createdAt}`,
      })
      .from(counter)
      .where(eq(tickets.id, sql.placeholder('ticketId')))
      // The people and labels written before are visible here: the answer needs no read after commit.
      .returning({ ticket: ticketColumns, details: ticketDetailColumns, slaVersion: counter.slaVersion })
      .prepare('ticket_numbering')
  );
});

async function numberTicket(tx: Transaction, project: Pick<ProjectRow, 'id' | 'key'>, ticketId: string) {
  const [row] = await preparedNumbering(tx).execute({
    projectId: project.id,
    keyPrefix: `${project.key}-`,
    ticketId,
  });
  if (!row) throw new Error(`project ${project.key} has no ticket counter`);
  return row;
}
