import { DomainError, notFound } from '@ticketing/core/errors';
import { projectPermissionsOf } from '@ticketing/core/permissions';
import { assertNotArchived } from '@ticketing/core/projects/assert-not-archived';
import { assertProjectCan } from '@ticketing/core/projects/project-access';
import { clocksAtCreation } from '@ticketing/core/sla/clocks';
import { ticketCreatedEvent } from '@ticketing/core/tickets/created-event';
import { toTicket } from '@ticketing/core/tickets/hydrate';
import { createTicketInput, type Ticket } from '@ticketing/core/tickets/schemas';
import type { TicketRow } from '@ticketing/db/schema';
import type postgres from 'postgres';
import type { Authenticated } from './authenticate.ts';
import { validationError } from './http-io.ts';
import { recordEvents } from './record-events.ts';
import { type ProjectAccessRow, prepared } from './rows.ts';
import { loadSlaPolicy } from './sla-policy.ts';
import { INSERT_TICKET, NEXT_NUMBER, PROJECT_ACCESS } from './statements.ts';

/**
 * POST /api/v1/tickets, as core's createTicket: the project's access first, then one transaction in
 * which the counter row (gapless numbers: a rollback returns the number) is the only contended lock,
 * the SLA policy is read under it, and the ticket, its reporter as watcher, its event (with the NOTIFY)
 * and its history entry are written. Assignees, labels and a department are not served here.
 */
export async function createTicket(sql: postgres.Sql, { actor, name }: Authenticated, body: unknown): Promise<Ticket> {
  const parsed = createTicketInput.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  const input = parsed.data;
  if (input.departmentId || input.assigneeIds.length > 0 || input.labels.length > 0) {
    throw new DomainError('E_VALIDATION', 'The reference server does not take assignees, labels or a department', {
      fields: {},
    });
  }
  const [project] = await sql.unsafe<ProjectAccessRow[]>(
    PROJECT_ACCESS,
    [input.projectKey, actor.userId, actor.role === 'admin'],
    prepared,
  );
  if (!project) throw notFound('Project', { key: input.projectKey });
  assertProjectCan({ permissions: projectPermissionsOf(actor, project.myRole) }, 'ticket:create');
  assertNotArchived(project);

  const row = await sql.begin(async (tx) => {
    const [counter] = await tx.unsafe<{ number: number }[]>(NEXT_NUMBER, [project.id], prepared);
    if (!counter) throw new Error(`project ${project.key} has no ticket counter`);
    const policy = await loadSlaPolicy(tx, project.id);
    const createdAt = new Date();
    const clocks = clocksAtCreation(policy, input.priority, 'open', createdAt);
    const [ticket] = await tx.unsafe<TicketRow[]>(
      INSERT_TICKET,
      [
        project.id,
        counter.number,
        `${project.key}-${counter.number}`,
        input.title,
        input.description,
        input.priority,
        actor.userId,
        input.dueDate ?? null,
        createdAt,
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
    if (!ticket) throw new Error('ticket insert returned no row');
    await recordEvents(tx, actor, [ticketCreatedEvent(ticket, { assigneeIds: [], labels: [] })]);
    return ticket;
  });
  return toTicket({ ...row, reporterName: name, assignees: [], labels: [] });
}
