import { comments, events, jobs, ticketHistory, workflowRuns, workflows } from '@ticketing/db/schema';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeBatch } from '../src/events/consume.ts';
import { reportInput } from '../src/reports/schemas.ts';
import { userActivity } from '../src/reports/user-activity.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { createWorkflow } from '../src/workflows/create-workflow.ts';
import { dryRunInput, dryRunWorkflow } from '../src/workflows/dry-run-workflow.ts';
import { getWorkflow } from '../src/workflows/get-workflow.ts';
import { listWorkflowRuns } from '../src/workflows/list-workflow-runs.ts';
import { runWorkflow } from '../src/workflows/run-workflow-job.ts';
import { createWorkflowInput } from '../src/workflows/schemas.ts';
import { workflowConsumer } from '../src/workflows/workflow-consumer.ts';
import { domain, makeTeam } from './support/tickets.ts';

// Rules run from the event log: the consumer queues a run per (rule version, event), and each run is
// carried out here as the job runner would (its scheduling is tested in jobs.test.ts).
const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);
const { project, lead, member } = await makeTeam(deps, { key: 'RUN' });

const handled = new Set<number>();
/** Lets the consumer queue runs and carries them out, until nothing more happens. */
async function settle(): Promise<void> {
  for (;;) {
    while ((await consumeBatch(db, workflowConsumer)) > 0) {
      // Drain.
    }
    const queued = (await db.select().from(jobs).where(eq(jobs.queue, 'workflows.run')).orderBy(asc(jobs.id))).filter(
      (job) => !handled.has(job.id),
    );
    if (queued.length === 0) return;
    for (const job of queued) {
      handled.add(job.id);
      await runWorkflow(deps, job.payload as { workflowId: string; version: number; eventId: number });
    }
  }
}

const rule = (definition: Record<string, unknown>) =>
  createWorkflow(
    deps,
    lead.actor,
    createWorkflowInput.parse({ projectKey: project.key, enabled: true, ...definition }),
  );
const runsOf = (workflowId: string) =>
  db.select().from(workflowRuns).where(eq(workflowRuns.workflowId, workflowId)).orderBy(asc(workflowRuns.createdAt));
const disable = (...ids: string[]) => db.update(workflows).set({ enabled: false }).where(inArray(workflows.id, ids));

beforeAll(settle);

describe('rules at work', () => {
  it('act on a matching ticket through the domain, as the rule, and log what they did', async () => {
    const escalate = await rule({
      name: 'Escalate',
      trigger: { type: 'event', event: 'ticket.created' },
      conditions: 'priority>=high',
      actions: [
        { type: 'addLabels', labels: ['urgent'] },
        { type: 'assign', assignee: { kind: 'user', userId: member.user.id } },
        { type: 'comment', body: '{{ticket.key}} escalated by {{rule.name}}' },
      ],
    });
    const hot = await api.createTicket(lead.actor, {
      projectKey: project.key,
      title: 'Printer on fire',
      priority: 'critical',
    });
    const calm = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Paper', priority: 'low' });
    await settle();

    const after = await api.getTicket(lead.actor, hot.key);
    expect(after.labels).toEqual(['urgent']);
    expect(after.assignees.map((person) => person.id)).toEqual([member.user.id]);
    const said = await db
      .select({ body: comments.body, authorId: comments.authorId, automated: comments.automated })
      .from(comments)
      .where(eq(comments.ticketId, hot.id));
    expect(said).toEqual([{ body: `${hot.key} escalated by Escalate`, authorId: lead.user.id, automated: true }]);
    // In its owner's name, but not their activity: from the rollup and from the tables alike.
    for (const query of ['', 'status:open,in_progress,blocked,closed']) {
      const activity = await userActivity(deps, lead.actor, reportInput.parse({ query }));
      expect(activity.rows.find((row) => row.user.id === lead.user.id)?.comments ?? 0).toBe(0);
    }
    const history = await db
      .select({ action: ticketHistory.action, actorKind: ticketHistory.actorKind, actorId: ticketHistory.actorId })
      .from(ticketHistory)
      .where(and(eq(ticketHistory.ticketId, hot.id), eq(ticketHistory.action, 'labeled')));
    expect(history).toEqual([{ action: 'labeled', actorKind: 'automation', actorId: null }]);
    expect((await api.getTicket(lead.actor, calm.key)).labels).toEqual([]);

    // The calm ticket's run was decided by the consumer (no job): its row comes first.
    const runs = await runsOf(escalate.id);
    expect(runs.map((run) => [run.ticketId, run.outcome])).toEqual([
      [calm.id, 'not_matched'],
      [hot.id, 'done'],
    ]);
    expect(runs[1]?.actions).toEqual([
      { type: 'addLabels', before: [], after: ['urgent'] },
      { type: 'assign', before: [], after: [member.user.id] },
      { type: 'comment', after: expect.any(String) },
    ]);
    expect(runs[0]?.version).toBe(1);
    // The run log, as its managers read it, with the tickets' keys, newest first.
    const log = await listWorkflowRuns(deps, lead.actor, { id: escalate.id, limit: 50 });
    expect(log.map((run) => `${run.ticketKey} ${run.outcome}`).sort()).toEqual(
      [`${calm.key} not_matched`, `${hot.key} done`].sort(),
    );
    expect(log[0]?.createdAt.getTime()).toBeGreaterThanOrEqual(log[1]?.createdAt.getTime() ?? 0);
    expect(log.map((run) => run.eventType)).toEqual(['ticket.created', 'ticket.created']);
    await expect(listWorkflowRuns(deps, member.actor, { id: escalate.id, limit: 50 })).rejects.toMatchObject({
      code: 'E_FORBIDDEN',
    });

    // A job that runs again (at least once) finds its run and does nothing twice.
    const first = runs[1];
    if (!first?.eventId) throw new Error('no event');
    await runWorkflow(deps, { workflowId: escalate.id, version: 1, eventId: first.eventId });
    expect(await db.select().from(comments).where(eq(comments.ticketId, hot.id))).toHaveLength(1);
    expect(await runsOf(escalate.id)).toHaveLength(2);
    await disable(escalate.id);
  });

  it('never fire on their own changes, nor on other rules unless they allow it', async () => {
    const tagger = await rule({
      name: 'Tag edits',
      trigger: { type: 'event', event: 'ticket.updated', fields: ['labels'] },
      actions: [{ type: 'addLabels', labels: ['touched'] }],
    });
    const listener = await rule({
      name: 'Not for rules',
      trigger: { type: 'event', event: 'ticket.updated', fields: ['labels'] },
      actions: [{ type: 'setPriority', priority: 'high' }],
    });
    const ticket = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Labelled' });
    await api.updateTicket(lead.actor, { key: ticket.key, version: ticket.version, labels: ['bug'] });
    await settle();
    expect((await api.getTicket(lead.actor, ticket.key)).labels).toEqual(['bug', 'touched']);
    // Each ran once, on the person's edit: not the tagger on its own edit, not the listener on the
    // tagger's (it does not allow rule triggers), nor on its own priority change (not a labels edit).
    const ran = async (id: string) => (await runsOf(id)).map((run) => [run.eventId, run.outcome]);
    const [byTagger] = await ran(tagger.id);
    expect(await ran(tagger.id)).toHaveLength(1);
    expect(await ran(listener.id)).toEqual([byTagger]);
    expect(byTagger?.[1]).toBe('done');
    expect((await api.getTicket(lead.actor, ticket.key)).priority).toBe('high');
    await disable(tagger.id, listener.id);
  });

  it('stop a chain of rules at depth 10, logging it', async () => {
    const block = await rule({
      name: 'Block',
      trigger: { type: 'event', event: 'ticket.transitioned', to: 'in_progress' },
      actions: [{ type: 'transition', status: 'blocked' }],
      allowRuleTrigger: true,
    });
    const unblock = await rule({
      name: 'Unblock',
      trigger: { type: 'event', event: 'ticket.transitioned', to: 'blocked' },
      actions: [{ type: 'transition', status: 'in_progress' }],
      allowRuleTrigger: true,
    });
    const ticket = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Ping pong' });
    await api.transitionTicket(lead.actor, { key: ticket.key, version: ticket.version, status: 'in_progress' });
    await settle();
    const runs = [...(await runsOf(block.id)), ...(await runsOf(unblock.id))].sort((a, b) => a.depth - b.depth);
    expect(runs.map((run) => [run.depth, run.outcome])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [i + 1, 'done']),
      [11, 'loop_aborted'],
    ]);
    await disable(block.id, unblock.id);
  });

  it('log a failure with its reason, and turn a rule off after 10 in a row', async () => {
    const impossible = await rule({
      name: 'Impossible',
      trigger: { type: 'event', event: 'ticket.created' },
      actions: [
        { type: 'addLabels', labels: ['half-done'] },
        { type: 'transition', status: 'blocked' },
      ],
    });
    for (let i = 0; i < 10; i++) await api.createTicket(lead.actor, { projectKey: project.key, title: `Doomed ${i}` });
    await settle();
    const runs = await runsOf(impossible.id);
    expect(runs).toHaveLength(10);
    expect(
      runs.every((run) => run.outcome === 'failed' && /cannot move from open to blocked/.test(run.error ?? '')),
    ).toBe(true);
    // All or nothing: the label of the failed run was not kept.
    const doomed = await api.listTickets(lead.actor, { projectKeys: project.key, label: 'half-done' });
    expect(doomed.items).toEqual([]);
    const [row] = await db.select().from(workflows).where(eq(workflows.id, impossible.id));
    expect(row).toMatchObject({ enabled: false, failures: 10 });
    expect(await getWorkflow(deps, lead.actor, { id: impossible.id })).toMatchObject({ enabled: false, failures: 10 });
  });

  it('can be tried on the latest events before they are saved, writing nothing', async () => {
    const urgent = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Try me', priority: 'high' });
    const quiet = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Not me', priority: 'low' });
    await settle();
    const count = async () => ({
      events: (await db.select({ id: events.id }).from(events)).length,
      comments: (await db.select({ id: comments.id }).from(comments)).length,
      runs: (await db.select({ id: workflowRuns.id }).from(workflowRuns)).length,
    });
    const before = await count();
    const tried = await dryRunWorkflow(
      deps,
      lead.actor,
      dryRunInput.parse({
        name: 'Would escalate',
        projectKey: project.key,
        trigger: { type: 'event', event: 'ticket.created' },
        conditions: 'priority>=high',
        actions: [
          { type: 'addLabels', labels: ['would'] },
          { type: 'comment', body: 'Would escalate {{ticket.key}}' },
        ],
        events: 2,
      }),
    );
    expect(tried.map((run) => [run.ticketKey, run.matched, run.error])).toEqual([
      [quiet.key, false, null],
      [urgent.key, true, null],
    ]);
    expect(tried[1]?.actions).toEqual([
      { type: 'addLabels', before: [], after: ['would'] },
      { type: 'comment', after: expect.any(String) },
    ]);
    expect(await count()).toEqual(before);
    expect((await api.getTicket(lead.actor, urgent.key)).labels).toEqual([]);

    // A failing action is reported, still writing nothing.
    const failing = await dryRunWorkflow(
      deps,
      lead.actor,
      dryRunInput.parse({
        name: 'Would fail',
        projectKey: project.key,
        trigger: { type: 'event', event: 'ticket.created' },
        actions: [{ type: 'transition', status: 'blocked' }],
        events: 1,
      }),
    );
    expect(failing[0]?.error).toMatch(/cannot move from open to blocked/);
    expect(await count()).toEqual(before);
    await expect(
      dryRunWorkflow(
        deps,
        member.actor,
        dryRunInput.parse({
          name: 'No',
          projectKey: project.key,
          trigger: { type: 'event', event: 'ticket.created' },
          actions: [{ type: 'addLabels', labels: ['x'] }],
        }),
      ),
    ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
  });
});
