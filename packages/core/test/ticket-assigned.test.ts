import { ticketAssignees, ticketLabels, tickets } from '@ticketing/db/schema';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { importTickets, importTicketsInput } from '../src/tickets/import-tickets.ts';
import { domain, makeTeam } from './support/tickets.ts';

// tickets.assigned, assignee_ids and labels are kept by triggers on ticket_assignees and ticket_labels;
// every way of (un)assigning and labelling must keep them equal to the tables.
const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const api = domain(deps);
const { project, lead, member } = await makeTeam(deps, { key: 'ASG' });

const assignedOf = async (key: string) =>
  (await deps.db.select({ assigned: tickets.assigned }).from(tickets).where(eq(tickets.key, key)))[0]?.assigned;

describe('tickets.assigned', () => {
  it('follows create, assign, unassign, bulk updates and imports', async () => {
    const alone = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Nobody' });
    expect(await assignedOf(alone.key)).toBe(false);
    const taken = await api.createTicket(lead.actor, {
      projectKey: project.key,
      title: 'Taken',
      assigneeIds: [member.user.id],
    });
    expect(await assignedOf(taken.key)).toBe(true);

    const assigned = await api.assignTicket(lead.actor, {
      key: alone.key,
      version: alone.version,
      assigneeIds: [member.user.id, lead.user.id],
    });
    expect(await assignedOf(alone.key)).toBe(true);
    const fewer = await api.assignTicket(lead.actor, {
      key: alone.key,
      version: assigned.version,
      assigneeIds: [lead.user.id],
    });
    expect(await assignedOf(alone.key)).toBe(true);
    await api.assignTicket(lead.actor, { key: alone.key, version: fewer.version, assigneeIds: [] });
    expect(await assignedOf(alone.key)).toBe(false);

    await api.bulkUpdate(lead.actor, {
      tickets: [{ key: taken.key, version: taken.version }],
      changes: { assigneeIds: [] },
    });
    expect(await assignedOf(taken.key)).toBe(false);

    const imported = await importTickets(
      deps,
      lead.actor,
      importTicketsInput.parse({
        key: project.key,
        csv: `title,assignees,labels\nWith,${member.user.email},ui;bug\nWithout,,\n`,
      }),
    );
    expect(await Promise.all(imported.created.map(assignedOf))).toEqual([true, false]);

    // Nowhere does the column disagree with the table.
    const [row] = await deps.db
      .select({ wrong: sql<number>`count(*)`.mapWith(Number) })
      .from(tickets)
      .where(
        sql`${tickets.assigned} <> exists (select 1 from ${ticketAssignees} where ${ticketAssignees.ticketId} = ${tickets.id})
          or ${tickets.assigneeIds} <> coalesce((select array_agg(${ticketAssignees.userId} order by ${ticketAssignees.userId})
            from ${ticketAssignees} where ${ticketAssignees.ticketId} = ${tickets.id}), '{}')
          or ${tickets.labels} <> coalesce((select array_agg(${ticketLabels.label} order by ${ticketLabels.label})
            from ${ticketLabels} where ${ticketLabels.ticketId} = ${tickets.id}), '{}')`,
      );
    expect(row?.wrong).toBe(0);
    const [labelled] = await deps.db
      .select({ labels: tickets.labels, assigneeIds: tickets.assigneeIds })
      .from(tickets)
      .where(eq(tickets.key, fewer.key));
    expect(labelled?.assigneeIds).toEqual([]);
    const [importedRow] = await deps.db
      .select({ labels: tickets.labels, assigneeIds: tickets.assigneeIds })
      .from(tickets)
      .where(eq(tickets.key, imported.created[0] ?? ''));
    expect(importedRow).toEqual({ labels: ['bug', 'ui'], assigneeIds: [member.user.id] });
  });
});
