import { ticketPriorities, ticketStatuses, tickets } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actor } from '../src/actor.ts';
import { aging } from '../src/reports/aging.ts';
import { breakdown } from '../src/reports/breakdown.ts';
import { createdVsResolved } from '../src/reports/created-vs-resolved.ts';
import { cycleTime } from '../src/reports/cycle-time.ts';
import { dashboard } from '../src/reports/dashboard.ts';
import {
  ageBuckets,
  breakdownDimensions,
  breakdownInput,
  createdVsResolvedInput,
  reportInput,
} from '../src/reports/schemas.ts';
import { userActivity } from '../src/reports/user-activity.ts';
import { makeActor, makeDepartment, makeProject } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import type { listTicketsInput, Ticket } from '../src/tickets/schemas.ts';
import { seededRandom } from './support/random.ts';
import { domain, makeTeam } from './support/tickets.ts';

// Every report against counts made independently: from tickets.list (its totals, or its items
// counted here) on a generated data set. The reports share no SQL with the list but its filters.
const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);

const { project, lead, member, viewer } = await makeTeam(deps, { key: 'REP' });
const other = await makeProject(deps, lead.actor, {
  key: 'REQ',
  members: [{ userId: member.user.id, role: 'member' }],
});
const stranger = await makeActor(db);
const secret = await makeProject(deps, stranger.actor, { key: 'RES' });
const departments = [await makeDepartment(db), await makeDepartment(db)];
const people = [lead, member, viewer];

const next = seededRandom(2026);
const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
const now = Date.now();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

for (let i = 0; i < 90; i++) {
  const projectKey = i % 3 === 2 ? other.key : project.key;
  const assignees = [...new Set([pick(people), pick(people)])].slice(0, Math.floor(next() * 3));
  const created = await api.createTicket(lead.actor, {
    projectKey,
    title: `Generated ${i} ${pick(['printer', 'network', 'laptop'])}`,
    priority: pick(ticketPriorities),
    assigneeIds: projectKey === other.key ? [] : assignees.map((person) => person.user.id),
    labels: [...new Set([pick(['bug', 'ui', 'ops', 'docs']), pick(['bug', 'ui'])])].slice(0, Math.floor(next() * 3)),
    departmentId: next() < 0.5 ? pick(departments).id : null,
    dueDate: next() < 0.5 ? new Date(now + (next() - 0.6) * 40 * DAY).toISOString().slice(0, 10) : null,
  });
  const status = pick(ticketStatuses);
  const createdAt = new Date(now - next() * 120 * DAY);
  const startedAt =
    status !== 'open' && next() < 0.8
      ? new Date(createdAt.getTime() + next() * (now - createdAt.getTime()) * 0.5)
      : null;
  const closedAt =
    status === 'closed'
      ? new Date((startedAt ?? createdAt).getTime() + next() * (now - (startedAt ?? createdAt).getTime()))
      : null;
  await db.update(tickets).set({ status, createdAt, startedAt, closedAt }).where(eq(tickets.id, created.id));
}
await api.createTicket(stranger.actor, { projectKey: secret.key, title: 'Secret' });

type ListInput = z.input<typeof listTicketsInput>;
/** Every ticket the list gives for a filter, page by page. */
async function everything(actor: Actor, input: ListInput = {}): Promise<Ticket[]> {
  const items: Ticket[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.listTickets(actor, { ...input, limit: 100, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
const totalOf = async (actor: Actor, input: ListInput) =>
  (await api.listTickets(actor, { ...input, limit: 1, includeTotal: true })).total;

const period = { from: new Date(now - 60 * DAY), to: new Date(now) };
const input = (extra: Record<string, unknown> = {}) => reportInput.parse({ ...period, ...extra });

describe('reports match the list', () => {
  it('dashboard: statuses, overdue, unassigned, the oldest open, created and closed lately', async () => {
    const zone = 'Asia/Tokyo';
    const report = await dashboard(deps, member.actor, input({ timeZone: zone }));
    for (const status of ticketStatuses) expect(report.byStatus[status]).toBe(await totalOf(member.actor, { status }));
    // The list asked in the same zone counts overdue from the same day (from 15:00 UTC Tokyo is a day
    // ahead of UTC, the list's default); so does the query language, and a report's query.
    expect(report.overdue).toBe(await totalOf(member.actor, { overdue: true, timeZone: zone }));
    expect(report.overdue).toBe(await totalOf(member.actor, { query: 'is:overdue', timeZone: zone }));
    const overdueOnly = await dashboard(deps, member.actor, input({ timeZone: zone, query: 'is:overdue' }));
    expect(overdueOnly.overdue).toBe(report.overdue);
    expect(Object.values(overdueOnly.byStatus).reduce((sum, n) => sum + n, 0)).toBe(report.overdue);
    expect(report.unassigned).toBe(
      await totalOf(member.actor, { assignee: 'none', status: 'open,in_progress,blocked' }),
    );
    const all = await everything(member.actor);
    expect(all.some((ticket) => ticket.key.startsWith('RES'))).toBe(false);
    const open = all
      .filter((ticket) => ticket.status !== 'closed')
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(report.oldestOpen.map((ticket) => ticket.key)).toEqual(open.slice(0, 5).map((ticket) => ticket.key));
    // Days begin at midnight in Tokyo.
    const localDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(date);
    const today = localDay(new Date());
    const lastWeek = new Set(Array.from({ length: 7 }, (_, days) => localDay(new Date(Date.now() - days * DAY))));
    const count = (pick: (ticket: Ticket) => Date | null, days: Set<string>) =>
      all.filter((ticket) => {
        const at = pick(ticket);
        return at !== null && days.has(localDay(at));
      }).length;
    // In Tokyo, overdue counts from Tokyo's date.
    expect(report.overdue).toBe(
      all.filter((ticket) => ticket.dueDate !== null && ticket.dueDate < today && ticket.status !== 'closed').length,
    );
    expect(report.createdToday).toBe(count((ticket) => ticket.createdAt, new Set([today])));
    expect(report.createdLast7Days).toBe(count((ticket) => ticket.createdAt, lastWeek));
    expect(report.closedToday).toBe(count((ticket) => ticket.closedAt, new Set([today])));
    expect(report.closedLast7Days).toBe(count((ticket) => ticket.closedAt, lastWeek));
  });

  it.each(breakdownDimensions)('breakdown by %s: each row as the list counts it, open and closed', async (by) => {
    const report = await breakdown(deps, member.actor, breakdownInput.parse({ ...period, by }));
    const range = { createdFrom: period.from, createdTo: period.to };
    const all = await everything(member.actor, range);
    for (const row of report.rows) {
      const matching = all.filter((ticket) => {
        switch (by) {
          case 'status':
            return ticket.status === row.value;
          case 'priority':
            return ticket.priority === row.value;
          case 'project':
            return ticket.projectKey === row.value;
          case 'department':
            return ticket.departmentId === row.value;
          case 'assignee':
            return row.value === null
              ? ticket.assignees.length === 0
              : ticket.assignees.some((p) => p.id === row.value);
          case 'label':
            return row.value === null ? ticket.labels.length === 0 : ticket.labels.includes(row.value);
          default:
            return false;
        }
      });
      expect({ value: row.value, total: row.total, closed: row.closed, open: row.open }).toEqual({
        value: row.value,
        total: matching.length,
        closed: matching.filter((ticket) => ticket.status === 'closed').length,
        open: matching.filter((ticket) => ticket.status !== 'closed').length,
      });
    }
    // Nothing is left out: every ticket is in a row (several for several assignees or labels).
    const counted = report.rows.reduce((sum, row) => sum + row.total, 0);
    if (by !== 'assignee' && by !== 'label') expect(counted).toBe(all.length);
    else expect(counted).toBeGreaterThanOrEqual(all.length);
  });

  it('created vs resolved: per day in the time zone and per week, every bucket present', async () => {
    const zone = 'America/New_York';
    const all = await everything(member.actor);
    const localDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(date);
    const inPeriod = (date: Date | null) => date !== null && date >= period.from && date <= period.to;
    const days = await createdVsResolved(
      deps,
      member.actor,
      createdVsResolvedInput.parse({ ...period, timeZone: zone }),
    );
    expect(days.buckets[0]?.start).toBe(localDay(period.from));
    expect(days.buckets.at(-1)?.start).toBe(localDay(period.to));
    expect(days.buckets.length).toBeGreaterThanOrEqual(60);
    for (const bucket of days.buckets) {
      expect(bucket).toEqual({
        start: bucket.start,
        created: all.filter((t) => inPeriod(t.createdAt) && localDay(t.createdAt) === bucket.start).length,
        resolved: all.filter((t) => inPeriod(t.closedAt) && t.closedAt && localDay(t.closedAt) === bucket.start).length,
      });
    }
    const weeks = await createdVsResolved(
      deps,
      member.actor,
      createdVsResolvedInput.parse({ ...period, interval: 'week' }),
    );
    const sum = (buckets: typeof weeks.buckets, key: 'created' | 'resolved') => buckets.reduce((n, b) => n + b[key], 0);
    expect(sum(weeks.buckets, 'created')).toBe(all.filter((t) => inPeriod(t.createdAt)).length);
    expect(sum(weeks.buckets, 'resolved')).toBe(all.filter((t) => inPeriod(t.closedAt)).length);
    expect(new Date(`${weeks.buckets[1]?.start}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('cycle time: percentiles of lead and cycle time, by priority and over all', async () => {
    const report = await cycleTime(deps, member.actor, input());
    const closed = (await everything(member.actor, { status: 'closed' })).filter(
      (t) => t.closedAt && t.closedAt >= period.from && t.closedAt <= period.to,
    );
    // PostgreSQL's percentile_cont: linear interpolation between the two nearest ranks.
    const percentile = (values: number[], p: number) => {
      if (values.length === 0) return null;
      const sorted = [...values].sort((a, b) => a - b);
      const at = p * (sorted.length - 1);
      const low = sorted[Math.floor(at)] ?? 0;
      const high = sorted[Math.ceil(at)] ?? 0;
      return low + (high - low) * (at - Math.floor(at));
    };
    const stats = (values: number[]) => ({
      count: values.length,
      median: percentile(values, 0.5),
      p75: percentile(values, 0.75),
      p90: percentile(values, 0.9),
    });
    const seconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;
    for (const priority of [...ticketPriorities, null]) {
      const group = closed.filter((t) => priority === null || t.priority === priority);
      const row = report.rows.find((r) => r.priority === priority);
      if (group.length === 0) {
        expect(row).toBeUndefined();
        continue;
      }
      const lead = stats(group.map((t) => seconds(t.createdAt, t.closedAt as Date)));
      const started = group.filter((t) => t.startedAt);
      const cycle = stats(started.map((t) => seconds(t.startedAt as Date, t.closedAt as Date)));
      expect(row?.leadTime.count).toBe(lead.count);
      expect(row?.cycleTime.count).toBe(cycle.count);
      for (const key of ['median', 'p75', 'p90'] as const) {
        expect(row?.leadTime[key]).toBeCloseTo(lead[key] ?? 0, 1);
        if (cycle.count > 0) expect(row?.cycleTime[key]).toBeCloseTo(cycle[key] ?? 0, 1);
      }
    }
  });

  it('aging: open tickets by age and status', async () => {
    const report = await aging(deps, member.actor, input());
    const open = (await everything(member.actor)).filter((t) => t.status !== 'closed');
    const bucketOf = (t: Ticket) => {
      const age = Date.now() - t.createdAt.getTime();
      return age < DAY ? '<1d' : age < 7 * DAY ? '1-7d' : age < 30 * DAY ? '7-30d' : age < 90 * DAY ? '30-90d' : '>90d';
    };
    expect(report.rows.map((row) => row.age)).toEqual([...ageBuckets]);
    for (const row of report.rows) {
      const inBucket = open.filter((t) => bucketOf(t) === row.age);
      expect(row).toEqual({
        age: row.age,
        open: inBucket.filter((t) => t.status === 'open').length,
        in_progress: inBucket.filter((t) => t.status === 'in_progress').length,
        blocked: inBucket.filter((t) => t.status === 'blocked').length,
        total: inBucket.length,
      });
    }
  });

  it('user activity: created, closed, transitions and comments per person, from the history', async () => {
    const ticket = await api.createTicket(member.actor, { projectKey: project.key, title: 'Activity' });
    const moved = await api.transitionTicket(member.actor, {
      key: ticket.key,
      version: ticket.version,
      status: 'in_progress',
    });
    await api.transitionTicket(lead.actor, { key: ticket.key, version: moved.version, status: 'closed' });
    await api.addComment(viewer.actor, { key: ticket.key, body: 'Thanks' }).catch(() => undefined);
    await api.addComment(lead.actor, { key: ticket.key, body: 'Done' });
    const report = await userActivity(
      deps,
      member.actor,
      reportInput.parse({ query: 'Activity', from: new Date(Date.now() - HOUR) }),
    );
    const history = await api.historyOf(member.actor, ticket.key);
    const transitionsBy = (actor: { user: { id: string } }) =>
      history.filter((entry) => entry.action === 'transitioned' && entry.actor?.id === actor.user.id);
    expect(report.rows.find((row) => row.user.id === member.user.id)).toMatchObject({
      created: 1,
      transitions: transitionsBy(member).length,
      closed: 0,
      comments: 0,
    });
    expect(report.rows.find((row) => row.user.id === lead.user.id)).toMatchObject({
      created: 0,
      transitions: transitionsBy(lead).length,
      closed: 1,
      comments: 1,
    });
  });

  it('counts nothing of projects the caller cannot read', async () => {
    const report = await dashboard(deps, stranger.actor, input({ query: `project:${project.key}` }));
    expect(Object.values(report.byStatus)).toEqual([0, 0, 0, 0]);
    const own = await breakdown(deps, stranger.actor, breakdownInput.parse({ ...period, by: 'project' }));
    expect(own.rows.map((row) => row.value)).toEqual([]);
  });
});
