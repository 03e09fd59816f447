import { rowsOf } from '@ticketing/db/rows';
import {
  activityDeltas,
  comments,
  openDueDeltas,
  ticketCountDeltas,
  ticketCounts,
  ticketFlowDeltas,
  ticketHistory,
  tickets,
} from '@ticketing/db/schema';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/actor.ts';
import { aging } from '../src/reports/aging.ts';
import { compactReportRollups } from '../src/reports/compact-rollups-job.ts';
import { dashboard } from '../src/reports/dashboard.ts';
import { reportInput } from '../src/reports/schemas.ts';
import { userActivity } from '../src/reports/user-activity.ts';
import { makeActor, makeDepartment, makeProject } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import type { Ticket } from '../src/tickets/schemas.ts';
import { seededRandom } from './support/random.ts';
import { domain, makeTeam } from './support/tickets.ts';

// The rollup tables (migration 0013) against the tickets themselves: the dashboard, aging and user
// activity read whole projects from the rollups and anything narrower from the tables; after every
// kind of change a person can make, both ways give the same numbers.
const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);

const { project, lead, member, viewer } = await makeTeam(deps, { key: 'ROL' });
const other = await makeProject(deps, lead.actor, {
  key: 'ROM',
  members: [{ userId: member.user.id, role: 'member' }],
});
const admin = await makeActor(db, { role: 'admin' });
const departments = [await makeDepartment(db), await makeDepartment(db)];
const people = [lead, member, viewer];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const next = seededRandom(13);
const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
const someOf = <T>(items: readonly T[]) => [...new Set(items.filter(() => next() < 0.4))];
const dueDate = () =>
  next() < 0.6 ? new Date(Date.now() + (next() - 0.6) * 60 * DAY).toISOString().slice(0, 10) : null;

async function createSome(count: number): Promise<Ticket[]> {
  const created: Ticket[] = [];
  for (let i = 0; i < count; i++) {
    const projectKey = i % 3 === 2 ? other.key : project.key;
    const ticket = await api.createTicket(lead.actor, {
      projectKey,
      title: `Rolled up ${i}`,
      assigneeIds: projectKey === other.key ? [] : someOf(people).map((person) => person.user.id),
      labels: someOf(['bug', 'ui', 'ops']),
      departmentId: next() < 0.5 ? pick(departments).id : null,
      dueDate: dueDate(),
    });
    // Spread over the last four months, so that aging has every bucket and activity whole days.
    const createdAt = new Date(Date.now() - next() * 120 * DAY);
    await db.update(tickets).set({ createdAt }).where(eq(tickets.id, ticket.id));
    created.push(ticket);
  }
  return created;
}

/** One change of the kinds a person makes, on a random ticket; refusals (a stale version) are fine. */
async function change(keys: string[]) {
  const key = pick(keys);
  const actor = pick([lead, member]).actor;
  const ticket = await api.getTicket(lead.actor, key).catch(() => null);
  const roll = next();
  if (!ticket) {
    await api.restoreTicket(lead.actor, key);
  } else if (roll < 0.35 && ticket.allowedTransitions.length > 0) {
    await api.transitionTicket(actor, { key, version: ticket.version, status: pick(ticket.allowedTransitions) });
  } else if (roll < 0.5) {
    await api.updateTicket(actor, {
      key,
      version: ticket.version,
      priority: pick(['low', 'medium', 'high', 'critical'] as const),
      dueDate: dueDate(),
      departmentId: next() < 0.5 ? pick(departments).id : null,
    });
  } else if (roll < 0.62 && ticket.projectKey === project.key) {
    const assigned = await api.assignTicket(actor, {
      key,
      version: ticket.version,
      assigneeIds: someOf(people).map((person) => person.user.id),
    });
    await api.updateTicket(actor, { key, version: assigned.version, labels: someOf(['bug', 'ui', 'ops', 'docs']) });
  } else if (roll < 0.8) {
    await api.addComment(actor, { key, body: `Comment ${roll}` });
  } else if (roll < 0.88) {
    const [comment] = await db.select().from(comments).where(eq(comments.ticketId, ticket.id)).limit(1);
    if (comment) await api.deleteComment(lead.actor, { key, commentId: comment.id });
  } else if (roll < 0.95) {
    await api.deleteTicket(lead.actor, key);
  } else {
    const some = await Promise.all(keys.slice(0, 5).map((one) => api.getTicket(lead.actor, one).catch(() => null)));
    await api.bulkUpdate(lead.actor, {
      tickets: some.flatMap((one) => (one ? [{ key: one.key, version: one.version }] : [])),
      changes: { priority: pick(['low', 'high'] as const) },
    });
  }
}

/** Activity on earlier days: transitions and comments written as if made then (the triggers take their day). */
async function backdatedActivity(ticketsToUse: Ticket[]) {
  for (const ticket of ticketsToUse) {
    const at = new Date(Date.now() - (1 + next() * 20) * DAY);
    const person = pick(people);
    await db.insert(ticketHistory).values({
      ticketId: ticket.id,
      actorId: person.user.id,
      action: 'transitioned',
      field: 'status',
      oldValue: 'open',
      newValue: next() < 0.5 ? 'closed' : 'in_progress',
      version: ticket.version,
      createdAt: at,
    });
    await db
      .insert(comments)
      .values({ ticketId: ticket.id, authorId: pick(people).user.id, body: 'then', createdAt: at });
  }
}

/** The same report for whole projects (from the rollups) and with a filter matching all (from the tables). */
async function bothWays(actor: Actor, keys: string, endsNow = false) {
  const all = 'status:open,in_progress,blocked,closed';
  const from = new Date(Date.now() - 12.5 * DAY);
  // Running to now, activity takes today whole from the rollup; with an end, only whole days.
  const period = endsNow ? { from } : { from, to: new Date() };
  const whole = reportInput.parse({ ...period, query: keys, timeZone: 'Asia/Kolkata' });
  const narrow = reportInput.parse({ ...period, query: `${keys} ${all}`.trim(), timeZone: 'Asia/Kolkata' });
  return {
    rollups: {
      dashboard: await dashboard(deps, actor, whole),
      aging: await aging(deps, actor, whole),
      activity: await userActivity(deps, actor, whole),
    },
    tables: {
      dashboard: await dashboard(deps, actor, narrow),
      aging: await aging(deps, actor, narrow),
      activity: await userActivity(deps, actor, narrow),
    },
  };
}

async function expectAgreement() {
  for (const [actor, keys] of [
    [admin.actor, ''],
    [member.actor, ''],
    [lead.actor, `project:${project.key}`],
  ] as const) {
    for (const endsNow of [false, true]) {
      const { rollups, tables } = await bothWays(actor, keys, endsNow);
      expect(rollups).toEqual(tables);
    }
  }
}

const keys = (await createSome(36)).map((ticket) => ticket.key);

describe('report rollups', () => {
  it('agree with the tickets after creation, and are not all zero', async () => {
    await expectAgreement();
    const report = await dashboard(deps, admin.actor, reportInput.parse({}));
    expect(report.byStatus.open).toBeGreaterThan(20);
    expect(report.overdue).toBeGreaterThan(0);
    expect(report.unassigned).toBeGreaterThan(0);
  });

  it('agree after every kind of change: transitions, edits, assignees, comments, deletes, restores, bulk edits', async () => {
    let made = 0;
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 40; i++) {
        // A refusal (a transition the table forbids after a stale read) changes nothing: also checked.
        if (
          await change(keys).then(
            () => true,
            () => false,
          )
        )
          made++;
      }
      await expectAgreement();
    }
    expect(made).toBeGreaterThan(120);
    await backdatedActivity(
      await Promise.all(keys.slice(0, 12).map((key) => api.getTicket(lead.actor, key).catch(() => null))).then(
        (found) => found.filter((ticket): ticket is Ticket => ticket !== null),
      ),
    );
    await api.deleteTicket(lead.actor, keys[0] ?? '').catch(() => undefined);
    await expectAgreement();
    const activity = await userActivity(
      deps,
      admin.actor,
      reportInput.parse({ from: new Date(Date.now() - 25 * DAY) }),
    );
    expect(activity.rows.reduce((sum, row) => sum + row.transitions + row.comments, 0)).toBeGreaterThan(12);
  });

  it('fold their deltas into one row per key when compacted, with the same numbers', async () => {
    const before = await bothWays(admin.actor, '');
    const deltas = async () =>
      rowsOf<{ n: number }>(
        await db.execute(sql`select (
          (select count(*) from ${ticketCountDeltas}) + (select count(*) from ${openDueDeltas})
          + (select count(*) from ${ticketFlowDeltas}) + (select count(*) from ${activityDeltas}))::int as n`),
      )[0]?.n;
    expect(await deltas()).toBeGreaterThan(0);
    await compactReportRollups(db);
    expect(await deltas()).toBe(0);
    expect(await bothWays(admin.actor, '')).toEqual(before);
    // More changes, then two compactions at once: no count is lost or doubled.
    for (let i = 0; i < 20; i++) await change(keys).catch(() => undefined);
    const changed = await bothWays(admin.actor, '');
    await Promise.all([compactReportRollups(db), compactReportRollups(db)]);
    expect(await deltas()).toBe(0);
    expect(await bothWays(admin.actor, '')).toEqual(changed);
    await expectAgreement();
  });

  it('rebuild from scratch to the same numbers (after a bulk load that ran without triggers)', async () => {
    const before = await bothWays(admin.actor, '');
    await db.execute(sql`delete from ${ticketCounts}`);
    expect((await dashboard(deps, admin.actor, reportInput.parse({}))).byStatus.open).toBe(0);
    await db.execute(sql`select report_rollups_rebuild()`);
    expect(await bothWays(admin.actor, '')).toEqual(before);
  });
});
