import {
  projectCounters,
  ticketAssignees,
  ticketColumns,
  ticketLabels,
  tickets,
  ticketWatchers,
} from '@ticketing/db/schema';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { assertDepartmentExists } from '../departments/assert-department-exists.ts';
import type { Deps } from '../deps.ts';
import { recordEvents } from '../events/record-events.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { assertProjectCan, projectAccess } from '../projects/project-access.ts';
import { clocksAtCreation } from '../sla/clocks.ts';
import { loadSlaPolicy } from '../sla/load-policy.ts';
import { assertAssignable } from './assignable.ts';
import { ticketCreatedEvent } from './created-event.ts';
import { hydrateTicket } from './hydrate.ts';
import type { CreateTicketInput, Ticket } from './schemas.ts';

/**
 * Creates a ticket with the project's next number. Everything that can be checked is checked before
 * the transaction; inside it, the counter row is the only contended lock, taken by the first
 * statement and held just for the few inserts that follow — a rollback returns the number (gapless).
 */
export async function createTicket(deps: Deps, actor: Actor, input: CreateTicketInput): Promise<Ticket> {
  const access = await projectAccess(deps.db, actor, input.projectKey);
  assertProjectCan(access, 'ticket:create');
  const { project } = access;
  assertNotArchived(project);
  if (input.departmentId) await assertDepartmentExists(deps.db, input.departmentId);
  await assertAssignable(deps.db, project.id, input.assigneeIds);

  const row = await deps.db.transaction(async (tx) => {
    const [counter] = await tx
      .update(projectCounters)
      .set({ nextNumber: sql`${projectCounters.nextNumber} + 1` })
      .where(eq(projectCounters.projectId, project.id))
      .returning({ number: sql<number>`${projectCounters.nextNumber} - 1`.as('number') });
    if (!counter) throw new Error(`project ${project.key} has no ticket counter`);
    // Read under the counter's lock, which a policy change takes too: never a policy it replaced.
    const policy = await loadSlaPolicy(tx, project.id);

    // The clocks start when the row is written, not when the request came in.
    const createdAt = new Date();
    const [ticket] = await tx
      .insert(tickets)
      .values({
        projectId: project.id,
        number: counter.number,
        key: `${project.key}-${counter.number}`,
        title: input.title,
        description: input.description,
        priority: input.priority,
        departmentId: input.departmentId ?? null,
        reporterId: actor.userId,
        dueDate: input.dueDate ?? null,
        createdAt,
        updatedAt: createdAt,
        ...clocksAtCreation(policy, input.priority, 'open', createdAt),
      })
      .returning(ticketColumns);
    if (!ticket) throw new Error('ticket insert returned no row');

    if (input.assigneeIds.length > 0) {
      await tx.insert(ticketAssignees).values(input.assigneeIds.map((userId) => ({ ticketId: ticket.id, userId })));
    }
    if (input.labels.length > 0) {
      await tx.insert(ticketLabels).values(input.labels.map((label) => ({ ticketId: ticket.id, label })));
    }
    // The reporter and the assignees watch the ticket automatically.
    const watchers = [...new Set([actor.userId, ...input.assigneeIds])];
    await tx.insert(ticketWatchers).values(watchers.map((userId) => ({ ticketId: ticket.id, userId })));
    await recordEvents(tx, actor, [ticketCreatedEvent(ticket, input)]);
    return ticket;
  });
  return hydrateTicket(deps.db, row);
}
