import { events, notifications, tickets } from '@ticketing/db/schema';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { addComment } from '../src/comments/comments.ts';
import { consumeBatch } from '../src/events/consume.ts';
import { inboxConsumer } from '../src/notifications/inbox-consumer.ts';
import { parseQuery } from '../src/query/parse-query.ts';
import { dashboard } from '../src/reports/dashboard.ts';
import { reportInput } from '../src/reports/schemas.ts';
import { slaCompliance } from '../src/reports/sla-compliance.ts';
import { getSlaPolicy } from '../src/sla/get-sla-policy.ts';
import { putSlaPolicy } from '../src/sla/put-sla-policy.ts';
import { putSlaPolicyInput } from '../src/sla/schemas.ts';
import { sendSlaEvents } from '../src/sla/sla-job.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { importTickets, importTicketsInput } from '../src/tickets/import-tickets.ts';
import { ageTicket } from './support/sla.ts';
import { domain, makeTeam } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);
const { project, lead, member, viewer } = await makeTeam(deps, { key: 'SLA' });

// The inbox starts from now: placed before anything happens here.
await consumeBatch(db, inboxConsumer);

const MINUTE = 60_000;
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * MINUTE);
const setPolicy = (policy: unknown) =>
  putSlaPolicy(deps, lead.actor, putSlaPolicyInput.parse({ projectKey: project.key, policy }));
const slaEventsOf = (ticketId: string) =>
  db
    .select({ type: events.type, data: events.data })
    .from(events)
    .where(and(eq(events.ticketId, ticketId), inArray(events.type, ['sla.warning', 'sla.breached'])))
    .orderBy(asc(events.id));
const age = (ticketId: string, minutes: number) => ageTicket(db, ticketId, minutes);

describe('SLA policies', () => {
  it('are read by the project and set by its leads, with clear errors for bad input', async () => {
    expect((await getSlaPolicy(deps, viewer.actor, { projectKey: project.key })).policy).toBeNull();
    await expect(
      putSlaPolicy(
        deps,
        member.actor,
        putSlaPolicyInput.parse({ projectKey: project.key, policy: { targets: { high: { resolutionMinutes: 60 } } } }),
      ),
    ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    const bad = putSlaPolicyInput.safeParse({
      projectKey: project.key,
      policy: { targets: { urgent: {} }, businessHours: { timeZone: 'Mars/Olympus', start: '18:00', end: '09:00' } },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'policy.businessHours.end',
      'policy.businessHours.timeZone',
      'policy.targets',
    ]);
  });

  it('give new tickets due times, and recompute open ones when the policy changes', async () => {
    const before = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Before', priority: 'high' });
    expect(before.sla.resolutionDueAt).toBeNull();
    await setPolicy({ targets: { high: { firstResponseMinutes: 60, resolutionMinutes: 240 } } });
    const recomputed = await api.getTicket(lead.actor, before.key);
    expect(recomputed.sla.firstResponseDueAt).toEqual(minutesAfter(recomputed.createdAt, 60));
    expect(recomputed.sla.resolutionDueAt).toEqual(minutesAfter(recomputed.createdAt, 240));
    const fresh = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Fresh', priority: 'high' });
    expect(fresh.sla).toMatchObject({ firstResponseBreached: false, resolutionBreached: false, paused: false });
    expect(fresh.sla.resolutionDueAt).toEqual(minutesAfter(fresh.createdAt, 240));
    const low = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Low', priority: 'low' });
    expect(low.sla.resolutionDueAt).toBeNull();
    // A priority change moves the clocks to the new priority's targets.
    const raised = await api.updateTicket(lead.actor, { key: low.key, version: low.version, priority: 'high' });
    expect(raised.sla.resolutionDueAt).toEqual(minutesAfter(low.createdAt, 240));
  });

  it('warn at 80 % and breach at 100 %, once each, and not while paused', async () => {
    const ticket = await api.createTicket(member.actor, { projectKey: project.key, title: 'Clock', priority: 'high' });
    const created = ticket.createdAt;
    expect(await sendSlaEvents(db, minutesAfter(created, 47))).toBe(0);
    await sendSlaEvents(db, minutesAfter(created, 49));
    await sendSlaEvents(db, minutesAfter(created, 50));
    expect((await slaEventsOf(ticket.id)).map((event) => event.type)).toEqual(['sla.warning']);
    await sendSlaEvents(db, minutesAfter(created, 61));
    await sendSlaEvents(db, minutesAfter(created, 62));
    const said = await slaEventsOf(ticket.id);
    expect(said.map((event) => [event.type, (event.data as { target: string }).target])).toEqual([
      ['sla.warning', 'firstResponse'],
      ['sla.breached', 'firstResponse'],
    ]);
    // The reporter watches the ticket: both reach their inbox.
    while ((await consumeBatch(db, inboxConsumer)) > 0) {
      // Drain.
    }
    const told = await db
      .select({ reason: notifications.reason })
      .from(notifications)
      .where(and(eq(notifications.userId, member.user.id), eq(notifications.ticketId, ticket.id)));
    expect(told.map((row) => row.reason)).toEqual(['sla', 'sla']);
    const after = await api.getTicket(member.actor, ticket.key);
    expect(after.sla.firstResponseBreached).toBe(true);
    expect(after.sla.resolutionBreached).toBe(false);
    const found = await api.listTickets(member.actor, { query: 'sla:breached project:SLA' });
    expect(found.items.map((item) => item.key)).toContain(ticket.key);

    // Blocked: the clocks stand still, nothing more is said, however late it gets.
    const started = await api.transitionTicket(lead.actor, {
      key: ticket.key,
      version: after.version,
      status: 'in_progress',
    });
    const blocked = await api.transitionTicket(lead.actor, {
      key: ticket.key,
      version: started.version,
      status: 'blocked',
    });
    expect(blocked.sla.paused).toBe(true);
    await sendSlaEvents(db, minutesAfter(created, 10_000));
    expect(await slaEventsOf(ticket.id)).toHaveLength(2);
  });

  it('pause while blocked: the resolution is due later by the time spent blocked', async () => {
    const ticket = await api.createTicket(member.actor, { projectKey: project.key, title: 'Pause', priority: 'high' });
    const started = await api.transitionTicket(lead.actor, {
      key: ticket.key,
      version: ticket.version,
      status: 'in_progress',
    });
    expect(started.sla.firstRespondedAt).not.toBeNull();
    const blocked = await api.transitionTicket(lead.actor, {
      key: ticket.key,
      version: started.version,
      status: 'blocked',
    });
    // Blocked 30 minutes ago (the clock has run 30 minutes less than the wall clock since creation).
    await db
      .update(tickets)
      .set({ slaPausedAt: new Date(Date.now() - 30 * MINUTE) })
      .where(eq(tickets.id, ticket.id));
    const resumed = await api.transitionTicket(lead.actor, {
      key: ticket.key,
      version: blocked.version,
      status: 'in_progress',
    });
    expect(resumed.sla.paused).toBe(false);
    const due = resumed.sla.resolutionDueAt?.getTime() ?? 0;
    const expected = minutesAfter(ticket.createdAt, 240 + 30).getTime();
    // The paused minutes are kept whole: within one minute.
    expect(Math.abs(due - expected)).toBeLessThanOrEqual(MINUTE);
  });

  it('count a first response from a project member other than the reporter, not the reporter’s own', async () => {
    const ticket = await api.createTicket(member.actor, {
      projectKey: project.key,
      title: 'Answer me',
      priority: 'high',
    });
    await addComment(deps, member.actor, { key: ticket.key, body: 'Any news?' });
    expect((await api.getTicket(lead.actor, ticket.key)).sla.firstRespondedAt).toBeNull();
    await addComment(deps, lead.actor, { key: ticket.key, body: 'Looking into it' });
    const answered = await api.getTicket(lead.actor, ticket.key);
    expect(answered.sla.firstRespondedAt).not.toBeNull();
    expect(answered.sla.firstResponseBreached).toBe(false);
  });

  it('mark a late close as breached and an early one as met, in the query, the reports and the dashboard', async () => {
    const late = await api.createTicket(member.actor, { projectKey: project.key, title: 'Late', priority: 'high' });
    const onTime = await api.createTicket(member.actor, {
      projectKey: project.key,
      title: 'On time',
      priority: 'high',
    });
    const open = await api.createTicket(member.actor, { projectKey: project.key, title: 'Open', priority: 'high' });
    await age(late.id, 300);
    await age(open.id, 300);
    await sendSlaEvents(db);
    const closedLate = await api.transitionTicket(lead.actor, {
      key: late.key,
      version: late.version,
      status: 'closed',
    });
    expect(closedLate.sla.resolutionBreached).toBe(true);
    const closedOnTime = await api.transitionTicket(lead.actor, {
      key: onTime.key,
      version: onTime.version,
      status: 'closed',
    });
    expect(closedOnTime.sla).toMatchObject({ resolutionBreached: false, firstResponseBreached: false });

    const keys = async (query: string) =>
      (await api.listTickets(lead.actor, { query: `project:SLA ${query}` })).items.map((item) => item.key);
    expect(await keys('sla:met')).toContain(onTime.key);
    expect(await keys('sla:met')).not.toContain(late.key);
    expect(await keys('sla:breached')).toEqual(expect.arrayContaining([late.key, open.key]));
    expect(await keys('sla:breached')).not.toContain(onTime.key);

    const report = await slaCompliance(deps, lead.actor, reportInput.parse({ query: 'project:SLA' }));
    expect(report.totals.resolution.met).toBeGreaterThanOrEqual(1);
    expect(report.totals.resolution.breached).toBeGreaterThanOrEqual(2);
    expect(report.rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row.week))).toBe(true);
    const board = await dashboard(deps, lead.actor, reportInput.parse({ query: 'project:SLA' }));
    const openBreached = await api.listTickets(lead.actor, { query: 'project:SLA sla:breached -status:closed' });
    expect(board.slaBreached).toBe(openBreached.items.length);
    expect(board.slaBreached).toBeGreaterThanOrEqual(1);
  });

  it('sends each warning and breach once when two processes check at the same moment', async () => {
    const ticket = await api.createTicket(member.actor, { projectKey: project.key, title: 'Twice?', priority: 'high' });
    await age(ticket.id, 300);
    await Promise.all([sendSlaEvents(db), sendSlaEvents(db), sendSlaEvents(db)]);
    const said = await slaEventsOf(ticket.id);
    expect(said.map((event) => `${event.type}:${(event.data as { target: string }).target}`).sort()).toEqual([
      'sla.breached:firstResponse',
      'sla.breached:resolution',
      'sla.warning:firstResponse',
      'sla.warning:resolution',
    ]);
  });

  it('records the breach of a target met late in the change that met it, once', async () => {
    const ticket = await api.createTicket(member.actor, {
      projectKey: project.key,
      title: 'Late answer',
      priority: 'high',
    });
    await age(ticket.id, 90);
    await addComment(deps, lead.actor, { key: ticket.key, body: 'Sorry for the wait' });
    const [said] = await slaEventsOf(ticket.id);
    expect(said).toMatchObject({ type: 'sla.breached', data: { target: 'firstResponse' } });
    await sendSlaEvents(db, minutesAfter(new Date(), 1));
    expect((await slaEventsOf(ticket.id)).filter((event) => event.type === 'sla.breached')).toHaveLength(1);
  });

  it('gives tickets imported closed no targets, and open ones their clocks', async () => {
    const csv = 'title,status,priority\nOld and done,closed,high\nStill open,open,high\n';
    const result = await importTickets(deps, lead.actor, importTicketsInput.parse({ key: project.key, csv }));
    const [done, open] = await Promise.all(result.created.map((key) => api.getTicket(lead.actor, key)));
    expect(done?.sla).toMatchObject({ resolutionDueAt: null, firstResponseDueAt: null, resolutionBreached: false });
    expect(open?.sla.resolutionDueAt).toEqual(minutesAfter(open?.createdAt ?? new Date(), 240));
  });

  it('changes its policy while tickets are written, without a deadlock', async () => {
    const many = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api.createTicket(member.actor, { projectKey: project.key, title: `Busy ${i}`, priority: 'high' }),
      ),
    );
    const policy = { targets: { high: { firstResponseMinutes: 45, resolutionMinutes: 240 } } };
    await Promise.all([
      setPolicy(policy),
      ...many.map((ticket) =>
        api.transitionTicket(lead.actor, { key: ticket.key, version: ticket.version, status: 'in_progress' }),
      ),
      ...many.map((ticket) => addComment(deps, lead.actor, { key: ticket.key, body: 'On it' })),
      api.createTicket(member.actor, { projectKey: project.key, title: 'Born during the change', priority: 'high' }),
    ]);
    const born = await api.listTickets(lead.actor, { query: 'project:SLA "Born during the change"' });
    expect(born.items[0]?.sla.firstResponseDueAt).toEqual(minutesAfter(born.items[0]?.createdAt ?? new Date(), 45));
  });

  it('clears the running clocks and their missed flags when the policy goes; settled targets keep theirs', async () => {
    const open = 'project:SLA sla:breached -status:closed';
    expect((await api.listTickets(lead.actor, { query: open })).items.some((item) => item.sla.resolutionBreached)).toBe(
      true,
    );
    await setPolicy({ targets: {} });
    expect((await getSlaPolicy(deps, viewer.actor, { projectKey: project.key })).policy).toBeNull();
    // What is left missed is a first response that came late: a fact, like a ticket closed late.
    const left = (await api.listTickets(lead.actor, { query: open })).items;
    expect(left.every((item) => !item.sla.resolutionBreached && item.sla.firstRespondedAt !== null)).toBe(true);
    expect(left.every((item) => item.sla.resolutionDueAt === null)).toBe(true);
    const board = await dashboard(deps, lead.actor, reportInput.parse({ query: 'project:SLA' }));
    expect(board.slaBreached).toBe(left.length);
    expect(
      (await api.listTickets(lead.actor, { query: 'project:SLA sla:breached status:closed' })).items.length,
    ).toBeGreaterThan(0);
    await setPolicy({ targets: { high: { firstResponseMinutes: 60, resolutionMinutes: 240 } } });
  });

  it('knows sla: in the query language, with an error at the position for a wrong value', () => {
    expect(parseQuery('sla:at-risk').sla).toBe('at-risk');
    expect(() => parseQuery('status:open sla:late')).toThrow(/sla: takes breached, at-risk, met, not "late" \(at 13/);
  });

  it('marks a ticket at risk once 80 % of a running target is gone', async () => {
    const ticket = await api.createTicket(member.actor, { projectKey: project.key, title: 'Risky', priority: 'high' });
    await age(ticket.id, 50);
    const risky = await api.getTicket(lead.actor, ticket.key);
    expect(risky.sla.atRisk).toBe(true);
    expect(await api.listTickets(lead.actor, { query: 'project:SLA sla:at-risk' })).toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ key: ticket.key })]),
    });
  });
});
