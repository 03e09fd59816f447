import { events, tickets } from '@ticketing/db/schema';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDepartment } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { importTickets, importTicketsInput } from '../src/tickets/import-tickets.ts';
import { rejectionOf } from './support/helpers.ts';
import { domain, makeTeam } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const api = domain(deps);
const { project, lead, member, viewer, outsider } = await makeTeam(deps, { key: 'IMP' });
const support = await makeDepartment(deps.db, { name: 'Support Desk' });

const run = (csv: string, dryRun = false, actor = lead.actor) =>
  importTickets(deps, actor, importTicketsInput.parse({ key: project.key, csv, dryRun }));
const ticketCount = async () =>
  (await deps.db.select({ n: count() }).from(tickets).where(eq(tickets.projectId, project.id)))[0]?.n ?? 0;

describe('importing tickets from CSV', () => {
  it('creates every row with the next keys, people by email, labels, due dates, departments, history and events', async () => {
    const csv = [
      'Title,Description,Status,Priority,Assignees,Labels,Due Date,Department',
      `Printer on fire,"Smoke, then ""flames""\non floor 2",in_progress,critical,${member.user.email.toUpperCase()},hardware;urgent,2026-12-24,support desk`,
      'Second,,closed,low,,,,',
      '',
    ].join('\r\n');
    const result = await run(csv);
    expect(result).toMatchObject({ dryRun: false, rows: 2, failures: [] });
    const [first, second] = result.created;
    expect(result.created).toEqual(['IMP-1', 'IMP-2']);
    const ticket = await api.getTicket(lead.actor, first ?? '');
    expect(ticket).toMatchObject({
      title: 'Printer on fire',
      description: 'Smoke, then "flames"\non floor 2',
      status: 'in_progress',
      priority: 'critical',
      labels: ['hardware', 'urgent'],
      dueDate: '2026-12-24',
      departmentId: support.id,
      assignees: [{ id: member.user.id }],
      reporter: { id: lead.user.id },
    });
    expect((await api.getTicket(lead.actor, second ?? '')).closedAt).not.toBeNull();
    expect((await api.historyOf(lead.actor, first ?? '')).map((entry) => entry.action)).toEqual(['created']);
    const [created] = await deps.db
      .select({ n: count() })
      .from(events)
      .where(and(eq(events.type, 'ticket.created'), eq(events.projectId, project.id)));
    expect(created?.n).toBe(2);
    // The next ordinary create continues the numbering.
    expect((await api.createTicket(lead.actor, { projectKey: project.key, title: 'After' })).key).toBe('IMP-3');
  });

  it('a dry run names every bad row and field and writes nothing', async () => {
    const before = await ticketCount();
    const result = await run(
      [
        'title,status,priority,assignees,due_date,department',
        'Fine,open,high,,,',
        ',done,urgent,nobody@example.com,2026-02-30,Nowhere',
        `Viewer may be assigned,open,low,${viewer.user.email},,`,
        `Not a member,open,low,${outsider.user.email},,`,
      ].join('\n'),
      true,
    );
    expect(result.dryRun).toBe(true);
    expect(result.rows).toBe(4);
    expect(result.created).toEqual([]);
    expect(result.failures.map((failure) => [failure.row, Object.keys(failure.fields).sort()])).toEqual([
      [2, ['assignees', 'department', 'due_date', 'priority', 'status', 'title']],
      [4, ['assignees']],
    ]);
    expect(await ticketCount()).toBe(before);
  });

  it('refuses the whole import when one row is bad (E_BULK_REJECTED), creating nothing', async () => {
    const before = await ticketCount();
    const error = await rejectionOf(run('title,priority\nGood,low\nBad,urgent\n'));
    expect(error.code).toBe('E_BULK_REJECTED');
    expect(error.details).toMatchObject({
      failures: [{ row: 2, error: 'E_VALIDATION', details: { fields: { priority: [expect.any(String)] } } }],
    });
    expect(await ticketCount()).toBe(before);
  });

  it('refuses what is not the expected CSV: unknown columns, no title, broken quotes', async () => {
    expect((await rejectionOf(run('title,colour\nA,red\n'))).details).toMatchObject({
      fields: { csv: [expect.stringMatching(/colour/)] },
    });
    expect((await rejectionOf(run('name\nA\n'))).code).toBe('E_VALIDATION');
    expect((await rejectionOf(run('title\n"never closed\n'))).details).toMatchObject({
      fields: { csv: [expect.stringMatching(/line 2/)] },
    });
  });

  it('is for those who run the project', async () => {
    expect((await rejectionOf(run('title\nA\n', false, member.actor))).code).toBe('E_FORBIDDEN');
    expect((await rejectionOf(run('title\nA\n', true, outsider.actor))).code).toBe('E_NOT_FOUND');
  });

  it('imports 2,000 rows in one go', async () => {
    const before = await ticketCount();
    const rows = Array.from({ length: 2000 }, (_, i) => `Row ${i},medium,bulk`);
    const result = await run(`title,priority,labels\n${rows.join('\n')}\n`);
    expect(result.created).toHaveLength(2000);
    expect(await ticketCount()).toBe(before + 2000);
  });
});
