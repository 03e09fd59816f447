import { afterAll, describe, expect, it } from 'vitest';
import { putSlaPolicy } from '../src/sla/put-sla-policy.ts';
import { putSlaPolicyInput } from '../src/sla/schemas.ts';
import { sendSlaEvents } from '../src/sla/sla-job.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { ageTicket } from './support/sla.ts';
import { domain, makeTeam } from './support/tickets.ts';
import { makeRule, runsOf, workflowRunner } from './support/workflows.ts';

// Rules on the SLA job's events: "escalate critical tickets without a first response in 1 h".
const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const runner = await workflowRunner(deps);
const api = domain(deps);
const { project, lead, member } = await makeTeam(deps, { key: 'ESC' });
await putSlaPolicy(
  deps,
  lead.actor,
  putSlaPolicyInput.parse({
    projectKey: project.key,
    policy: { targets: { critical: { firstResponseMinutes: 60, resolutionMinutes: 240 } } },
  }),
);

const age = (ticketId: string, minutes: number) => ageTicket(deps.db, ticketId, minutes);

describe('rules on SLA events', () => {
  it('escalate a critical ticket whose first response is late, and only for that target', async () => {
    const escalate = await makeRule(deps, lead.actor, {
      name: 'Escalate unanswered critical',
      projectKey: project.key,
      trigger: { type: 'event', event: 'sla.breached', target: 'firstResponse' },
      conditions: 'priority:critical',
      actions: [
        { type: 'addLabels', labels: ['escalated'] },
        { type: 'assign', assignee: { kind: 'user', userId: lead.user.id } },
        { type: 'comment', body: '{{ticket.key}} had no answer in time: escalated by {{rule.name}}' },
      ],
    });
    const onWarning = await makeRule(deps, lead.actor, {
      name: 'Warn',
      projectKey: project.key,
      trigger: { type: 'event', event: 'sla.warning' },
      actions: [{ type: 'addLabels', labels: ['at-risk'] }],
    });
    const ticket = await api.createTicket(member.actor, {
      projectKey: project.key,
      title: 'Down',
      priority: 'critical',
    });
    await age(ticket.id, 50);
    await sendSlaEvents(deps.db);
    await runner.settle();
    expect((await api.getTicket(lead.actor, ticket.key)).labels).toEqual(['at-risk']);

    await age(ticket.id, 15);
    await sendSlaEvents(deps.db);
    await runner.settle();
    const escalated = await api.getTicket(lead.actor, ticket.key);
    expect(escalated.labels).toEqual(['at-risk', 'escalated']);
    expect(escalated.assignees.map((person) => person.id)).toEqual([lead.user.id]);
    expect((await runsOf(deps, escalate.id)).map((run) => run.outcome)).toEqual(['done']);
    // The warning rule ran once (for the first-response warning); the resolution's comes later.
    expect((await runsOf(deps, onWarning.id)).map((run) => run.outcome)).toEqual(['done']);

    // The resolution's breach is another target: the escalation rule is not started by it.
    await age(ticket.id, 200);
    await sendSlaEvents(deps.db);
    await runner.settle();
    expect((await runsOf(deps, escalate.id)).map((run) => run.outcome)).toEqual(['done']);
    expect((await runsOf(deps, onWarning.id)).map((run) => run.outcome)).toEqual(['done', 'done']);
  });
});
