import { rowsOf } from '@ticketing/db/rows';
import { projectCounters, slaPolicies, tickets } from '@ticketing/db/schema';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { createTicket } from '../src/tickets/create-ticket.ts';
import { createTicketInput } from '../src/tickets/schemas.ts';
import { makeTeam } from './support/tickets.ts';

// A create takes the project's number as its last write. A policy change that commits while the create
// waits for that number could not see the new ticket: the create must notice and use the new policy.
// Needs two connections at once (a server; PGlite runs one transaction at a time).
const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const other = await deps.connection.reopen();
const watcher = await deps.connection.reopen();
const { project, lead } = await makeTeam(deps, { key: 'RACE' });

async function waitUntilBlocked(): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [row] = rowsOf<{ n: number }>(
      await watcher.db.execute(
        sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      ),
    );
    if ((row?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the create never waited for the counter');
}

describe('a create racing an SLA policy change', () => {
  it('computes its clocks under the policy in force when it takes its number', async () => {
    let creating: ReturnType<typeof createTicket> | undefined;
    await other.db.transaction(async (tx) => {
      // What putSlaPolicy does under the counter's lock, held until the create is waiting for it.
      await tx
        .update(projectCounters)
        .set({ slaVersion: sql`${projectCounters.slaVersion} + 1` })
        .where(eq(projectCounters.projectId, project.id));
      creating = createTicket(
        deps,
        lead.actor,
        createTicketInput.parse({ projectKey: project.key, title: 'Raced', priority: 'high' }),
      );
      await waitUntilBlocked();
      await tx.insert(slaPolicies).values({
        projectId: project.id,
        policy: { targets: { high: { firstResponseMinutes: 30, resolutionMinutes: 240 } } },
        updatedBy: lead.user.id,
      });
    });
    const ticket = await creating;
    if (!ticket) throw new Error('no create started');
    const [row] = await deps.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row?.firstResponseDueAt?.getTime()).toBe((row?.createdAt.getTime() ?? 0) + 30 * 60_000);
    expect(row?.resolutionDueAt?.getTime()).toBe((row?.createdAt.getTime() ?? 0) + 240 * 60_000);
    expect(ticket.sla.firstResponseDueAt).toEqual(row?.firstResponseDueAt);
    expect(ticket.key).toBe(`${project.key}-${ticket.number}`);
    expect(ticket.number).toBeGreaterThan(0);
  });
});
