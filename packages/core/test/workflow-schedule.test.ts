import { comments, events, jobs, notifications, tickets, users, workflowRuns, workflows } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { makeActor, makeProject } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { dryRunInput, dryRunWorkflow } from '../src/workflows/dry-run-workflow.ts';
import { nextRunAt } from '../src/workflows/next-run-at.ts';
import { runOnTicket } from '../src/workflows/run-on-ticket.ts';
import { runScheduledWorkflow } from '../src/workflows/run-scheduled-workflow-job.ts';
import { latestSlot, scheduleDueWorkflows } from '../src/workflows/schedule-workflows-job.ts';
import { definitionSchema, updateWorkflowInput } from '../src/workflows/schemas.ts';
import { setWorkflowEnabled } from '../src/workflows/set-workflow-enabled.ts';
import { updateWorkflow } from '../src/workflows/update-workflow.ts';
import { domain, makeTeam } from './support/tickets.ts';
import { makeRule, runsOf, workflowRunner } from './support/workflows.ts';

// Scheduled rules: when they are due, the scheduler that claims them, and their runs over the
// tickets their conditions select. Time is the test's: the scheduler is handed "now".
const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);
const note = concurrencyNote(deps.connection.kind);
const runner = await workflowRunner(deps);
const { project, lead, member } = await makeTeam(deps, { key: 'SCH' });
const admin = await makeActor(db, { role: 'admin', name: 'Admin Person' });
// A project the lead is no member of.
const elsewhere = await makeProject(deps, admin.actor, { key: 'ELSE' });

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const later = (date: Date | null, ms: number) => new Date((date?.getTime() ?? Number.NaN) + ms);
const disable = (...ids: string[]) =>
  db.update(workflows).set({ enabled: false, nextRunAt: null }).where(inArray(workflows.id, ids));
const nextRunOf = async (id: string) =>
  (await db.select({ nextRunAt: workflows.nextRunAt }).from(workflows).where(eq(workflows.id, id)))[0]?.nextRunAt;
const jobsOf = async (id: string) =>
  (await runner.scheduledJobs()).filter((job) => job.payload.workflowId === id).map((job) => job.payload);

/** A ticket as the test wants it: in a status, last touched some time ago. */
async function ticketIn(
  projectKey: string,
  title: string,
  options: { status?: 'in_progress' | 'blocked'; untouchedMs?: number; labels?: string[] } = {},
) {
  let ticket = await api.createTicket(admin.actor, { projectKey, title, labels: options.labels ?? [] });
  // Blocked is reached through in progress, as the table has it.
  for (const status of options.status === 'blocked' ? (['in_progress', 'blocked'] as const) : [options.status]) {
    if (!status) continue;
    ticket = await api.transitionTicket(admin.actor, { key: ticket.key, version: ticket.version, status });
  }
  if (options.untouchedMs) {
    await db
      .update(tickets)
      .set({ updatedAt: new Date(Date.now() - options.untouchedMs) })
      .where(eq(tickets.id, ticket.id));
  }
  return ticket;
}

/** Claims the rule's next slot as the scheduler would once it is due, and carries its runs out. */
async function runSlot(id: string) {
  const slot = await nextRunOf(id);
  await scheduleDueWorkflows(deps, later(slot ?? null, 1000));
  await runner.settle();
  return slot;
}

describe('a scheduled rule', () => {
  it('is due from when it is turned on or edited, and never while off or triggered by events', async () => {
    const before = Date.now();
    const rule = await makeRule(deps, lead.actor, {
      name: 'Half-hourly',
      projectKey: project.key,
      trigger: { type: 'schedule', every: '30m' },
      conditions: 'label:never-there',
      actions: [{ type: 'addLabels', labels: ['seen'] }],
    });
    const after = Date.now();
    expect(rule.nextRunAt?.getTime()).toBeGreaterThanOrEqual(before + 30 * MINUTE);
    expect(rule.nextRunAt?.getTime()).toBeLessThanOrEqual(after + 30 * MINUTE);

    expect((await setWorkflowEnabled(deps, lead.actor, { id: rule.id }, false)).nextRunAt).toBeNull();
    const enabledAt = Date.now();
    const enabled = await setWorkflowEnabled(deps, lead.actor, { id: rule.id }, true);
    expect(enabled.nextRunAt?.getTime()).toBeGreaterThanOrEqual(enabledAt + 30 * MINUTE);

    // An edit to a time of day: the next such time in the zone.
    const trigger = { type: 'schedule' as const, at: '09:00', days: ['mon' as const], timeZone: 'Europe/Berlin' };
    const editedAt = new Date();
    const daily = await updateWorkflow(
      deps,
      lead.actor,
      updateWorkflowInput.parse({ id: rule.id, version: 1, trigger }),
    );
    expect(daily.nextRunAt).toEqual(nextRunAt(trigger, editedAt));
    expect(daily.nextRunAt?.getTime()).toBeGreaterThan(editedAt.getTime());

    // Edited while off: still due never; an event trigger is never due.
    await setWorkflowEnabled(deps, lead.actor, { id: rule.id }, false);
    const off = await updateWorkflow(deps, lead.actor, updateWorkflowInput.parse({ id: rule.id, version: 2, trigger }));
    expect(off.nextRunAt).toBeNull();
    const onEvents = await updateWorkflow(
      deps,
      lead.actor,
      updateWorkflowInput.parse({ id: rule.id, version: 3, trigger: { type: 'event', event: 'ticket.created' } }),
    );
    expect((await setWorkflowEnabled(deps, lead.actor, { id: onEvents.id }, true)).nextRunAt).toBeNull();
    await disable(rule.id);
  });

  it(`is claimed for each slot exactly once however many schedulers look, and moves on${note}`, async () => {
    const rule = await makeRule(deps, lead.actor, {
      name: 'Hourly',
      projectKey: project.key,
      trigger: { type: 'schedule', every: '1h' },
      conditions: 'label:never-there',
      actions: [{ type: 'addLabels', labels: ['seen'] }],
    });
    const slot = rule.nextRunAt;
    if (!slot) throw new Error('not scheduled');
    expect(await scheduleDueWorkflows(deps, later(slot, -1000))).toBe(0);
    expect(await jobsOf(rule.id)).toEqual([]);

    // Two server processes at once, each with its own connection.
    const other = await deps.connection.reopen();
    await Promise.all([
      scheduleDueWorkflows(deps, later(slot, 1000)),
      scheduleDueWorkflows({ ...deps, db: other.db }, later(slot, 1000)),
    ]);
    expect(await jobsOf(rule.id)).toEqual([
      { workflowId: rule.id, version: 1, scheduledAt: slot.toISOString(), part: 1 },
    ]);
    expect(await nextRunOf(rule.id)).toEqual(later(slot, 60 * MINUTE));
    // The claim is no edit: the rule's updatedAt stays when it was turned on.
    const [row] = await db.select({ updatedAt: workflows.updatedAt }).from(workflows).where(eq(workflows.id, rule.id));
    expect(row?.updatedAt).toEqual(rule.updatedAt);

    // Schedulers that were away for five hours: one run, for the latest slot that came, then on the hour.
    await scheduleDueWorkflows(deps, later(slot, 5 * 60 * MINUTE + 1000));
    expect((await jobsOf(rule.id)).map((job) => job.scheduledAt)).toEqual([
      slot.toISOString(),
      later(slot, 5 * 60 * MINUTE).toISOString(),
    ]);
    expect(await nextRunOf(rule.id)).toEqual(later(slot, 6 * 60 * MINUTE));
    await runner.settle();
    await disable(rule.id);
  });

  it('missed for weeks at a time of day, runs once for the latest slot that came, and its run log says so', async () => {
    const marked = await ticketIn(project.key, 'Latest slot', { labels: ['latest-slot'] });
    const trigger = {
      type: 'schedule' as const,
      at: '09:00',
      days: ['mon' as const, 'thu' as const],
      timeZone: 'Europe/Berlin',
    };
    const rule = await makeRule(deps, lead.actor, {
      name: 'Mondays and Thursdays',
      projectKey: project.key,
      trigger,
      conditions: 'label:latest-slot',
      actions: [{ type: 'addLabels', labels: ['seen'] }],
    });
    const first = rule.nextRunAt;
    if (!first) throw new Error('not scheduled');
    expect(latestSlot(trigger, first, later(first, 1000))).toEqual(first);
    // Away for 17 days: the slots that came, one after another.
    const now = later(first, 17 * DAY + 1000);
    const came = [first];
    for (let slot = nextRunAt(trigger, first); slot.getTime() <= now.getTime(); slot = nextRunAt(trigger, slot)) {
      came.push(slot);
    }
    const latest = came.at(-1);
    expect(came.length).toBeGreaterThanOrEqual(4);
    expect(latestSlot(trigger, first, now)).toEqual(latest);

    await scheduleDueWorkflows(deps, now);
    expect((await jobsOf(rule.id)).map((job) => job.scheduledAt)).toEqual([latest?.toISOString()]);
    expect(await nextRunOf(rule.id)).toEqual(nextRunAt(trigger, now));
    await runner.settle();
    expect((await runsOf(deps, rule.id)).map((run) => [run.ticketId, run.scheduledAt, run.outcome])).toEqual([
      [marked.id, latest, 'done'],
    ]);
    await disable(rule.id);
  });

  it('closes the tickets its conditions select, each in a run of its own, once however often the job runs', async () => {
    const stale = await ticketIn(project.key, 'Stale', { status: 'in_progress', untouchedMs: 15 * DAY });
    const staleToo = await ticketIn(project.key, 'Stale too', { status: 'in_progress', untouchedMs: 20 * DAY });
    const fresh = await ticketIn(project.key, 'Fresh', { status: 'in_progress', untouchedMs: 2 * DAY });
    const open = await ticketIn(project.key, 'Open and old', { untouchedMs: 30 * DAY });
    const theirs = await ticketIn(elsewhere.key, 'Not this project', { status: 'in_progress', untouchedMs: 30 * DAY });
    const rule = await makeRule(deps, lead.actor, {
      name: 'Close stale',
      projectKey: project.key,
      trigger: { type: 'schedule', at: '03:00', timeZone: 'Europe/Berlin' },
      conditions: 'status:in_progress updated<-14d',
      actions: [
        { type: 'transition', status: 'closed' },
        { type: 'comment', body: 'Closed by {{rule.name}}: no activity on {{ticket.key}} for 14 days' },
      ],
    });
    // As a process killed mid-run leaves it: the first ticket's run committed, the rest not started.
    const slot = rule.nextRunAt;
    if (!slot) throw new Error('not scheduled');
    const definition = definitionSchema.parse({ ...rule });
    const done = await runOnTicket(deps, {
      rule: { id: rule.id, version: 1, name: rule.name, definition, owner: { id: lead.user.id, role: 'user' } },
      ticketId: stale.id,
      projectId: project.id,
      cause: { scheduledAt: slot },
      depth: 1,
    });
    expect(done).toBe('done');
    // The job for the slot, retried: the second ticket only.
    expect(await runSlot(rule.id)).toEqual(slot);

    const status = async (key: string) => (await api.getTicket(admin.actor, key)).status;
    expect([await status(stale.key), await status(staleToo.key)]).toEqual(['closed', 'closed']);
    expect([await status(fresh.key), await status(open.key), await status(theirs.key)]).toEqual([
      'in_progress',
      'open',
      'in_progress',
    ]);
    const said = await db
      .select({ ticketId: comments.ticketId, body: comments.body })
      .from(comments)
      .where(inArray(comments.ticketId, [stale.id, staleToo.id]));
    expect(said.map((comment) => comment.body).sort()).toEqual(
      [stale, staleToo].map((ticket) => `Closed by Close stale: no activity on ${ticket.key} for 14 days`).sort(),
    );
    const runs = await runsOf(deps, rule.id);
    expect(runs.map((run) => [run.ticketId, run.outcome, run.eventId, run.scheduledAt, run.depth]).sort()).toEqual(
      [
        [stale.id, 'done', null, slot, 1],
        [staleToo.id, 'done', null, slot, 1],
      ].sort(),
    );
    expect(runs[0]?.actions).toEqual([
      { type: 'transition', before: 'in_progress', after: 'closed' },
      { type: 'comment', after: expect.any(String) },
    ]);

    // The same job once more (at least once): nothing twice.
    const [job] = await jobsOf(rule.id);
    if (!job) throw new Error('no job');
    await runScheduledWorkflow(deps, job);
    expect(await runsOf(deps, rule.id)).toHaveLength(2);
    expect(
      await db
        .select({ id: comments.id })
        .from(comments)
        .where(inArray(comments.ticketId, [stale.id, staleToo.id])),
    ).toHaveLength(2);
    // The next slot finds nothing left to close.
    await runSlot(rule.id);
    expect(await runsOf(deps, rule.id)).toHaveLength(2);
    await disable(rule.id);
  });

  it('takes the tickets a job at a time, the rest in follow-ups of the same slot', async () => {
    const batch = await Promise.all(
      Array.from({ length: 5 }, (_, n) => ticketIn(project.key, `Batch ${n}`, { labels: ['batch'] })),
    );
    const rule = await makeRule(deps, lead.actor, {
      name: 'Mark batch',
      projectKey: project.key,
      trigger: { type: 'schedule', every: '1h' },
      conditions: 'label:batch',
      actions: [{ type: 'addLabels', labels: ['seen'] }],
    });
    await scheduleDueWorkflows(deps, later(rule.nextRunAt, 1000));
    await runner.skipQueued();
    const perJob = 2;
    for (let part = 1; part <= 3; part++) {
      const job = (await jobsOf(rule.id)).find((payload) => payload.part === part);
      if (!job) throw new Error(`no part ${part}`);
      await runScheduledWorkflow(deps, job, { perJob });
      expect(await runsOf(deps, rule.id)).toHaveLength(Math.min(part * perJob, 5));
    }
    // Three jobs took the five tickets; no fourth.
    expect((await jobsOf(rule.id)).map((job) => job.part)).toEqual([1, 2, 3]);
    for (const ticket of batch)
      expect((await api.getTicket(admin.actor, ticket.key)).labels).toEqual(['batch', 'seen']);
    await runner.skipQueued();
    await runner.settle();
    await disable(rule.id);
  });

  it('of every project (a global rule) acts where its owner can see, and starts chains at depth 1', async () => {
    const here = await ticketIn(project.key, 'Global here', { labels: ['everywhere'] });
    const there = await ticketIn(elsewhere.key, 'Global there', { labels: ['everywhere'] });
    const global = await makeRule(deps, admin.actor, {
      name: 'Everywhere',
      trigger: { type: 'schedule', every: '15m' },
      conditions: 'label:everywhere',
      actions: [{ type: 'setPriority', priority: 'high' }],
    });
    // An event rule that takes changes made by rules: it runs one step down the chain.
    const follower = await makeRule(deps, lead.actor, {
      name: 'Follow',
      projectKey: project.key,
      trigger: { type: 'event', event: 'ticket.updated', fields: ['priority'] },
      actions: [{ type: 'addLabels', labels: ['followed'] }],
      allowRuleTrigger: true,
    });
    await runSlot(global.id);
    expect((await api.getTicket(admin.actor, here.key)).priority).toBe('high');
    expect((await api.getTicket(admin.actor, there.key)).priority).toBe('high');
    expect((await runsOf(deps, follower.id)).map((run) => [run.ticketId, run.depth, run.outcome])).toEqual([
      [here.id, 2, 'done'],
    ]);
    expect((await api.getTicket(admin.actor, here.key)).labels).toEqual(['everywhere', 'followed']);
    await disable(global.id, follower.id);
  });

  it('sweeps past tickets that cannot make its move: not applying to them, it is never turned off by them', async () => {
    // The reviewer's "close stale" rule: blocked tickets cannot be closed (blocked → in_progress, open only).
    const blocked = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        ticketIn(project.key, `Stale blocked ${n}`, { status: 'blocked', untouchedMs: 20 * DAY, labels: ['sweep'] }),
      ),
    );
    const working = await ticketIn(project.key, 'Stale in progress', {
      status: 'in_progress',
      untouchedMs: 20 * DAY,
      labels: ['sweep'],
    });
    const rule = await makeRule(deps, lead.actor, {
      name: 'Close stale sweep',
      projectKey: project.key,
      trigger: { type: 'schedule', every: '1h' },
      conditions: 'label:sweep updated<-14d',
      actions: [
        { type: 'transition', status: 'closed' },
        { type: 'comment', body: 'Closed by {{rule.name}}' },
      ],
    });
    const slot = await runSlot(rule.id);
    expect((await api.getTicket(admin.actor, working.key)).status).toBe('closed');
    for (const ticket of blocked) expect((await api.getTicket(admin.actor, ticket.key)).status).toBe('blocked');
    const said = await db
      .select({ id: comments.id })
      .from(comments)
      .where(
        inArray(
          comments.ticketId,
          blocked.map((ticket) => ticket.id),
        ),
      );
    expect(said).toEqual([]);
    const runs = await runsOf(deps, rule.id);
    expect(runs.filter((run) => run.outcome === 'done').map((run) => [run.ticketId, run.scheduledAt])).toEqual([
      [working.id, slot],
    ]);
    const skipped = runs.filter((run) => run.outcome === 'not_matched');
    expect(skipped.map((run) => run.ticketId).sort()).toEqual(blocked.map((ticket) => ticket.id).sort());
    expect(skipped.map((run) => [run.reason, run.actions])).toEqual(
      blocked.map(() => [
        'A ticket cannot move from blocked to closed (the transition table allows blocked → in_progress, open)',
        [],
      ]),
    );
    const ruleRow = async () =>
      (
        await db
          .select({ enabled: workflows.enabled, failures: workflows.failures, nextRunAt: workflows.nextRunAt })
          .from(workflows)
          .where(eq(workflows.id, rule.id))
      )[0];
    expect(await ruleRow()).toMatchObject({ enabled: true, failures: 0 });
    // Slot after slot, only the blocked ones are left: the rule stays on, its failures at none.
    for (let n = 0; n < 10; n++) await runSlot(rule.id);
    expect(await ruleRow()).toMatchObject({ enabled: true, failures: 0 });
    expect((await runsOf(deps, rule.id)).filter((run) => run.outcome === 'not_matched')).toHaveLength(110);
    await disable(rule.id);
  });

  it('counts one failure a slot however many of its tickets fail, starts again after a slot that acts, and is turned off by its tenth failed slot', async () => {
    // Reported by someone outside the project: giving each its reporter fails (not a member).
    await Promise.all(
      Array.from({ length: 12 }, (_, n) => ticketIn(project.key, `Doomed ${n}`, { labels: ['doomed'] })),
    );
    const rule = await makeRule(deps, lead.actor, {
      name: 'Impossible schedule',
      projectKey: project.key,
      trigger: { type: 'schedule', every: '1h' },
      conditions: 'label:doomed -label:handled',
      actions: [
        { type: 'addLabels', labels: ['handled'] },
        { type: 'assign', assignee: { kind: 'reporter' } },
      ],
    });
    const ruleRow = async () =>
      (
        await db
          .select({ enabled: workflows.enabled, failures: workflows.failures, nextRunAt: workflows.nextRunAt })
          .from(workflows)
          .where(eq(workflows.id, rule.id))
      )[0];
    const slotRows = async () => (await runsOf(deps, rule.id)).filter((run) => run.ticketId === null);

    const slot = await runSlot(rule.id);
    const runs = await runsOf(deps, rule.id);
    expect(runs.filter((run) => run.ticketId !== null).map((run) => run.outcome)).toEqual(
      Array.from({ length: 12 }, () => 'failed'),
    );
    expect(runs.find((run) => run.ticketId !== null)?.error).toMatch(/not a member of this project/);
    // The slot's own row says it counted once; twelve failed tickets are one failure, not a rule turned off.
    expect(await slotRows()).toEqual([
      expect.objectContaining({
        outcome: 'failed',
        scheduledAt: slot,
        error: expect.stringMatching(/^All 12 runs of this slot failed; the last: Cannot assign: .*not a member/),
      }),
    ]);
    expect(await ruleRow()).toMatchObject({ enabled: true, failures: 1 });
    // No half-done action: the label of a failed run went with it.
    const handled = await api.listTickets(admin.actor, { projectKeys: project.key, label: 'handled' });
    expect(handled.items).toEqual([]);

    // The slot's job once more (at least once): no ticket twice, no second failure.
    const [job] = await jobsOf(rule.id);
    if (!job) throw new Error('no job');
    await runScheduledWorkflow(deps, job);
    expect(await runsOf(deps, rule.id)).toHaveLength(13);
    expect(await ruleRow()).toMatchObject({ enabled: true, failures: 1 });

    // A slot where one ticket's run acts (its reporter is the lead): the failures in a row start again.
    const fine = await api.createTicket(lead.actor, {
      projectKey: project.key,
      title: 'Doomed not',
      labels: ['doomed'],
    });
    await runSlot(rule.id);
    expect(await ruleRow()).toMatchObject({ enabled: true, failures: 0 });
    expect((await api.getTicket(admin.actor, fine.key)).assignees.map((person) => person.id)).toEqual([lead.user.id]);
    expect(await slotRows()).toHaveLength(1);

    // Nine failed slots in a row leave it on; the tenth turns it off.
    for (let n = 0; n < 9; n++) await runSlot(rule.id);
    expect(await ruleRow()).toMatchObject({ enabled: true, failures: 9 });
    await runSlot(rule.id);
    expect(await ruleRow()).toMatchObject({ enabled: false, failures: 10, nextRunAt: null });
    expect(await slotRows()).toHaveLength(11);
    const told = await db
      .select({ reason: notifications.reason, type: events.type, data: events.data })
      .from(notifications)
      .innerJoin(events, eq(events.id, notifications.eventId))
      .where(and(eq(notifications.userId, lead.user.id), eq(notifications.reason, 'rule_disabled')));
    expect(told).toEqual([
      {
        reason: 'rule_disabled',
        type: 'workflow.disabled',
        data: {
          workflowId: rule.id,
          name: 'Impossible schedule',
          failures: 10,
          lastError: expect.stringMatching(/^All 12 runs of this slot failed; the last: Cannot assign/),
        },
      },
    ]);
  });

  it('whose owner is deactivated fails once a slot, however often the job of the slot is delivered', async () => {
    const leaving = await makeActor(db, { role: 'admin', name: 'Leaving Admin' });
    const rule = await makeRule(deps, leaving.actor, {
      name: 'Orphaned',
      projectKey: project.key,
      trigger: { type: 'schedule', every: '1h' },
      actions: [{ type: 'addLabels', labels: ['orphaned'] }],
    });
    await db.update(users).set({ active: false }).where(eq(users.id, leaving.user.id));
    const slot = rule.nextRunAt;
    if (!slot) throw new Error('not scheduled');
    await scheduleDueWorkflows(deps, later(slot, 1000));
    await runner.skipQueued();
    const [job] = await jobsOf(rule.id);
    if (!job) throw new Error('no job');
    await runScheduledWorkflow(deps, job);
    await runScheduledWorkflow(deps, job);
    const failures = async () =>
      (await db.select({ failures: workflows.failures }).from(workflows).where(eq(workflows.id, rule.id)))[0]?.failures;
    expect((await runsOf(deps, rule.id)).map((run) => [run.ticketId, run.scheduledAt, run.outcome, run.error])).toEqual(
      [[null, slot, 'failed', "The rule's owner is deactivated"]],
    );
    expect(await failures()).toBe(1);
    // The next slot is a failure of its own.
    await runSlot(rule.id);
    expect(await runsOf(deps, rule.id)).toHaveLength(2);
    expect(await failures()).toBe(2);
    await disable(rule.id);
  });

  it("reckons its conditions' days in its schedule's zone, when it picks tickets and when it runs on each", async () => {
    // A zone whose date is not UTC's now: Kiritimati (UTC+14) from 10:00 UTC, Pago Pago (UTC−11) before.
    const zone = new Date().getUTCHours() >= 10 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
    // Not in the zone's last minute before midnight: the test's day must stay the zone's today throughout.
    const clock = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', timeStyle: 'medium' });
    const [hours = 0, minutes = 0, seconds = 0] = clock.format(new Date()).split(':').map(Number);
    const leftToday = 86_400 - (hours * 3600 + minutes * 60 + seconds);
    if (leftToday < 60) await new Promise((resolve) => setTimeout(resolve, (leftToday + 1) * 1000));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
    const due = await api.createTicket(admin.actor, {
      projectKey: project.key,
      title: `Due today in ${zone}`,
      labels: ['zoned'],
      dueDate: today,
    });
    const definition = {
      projectKey: project.key,
      trigger: { type: 'schedule' as const, every: '1h', timeZone: zone },
      conditions: 'label:zoned due:today',
      actions: [{ type: 'addLabels' as const, labels: ['zoned-seen'] }],
    };
    const tried = await dryRunWorkflow(deps, lead.actor, dryRunInput.parse({ name: 'Zoned', ...definition }));
    const rule = await makeRule(deps, lead.actor, { name: 'Zoned', ...definition });
    await runSlot(rule.id);
    expect(tried.map((run) => [run.ticketKey, run.matched, run.reason])).toEqual([[due.key, true, null]]);
    expect((await runsOf(deps, rule.id)).map((run) => [run.ticketId, run.outcome])).toEqual([[due.id, 'done']]);
    expect((await api.getTicket(admin.actor, due.key)).labels).toEqual(['zoned', 'zoned-seen']);
    await disable(rule.id);
  });

  it('can be tried first: the tickets it would touch and what it would do, writing nothing', async () => {
    const old = await ticketIn(project.key, 'Try old', { status: 'in_progress', untouchedMs: 40 * DAY });
    const stuck = await ticketIn(project.key, 'Try stuck', { status: 'blocked', untouchedMs: 40 * DAY });
    const count = async () => ({
      events: (await db.select({ n: sql<number>`count(*)::int` }).from(events))[0]?.n,
      comments: (await db.select({ n: sql<number>`count(*)::int` }).from(comments))[0]?.n,
      runs: (await db.select({ n: sql<number>`count(*)::int` }).from(workflowRuns))[0]?.n,
      jobs: (await db.select({ n: sql<number>`count(*)::int` }).from(jobs))[0]?.n,
    });
    const before = await count();
    const tried = await dryRunWorkflow(
      deps,
      lead.actor,
      dryRunInput.parse({
        name: 'Would close',
        projectKey: project.key,
        trigger: { type: 'schedule', every: '1h' },
        conditions: 'status:in_progress,blocked updated<-30d',
        actions: [
          { type: 'transition', status: 'closed' },
          { type: 'notify', to: 'reporter', message: '{{ticket.key}} would close' },
        ],
      }),
    );
    // The blocked ticket is passed over with the table's reason, as the real run does.
    expect(tried.sort((a, b) => a.ticketKey.localeCompare(b.ticketKey))).toEqual(
      [
        {
          eventId: null,
          eventType: 'schedule',
          ticketKey: old.key,
          matched: true,
          reason: null,
          actions: [
            { type: 'transition', before: 'in_progress', after: 'closed' },
            { type: 'notify', after: [admin.user.id] },
          ],
          error: null,
        },
        {
          eventId: null,
          eventType: 'schedule',
          ticketKey: stuck.key,
          matched: false,
          reason: expect.stringMatching(/cannot move from blocked to closed/),
          actions: [],
          error: null,
        },
      ].sort((a, b) => a.ticketKey.localeCompare(b.ticketKey)),
    );
    expect(await count()).toEqual(before);
    expect((await api.getTicket(admin.actor, old.key)).status).toBe('in_progress');
    // A member who does not run the project cannot try one.
    await expect(
      dryRunWorkflow(
        deps,
        member.actor,
        dryRunInput.parse({
          name: 'No',
          projectKey: project.key,
          trigger: { type: 'schedule', every: '1h' },
          actions: [{ type: 'addLabels', labels: ['x'] }],
        }),
      ),
    ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
  });
});
