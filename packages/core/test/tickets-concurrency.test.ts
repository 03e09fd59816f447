import { comments, projectCounters } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../src/errors.ts';
import { makeProject, makeTicket } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import type { Ticket } from '../src/tickets/schemas.ts';
import { domain, historyRowsOf, makeTeam } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);
const note = concurrencyNote(deps.connection.kind);

const { project, lead, member } = await makeTeam(deps, { key: 'CON' });

/** Splits settled results into the values and the DomainError codes. */
function outcome<T>(results: PromiseSettledResult<T>[]) {
  const fulfilled = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const codes = results.flatMap((result) => {
    if (result.status === 'fulfilled') return [];
    if (result.reason instanceof DomainError) return [result.reason.code];
    throw result.reason;
  });
  return { fulfilled, codes };
}

describe('concurrent ticket creation', () => {
  it(`gives 200 concurrent tickets 200 distinct, consecutive numbers${note}`, async () => {
    const fresh = await makeProject(deps, lead.actor, {
      key: 'RACE',
      members: [{ userId: member.user.id, role: 'member' }],
    });
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        api.createTicket(i % 2 === 0 ? lead.actor : member.actor, { projectKey: fresh.key, title: `Race ${i}` }),
      ),
    );
    const { fulfilled, codes } = outcome(results);
    expect(codes).toEqual([]);
    expect(fulfilled).toHaveLength(200);

    const numbers = fulfilled.map((t) => t.number).sort((a, b) => a - b);
    const first = numbers[0] ?? Number.NaN;
    expect(first).toBe(1);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => first + i));
    expect(new Set(fulfilled.map((t) => t.key)).size).toBe(200);
    for (const ticket of fulfilled) expect(ticket.key).toBe(`RACE-${ticket.number}`);

    const [counter] = await db
      .select({ next: projectCounters.nextNumber })
      .from(projectCounters)
      .where(eq(projectCounters.projectId, fresh.id));
    expect(counter?.next).toBe(first + 200);
    const page = await api.listTickets(lead.actor, { projectKeys: fresh.key, limit: 1, includeTotal: true });
    expect(page.total).toBe(200);
  });
});

describe('concurrent writes to one ticket', () => {
  it(`lets exactly one of two updates with the same version win; the other conflicts${note}`, async () => {
    const ticket = await makeTicket(deps, member.actor, project.key, { title: 'Original' });
    const results = await Promise.allSettled([
      api.updateTicket(member.actor, { key: ticket.key, version: ticket.version, title: 'From member' }),
      api.updateTicket(lead.actor, { key: ticket.key, version: ticket.version, title: 'From lead' }),
    ]);
    const { fulfilled, codes } = outcome(results);
    expect(fulfilled).toHaveLength(1);
    expect(codes).toEqual(['E_CONFLICT']);

    const [winner] = fulfilled as [Ticket];
    expect(winner.version).toBe(ticket.version + 1);
    const current = await api.getTicket(member.actor, ticket.key);
    expect(current).toEqual(winner);
    const updates = (await historyRowsOf(db, ticket.id)).filter((row) => row.action === 'updated');
    expect(updates.map((row) => row.newValue)).toEqual([winner.title]);
  });

  it(`lets exactly one of two transitions with the same version win${note}`, async () => {
    const ticket = await makeTicket(deps, member.actor, project.key);
    const results = await Promise.allSettled([
      api.transitionTicket(member.actor, { key: ticket.key, version: ticket.version, status: 'in_progress' }),
      api.transitionTicket(lead.actor, { key: ticket.key, version: ticket.version, status: 'closed' }),
    ]);
    const { fulfilled, codes } = outcome(results);
    expect(fulfilled).toHaveLength(1);
    expect(codes).toEqual(['E_CONFLICT']);

    const [winner] = fulfilled as [Ticket];
    const current = await api.getTicket(member.actor, ticket.key);
    expect(current.status).toBe(winner.status);
    expect(current.version).toBe(ticket.version + 1);
    const moves = (await historyRowsOf(db, ticket.id)).filter((row) => row.action === 'transitioned');
    expect(moves).toHaveLength(1);
  });

  it(`does not make a write wait for a transaction that only holds a row referencing the ticket${note}`, async () => {
    // A rule's run inserts its run row (a foreign key to the ticket: FOR KEY SHARE on its row) before
    // its actions lock the ticket. Had the write lock been FOR UPDATE, two rules acting on one ticket
    // would each wait for the other's key share: a deadlock, found after PostgreSQL's 1 s.
    const ticket = await makeTicket(deps, member.actor, project.key);
    let holding = () => {};
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holder = db.transaction(async (tx) => {
      await tx.insert(comments).values({ ticketId: ticket.id, authorId: member.user.id, body: 'Holding a reference' });
      holding();
      // PGlite runs one transaction at a time: there, the update below runs after this one.
      if (deps.connection.kind === 'postgres') await released;
    });
    await held;
    const updated = await Promise.race([
      api.updateTicket(lead.actor, { key: ticket.key, version: ticket.version, title: 'Not kept waiting' }),
      new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 3_000)),
    ]);
    release();
    await holder;
    expect(updated).toMatchObject({ title: 'Not kept waiting', version: ticket.version + 1 });
  });

  it(`lets one of two overlapping bulk updates (listed in opposite orders) win, without deadlock${note}`, async () => {
    const a = await makeTicket(deps, member.actor, project.key);
    const b = await makeTicket(deps, member.actor, project.key);
    const refs = [
      { key: a.key, version: a.version },
      { key: b.key, version: b.version },
    ];
    const results = await Promise.allSettled([
      api.bulkUpdate(member.actor, { tickets: refs, changes: { priority: 'high' } }),
      api.bulkUpdate(lead.actor, { tickets: [...refs].reverse(), changes: { priority: 'low' } }),
    ]);
    const { fulfilled, codes } = outcome(results);
    expect(fulfilled).toHaveLength(1);
    expect(codes).toEqual(['E_BULK_REJECTED']);

    const winner = fulfilled[0]?.tickets[0]?.priority;
    for (const ticket of [a, b]) {
      expect(await api.getTicket(member.actor, ticket.key)).toMatchObject({ priority: winner, version: 2 });
    }
  });
});
