import { ticketAssignees, tickets } from '@ticketing/db/schema';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { importTickets, importTicketsInput } from '../src/tickets/import-tickets.ts';
import { domain, makeTeam } from './support/tickets.ts';

// tickets.assigned is kept by a trigger on ticket_assignees; every way of (un)assigning must keep it
// equal to "someone is assigned".
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
      importTicketsInput.parse({ key: project.key, csv: `title,assignees\nWith,${member.user.email}\nWithout,\n` }),
    );
    expect(await Promise.all(imported.created.map(assignedOf))).toEqual([true, false]);

    // Nowhere does the column disagree with the table.
    const [row] = await deps.db
      .select({ wrong: sql<number>`count(*)`.mapWith(Number) })
      .from(tickets)
      .where(
        sql`${tickets.assigned} <> exists (select 1 from ${ticketAssignees} where ${ticketAssignees.ticketId} = ${tickets.id})`,
      );
    expect(row?.wrong).toBe(0);
  });
});
