import { events, notifications, projectMembers, type WorkflowRunRow } from '@ticketing/db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actor } from '../src/actor.ts';
import { consumeBatch } from '../src/events/consume.ts';
import { inboxConsumer } from '../src/notifications/inbox-consumer.ts';
import { listNotifications } from '../src/notifications/list-notifications.ts';
import { listNotificationsInput } from '../src/notifications/schemas.ts';
import { makeActor } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { runWorkflow } from '../src/workflows/run-workflow-job.ts';
import { createWorkflowInput } from '../src/workflows/schemas.ts';
import { setWorkflowEnabled } from '../src/workflows/set-workflow-enabled.ts';
import { domain, makeTeam } from './support/tickets.ts';
import { makeRule, runsOf, workflowRunner } from './support/workflows.ts';

// The notify action (a rule's message in people's inboxes) and the inbox note a rule's owner gets
// when failures turn it off.
const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);
const runner = await workflowRunner(deps);
const { project, lead, member } = await makeTeam(deps, { key: 'NTF' });
const [ann, bob, cat] = await Promise.all([
  makeActor(db, { role: 'user', name: 'Ann Assignee' }),
  makeActor(db, { role: 'user', name: 'Bob Watcher' }),
  makeActor(db, { role: 'user', name: 'Cat Leaver' }),
]);
await db
  .insert(projectMembers)
  .values(
    [ann, bob, cat].map((person) => ({ projectId: project.id, userId: person.user.id, role: 'member' as const })),
  );

const drainInbox = async () => {
  while ((await consumeBatch(db, inboxConsumer)) > 0) {
    // Drain.
  }
};
await drainInbox();

const inboxOf = async (actor: Actor, input: z.input<typeof listNotificationsInput> = {}) =>
  (await listNotifications(deps, actor, listNotificationsInput.parse(input))).items;
const fromRules = async (actor: Actor) =>
  (await inboxOf(actor)).filter((item) => item.event.type === 'workflow.notified');
const notifiedEvents = () => db.select().from(events).where(eq(events.type, 'workflow.notified'));

describe('the notify action', () => {
  it('puts the filled-in message in the inbox of the watchers, the assignees or the reporter, once', async () => {
    const rule = await makeRule(deps, lead.actor, {
      name: 'Shout',
      projectKey: project.key,
      trigger: { type: 'event', event: 'ticket.created' },
      conditions: 'priority:critical',
      actions: [
        { type: 'notify', to: 'watchers', message: 'Critical: {{ticket.key}} {{ticket.title}} ({{rule.name}})' },
        { type: 'notify', to: 'assignees', message: 'Yours: {{ticket.key}}' },
        { type: 'notify', to: 'reporter', message: 'We saw {{ticket.key}}, {{ticket.reporter}}' },
      ],
    });
    const ticket = await api.createTicket(member.actor, {
      projectKey: project.key,
      title: 'Fire',
      priority: 'critical',
      assigneeIds: [ann.user.id],
    });
    await api.setWatching(bob.actor, ticket.key, true);
    await api.setWatching(cat.actor, ticket.key, true);
    // Cat leaves the project before the rule runs: she is told nothing of it.
    await db.delete(projectMembers).where(eq(projectMembers.userId, cat.user.id));
    await runner.settle();

    const [run] = await runsOf(deps, rule.id);
    expect(run?.outcome).toBe('done');
    expect(run?.actions).toEqual([
      { type: 'notify', after: [member.user.id, ann.user.id, bob.user.id].sort() },
      { type: 'notify', after: [ann.user.id] },
      { type: 'notify', after: [member.user.id] },
    ]);
    const messages = async (actor: Actor) =>
      (await fromRules(actor)).map((item) => {
        const data = item.event.data as { message: string };
        return [item.reason, item.ticket?.key, data.message];
      });
    const shout = `Critical: ${ticket.key} Fire (Shout)`;
    expect(await messages(bob.actor)).toEqual([['automation', ticket.key, shout]]);
    expect((await messages(ann.actor)).sort()).toEqual(
      [
        ['automation', ticket.key, shout],
        ['automation', ticket.key, `Yours: ${ticket.key}`],
      ].sort(),
    );
    expect((await messages(member.actor)).sort()).toEqual(
      [
        ['automation', ticket.key, shout],
        ['automation', ticket.key, `We saw ${ticket.key}, Member Person`],
      ].sort(),
    );
    expect(await fromRules(cat.actor)).toEqual([]);
    const [item] = await fromRules(bob.actor);
    expect(item?.event).toMatchObject({
      project: { key: project.key },
      ticket: { key: ticket.key },
      actor: { kind: 'automation', user: null },
      data: { key: ticket.key, workflowId: rule.id, ruleName: 'Shout', to: 'watchers' },
    });

    // The job again (at least once): nobody is told twice. Nor does the inbox's own consumer add to it.
    if (!run?.eventId) throw new Error('no event');
    await runWorkflow(deps, { workflowId: rule.id, version: 1, eventId: run.eventId });
    await drainInbox();
    const told = await db
      .select({ reason: notifications.reason })
      .from(notifications)
      .where(
        inArray(
          notifications.eventId,
          (await notifiedEvents()).map((event) => event.id),
        ),
      );
    expect(told).toHaveLength(5);
    expect(told.every((row) => row.reason === 'automation')).toBe(true);
    await setWorkflowEnabled(deps, lead.actor, { id: rule.id }, false);
  });

  it('tells no one when there is no one to tell, or when the run fails (it is all or nothing)', async () => {
    const before = (await notifiedEvents()).length;
    const nobody = await makeRule(deps, lead.actor, {
      name: 'Tell assignees',
      projectKey: project.key,
      trigger: { type: 'event', event: 'ticket.created' },
      actions: [{ type: 'notify', to: 'assignees', message: 'Hello' }],
    });
    const failing = await makeRule(deps, lead.actor, {
      name: 'Tell then fail',
      projectKey: project.key,
      trigger: { type: 'event', event: 'ticket.created' },
      actions: [
        { type: 'notify', to: 'reporter', message: 'You will not see this' },
        { type: 'transition', status: 'blocked' },
      ],
    });
    await api.createTicket(member.actor, { projectKey: project.key, title: 'Nobody assigned' });
    await runner.settle();
    const outcome = (runs: WorkflowRunRow[]) => runs.map((run) => [run.outcome, run.actions, run.error]);
    expect(outcome(await runsOf(deps, nobody.id))).toEqual([
      ['done', [{ type: 'notify', skipped: 'no assignees to notify' }], null],
    ]);
    expect(outcome(await runsOf(deps, failing.id))).toEqual([
      ['failed', [], expect.stringMatching(/cannot move from open to blocked/)],
    ]);
    expect(await notifiedEvents()).toHaveLength(before);
    await setWorkflowEnabled(deps, lead.actor, { id: nobody.id }, false);
    await setWorkflowEnabled(deps, lead.actor, { id: failing.id }, false);
  });

  it('tells the people it names, of those who may read the project, and names them only with `to: users`', async () => {
    expect(
      createWorkflowInput
        .safeParse({
          name: 'Bad',
          trigger: { type: 'event', event: 'ticket.created' },
          actions: [{ type: 'notify', to: 'users', message: 'Hi' }],
        })
        .error?.issues.map((issue) => issue.path.join('.')),
    ).toEqual(['actions.0.userIds']);
    const outsider = await makeActor(db, { role: 'user', name: 'Olga Outsider' });
    const named = await makeRule(deps, lead.actor, {
      name: 'Tell Bob',
      projectKey: project.key,
      trigger: { type: 'event', event: 'ticket.created' },
      conditions: 'priority:high',
      actions: [
        { type: 'notify', to: 'users', userIds: [bob.user.id, outsider.user.id], message: 'Look: {{ticket.key}}' },
      ],
    });
    const ticket = await api.createTicket(member.actor, { projectKey: project.key, title: 'Named', priority: 'high' });
    await runner.settle();
    const [run] = await runsOf(deps, named.id);
    expect(run?.actions).toEqual([{ type: 'notify', after: [bob.user.id] }]);
    expect((await fromRules(bob.actor)).map((item) => item.event.data)).toContainEqual(
      expect.objectContaining({ to: 'users', message: `Look: ${ticket.key}` }),
    );
    expect(await fromRules(outsider.actor)).toEqual([]);
    await setWorkflowEnabled(deps, lead.actor, { id: named.id }, false);
  });
});

describe('a rule turned off by its failures', () => {
  it('is reported to its owner in the inbox, once', async () => {
    const rule = await makeRule(deps, lead.actor, {
      name: 'Always fails',
      projectKey: project.key,
      trigger: { type: 'event', event: 'ticket.created' },
      actions: [{ type: 'transition', status: 'blocked' }],
    });
    for (let n = 0; n < 12; n++)
      await api.createTicket(member.actor, { projectKey: project.key, title: `Doomed ${n}` });
    await runner.settle();
    const runs = await runsOf(deps, rule.id);
    expect(runs.filter((run) => run.outcome === 'failed')).toHaveLength(10);
    // The two after it was turned off did nothing, and told no one again.
    expect(runs.filter((run) => run.outcome === 'not_matched').map((run) => run.reason)).toEqual([
      'The rule was turned off before it ran',
      'The rule was turned off before it ran',
    ]);
    const told = (await inboxOf(lead.actor)).filter((item) => item.reason === 'rule_disabled');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      read: false,
      ticket: null,
      event: {
        type: 'workflow.disabled',
        project: { key: project.key },
        actor: { kind: 'system', user: null },
        data: { workflowId: rule.id, name: 'Always fails', failures: 10 },
      },
    });
    // Nobody else hears of it.
    expect(
      await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.reason, 'rule_disabled'), eq(notifications.userId, member.user.id))),
    ).toEqual([]);
    // Turned on again, it starts from no failures.
    expect(await setWorkflowEnabled(deps, lead.actor, { id: rule.id }, true)).toMatchObject({ enabled: true });
    await setWorkflowEnabled(deps, lead.actor, { id: rule.id }, false);
  });
});
