import { jobs, projectMembers, webhookDeliveries, workflows } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { makeActor, makeDepartment, makeProject } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { createWebhook } from '../src/webhooks/create-webhook.ts';
import { createWebhookInput } from '../src/webhooks/schemas.ts';
import { deleteWorkflow } from '../src/workflows/delete-workflow.ts';
import { listWorkflows, MAX_LISTED_WORKFLOWS } from '../src/workflows/list-workflows.ts';
import { runWorkflow } from '../src/workflows/run-workflow-job.ts';
import { createWorkflowInput, updateWorkflowInput } from '../src/workflows/schemas.ts';
import { setWorkflowEnabled } from '../src/workflows/set-workflow-enabled.ts';
import { updateWorkflow } from '../src/workflows/update-workflow.ts';
import { domain, makeTeam } from './support/tickets.ts';
import { makeRule, runsOf, workflowRunner } from './support/workflows.ts';

// The actions and event triggers not seen at work in workflow-runs.test.ts, round-robin assignment,
// the rule named in the ticket's history, and the list of rules.
const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);
const note = concurrencyNote(deps.connection.kind);
const runner = await workflowRunner(deps);
const { project, lead, member, viewer } = await makeTeam(deps, { key: 'ACT' });
const turnOff = (id: string) => setWorkflowEnabled(deps, lead.actor, { id }, false);

describe('rule actions', () => {
  it('set the department and due date, remove labels, assign the reporter, unassign, send to a webhook', async () => {
    const department = await makeDepartment(db, { name: 'Facilities' });
    const webhook = await createWebhook(
      deps,
      lead.actor,
      createWebhookInput.parse({
        key: project.key,
        url: 'https://hooks.example.com/rules',
        eventTypes: ['ticket.deleted'],
      }),
    );
    const rule = await makeRule(deps, lead.actor, {
      name: 'Everything',
      projectKey: project.key,
      trigger: { type: 'event', event: 'ticket.created' },
      conditions: 'label:sink',
      actions: [
        { type: 'setDepartment', departmentId: department.id },
        { type: 'setDueDate', inDays: 3 },
        { type: 'removeLabels', labels: ['sink'] },
        { type: 'unassign', userId: viewer.user.id },
        { type: 'assign', assignee: { kind: 'reporter' } },
        { type: 'webhook', webhookId: webhook.id },
      ],
    });
    const ticket = await api.createTicket(member.actor, {
      projectKey: project.key,
      title: 'Kitchen sink',
      labels: ['sink', 'keep'],
      assigneeIds: [viewer.user.id, lead.user.id],
    });
    const startedAt = Date.now();
    await runner.settle();
    const after = await api.getTicket(lead.actor, ticket.key);
    const dueDays = [0, 1].map((late) => new Date(startedAt + (3 + late) * 86_400_000).toISOString().slice(0, 10));
    expect(after.departmentId).toBe(department.id);
    expect(dueDays).toContain(after.dueDate);
    expect(after.labels).toEqual(['keep']);
    expect(after.assignees.map((person) => person.id).sort()).toEqual([lead.user.id, member.user.id].sort());
    const [run] = await runsOf(deps, rule.id);
    expect(run?.actions).toEqual([
      { type: 'setDepartment', before: null, after: department.id },
      { type: 'setDueDate', before: null, after: after.dueDate },
      { type: 'removeLabels', before: ['keep', 'sink'], after: ['keep'] },
      { type: 'unassign', before: expect.arrayContaining([viewer.user.id]), after: [lead.user.id] },
      { type: 'assign', before: [lead.user.id], after: [lead.user.id, member.user.id] },
      { type: 'webhook', after: expect.any(String) },
    ]);
    // The event that started the run, to the webhook (whatever types it takes), once, as a job.
    const deliveries = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhook.id));
    expect(deliveries.map((delivery) => delivery.eventId)).toEqual([run?.eventId]);
    const queued = await db.select().from(jobs).where(eq(jobs.queue, 'webhooks.deliver'));
    expect(queued.map((job) => job.payload)).toEqual([{ deliveryId: deliveries[0]?.id }]);
    await turnOff(rule.id);
  });
});

describe('rule triggers', () => {
  it('fire on an assignment and on a comment', async () => {
    const onAssigned = await makeRule(deps, lead.actor, {
      name: 'On assign',
      projectKey: project.key,
      trigger: { type: 'event', event: 'ticket.assigned' },
      actions: [{ type: 'addLabels', labels: ['was-assigned'] }],
    });
    const onComment = await makeRule(deps, lead.actor, {
      name: 'On comment',
      projectKey: project.key,
      trigger: { type: 'event', event: 'comment.added' },
      conditions: 'priority:low',
      actions: [{ type: 'setPriority', priority: 'medium' }],
    });
    const ticket = await api.createTicket(member.actor, {
      projectKey: project.key,
      title: 'Triggers',
      priority: 'low',
    });
    await runner.settle();
    expect(await runsOf(deps, onAssigned.id)).toEqual([]);
    const assigned = await api.assignTicket(lead.actor, {
      key: ticket.key,
      version: ticket.version,
      assigneeIds: [member.user.id],
    });
    await api.addComment(member.actor, { key: ticket.key, body: 'Any news?' });
    await runner.settle();
    const now = await api.getTicket(lead.actor, ticket.key);
    expect(now.labels).toEqual(['was-assigned']);
    expect(now.priority).toBe('medium');
    expect((await runsOf(deps, onAssigned.id)).map((run) => run.outcome)).toEqual(['done']);
    expect((await runsOf(deps, onComment.id)).map((run) => run.outcome)).toEqual(['done']);
    expect(assigned.version).toBeLessThan(now.version);
    await turnOff(onAssigned.id);
    await turnOff(onComment.id);
  });
});

describe('round-robin assignment', () => {
  const people = async (count: number) =>
    Promise.all(Array.from({ length: count }, (_, n) => makeActor(db, { role: 'user', name: `Agent ${n}` })));

  it('goes round the role in turn, whatever else the runs did, taking in who joins and leaving out who left', async () => {
    const agents = await people(3);
    const team = await makeProject(deps, lead.actor, {
      key: 'RR',
      members: [...agents.map((agent) => ({ userId: agent.user.id, role: 'member' as const }))],
    });
    const inTurn = agents.map((agent) => agent.user.id).sort();
    const rule = await makeRule(deps, lead.actor, {
      name: 'In turn',
      projectKey: team.key,
      trigger: { type: 'event', event: 'ticket.created' },
      conditions: '-label:skip',
      actions: [{ type: 'assign', assignee: { kind: 'roundRobin', role: 'member' } }],
    });
    const assigneeOf = async (key: string) => (await api.getTicket(lead.actor, key)).assignees.map((p) => p.id);
    const create = async (options: { labels?: string[]; assigneeIds?: string[] } = {}) => {
      const ticket = await api.createTicket(lead.actor, { projectKey: team.key, title: 'Next', ...options });
      await runner.settle();
      return assigneeOf(ticket.key);
    };
    expect([await create(), await create(), await create(), await create()]).toEqual([
      [inTurn[0]],
      [inTurn[1]],
      [inTurn[2]],
      [inTurn[0]],
    ]);
    // Runs that assigned no one (not matched; or the one in turn was assigned already) take no turn.
    expect(await create({ labels: ['skip'] })).toEqual([]);
    expect(await create({ assigneeIds: [inTurn[1] ?? ''] })).toEqual([inTurn[1]]);
    expect(await create()).toEqual([inTurn[1]]);
    // Someone who joins has had no turn yet: theirs is next; someone who left is passed over.
    const [newcomer] = await people(1);
    if (!newcomer) throw new Error('no newcomer');
    await db.insert(projectMembers).values({ projectId: team.id, userId: newcomer.user.id, role: 'member' });
    await db
      .delete(projectMembers)
      .where(and(eq(projectMembers.projectId, team.id), eq(projectMembers.userId, inTurn[2] ?? '')));
    expect([await create(), await create(), await create()]).toEqual([[newcomer.user.id], [inTurn[0]], [inTurn[1]]]);
    // Kept in the run log: whose turn it was, and the rule's count of turns.
    const runs = await runsOf(deps, rule.id);
    const turns = runs.flatMap((run) =>
      (run.actions as { roundRobin?: { turn: number } }[]).flatMap((action) => action.roundRobin?.turn ?? []),
    );
    expect(turns.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    await turnOff(rule.id);
  });

  it(`never gives two runs at once the same turn${note}`, async () => {
    const agents = await people(2);
    const team = await makeProject(deps, lead.actor, {
      key: 'RR2',
      members: agents.map((agent) => ({ userId: agent.user.id, role: 'member' as const })),
    });
    const rule = await makeRule(deps, lead.actor, {
      name: 'In turn, at once',
      projectKey: team.key,
      trigger: { type: 'event', event: 'ticket.created' },
      actions: [{ type: 'assign', assignee: { kind: 'roundRobin', role: 'member' } }],
    });
    const tickets = [
      await api.createTicket(lead.actor, { projectKey: team.key, title: 'One' }),
      await api.createTicket(lead.actor, { projectKey: team.key, title: 'Two' }),
    ];
    // Both runs at once, as two server processes would carry them out, each on its own connection.
    const [first, second, ...more] = await runner.takeEventRuns();
    if (!first || !second || more.length > 0) throw new Error('expected two runs');
    const other = await deps.connection.reopen();
    await Promise.all([runWorkflow(deps, first), runWorkflow({ ...deps, db: other.db }, second)]);
    const assigned = await Promise.all(tickets.map((ticket) => api.getTicket(lead.actor, ticket.key)));
    expect(assigned.flatMap((ticket) => ticket.assignees.map((person) => person.id)).sort()).toEqual(
      agents.map((agent) => agent.user.id).sort(),
    );
    await turnOff(rule.id);
  });
});

describe('a rule in the ticket history', () => {
  it('is named on each change it made ("Automation: <name>"), as it is called now', async () => {
    const rule = await makeRule(deps, lead.actor, {
      name: 'Tagger',
      projectKey: project.key,
      trigger: { type: 'event', event: 'ticket.created' },
      conditions: 'label:tag-me',
      actions: [
        { type: 'addLabels', labels: ['tagged'] },
        { type: 'setPriority', priority: 'high' },
      ],
    });
    const ticket = await api.createTicket(member.actor, {
      projectKey: project.key,
      title: 'History',
      labels: ['tag-me'],
    });
    await runner.settle();
    await api.addComment(member.actor, { key: ticket.key, body: 'A person again' });
    const entries = async () =>
      (await api.historyOf(viewer.actor, ticket.key)).map((entry) => [
        entry.action,
        entry.actorKind,
        entry.actor?.name ?? null,
        entry.rule,
      ]);
    const byRule = (name: string) => ({ id: rule.id, name });
    expect(await entries()).toEqual([
      ['created', 'user', 'Member Person', null],
      ['labeled', 'automation', null, byRule('Tagger')],
      ['updated', 'automation', null, byRule('Tagger')],
      ['comment_added', 'user', 'Member Person', null],
    ]);
    // Renamed: the history says what it is called now; deleted: what it was called when it acted.
    await updateWorkflow(deps, lead.actor, updateWorkflowInput.parse({ id: rule.id, version: 1, name: 'Labeller' }));
    expect((await entries())[1]?.[3]).toEqual(byRule('Labeller'));
    await deleteWorkflow(deps, lead.actor, { id: rule.id });
    expect((await entries()).slice(1, 3).map((entry) => entry[3])).toEqual([byRule('Tagger'), byRule('Tagger')]);
  });
});

describe('the list of rules', () => {
  it(`shows every rule the caller manages, however many rules of projects they only read sort first`, async () => {
    const admin = await makeActor(db, { role: 'admin' });
    // A project sorting first where the lead is a plain member, with as many rules as a list holds.
    const busy = await makeProject(deps, admin.actor, {
      key: 'AAA',
      members: [{ userId: lead.user.id, role: 'member' }],
    });
    const definition = createWorkflowInput.parse({
      name: 'x',
      trigger: { type: 'event', event: 'ticket.created' },
      actions: [{ type: 'addLabels', labels: ['x'] }],
    });
    await db.insert(workflows).values(
      Array.from({ length: MAX_LISTED_WORKFLOWS }, (_, n) => ({
        projectId: busy.id,
        ownerId: admin.user.id,
        name: `Busy ${String(n).padStart(3, '0')}`,
        definition: {
          trigger: definition.trigger,
          conditions: definition.conditions,
          actions: definition.actions,
          allowRuleTrigger: false,
        },
      })),
    );
    const mine = await makeRule(deps, lead.actor, {
      name: 'Mine',
      projectKey: project.key,
      enabled: false,
      trigger: { type: 'event', event: 'ticket.created' },
      actions: [{ type: 'addLabels', labels: ['mine'] }],
    });
    const listed = await listWorkflows(deps, lead.actor, undefined);
    expect(listed.map((workflow) => workflow.id)).toContain(mine.id);
    expect(listed.every((workflow) => workflow.projectKey !== 'AAA')).toBe(true);
    expect(await listWorkflows(deps, member.actor, undefined)).toEqual([]);
    // An admin sees at most a list's worth.
    expect(await listWorkflows(deps, admin.actor, undefined)).toHaveLength(MAX_LISTED_WORKFLOWS);
    await db.delete(workflows).where(inArray(workflows.projectId, [busy.id]));
  });
});
