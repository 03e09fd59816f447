import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { putSlaPolicy } from '../src/sla/put-sla-policy.ts';
import { putSlaPolicyInput } from '../src/sla/schemas.ts';
import { sendSlaEvents } from '../src/sla/sla-job.ts';
import { makeActor, makeDepartment } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { scheduleDueWorkflows } from '../src/workflows/schedule-workflows-job.ts';
import { ageTicket } from './support/sla.ts';
import { domain, makeTeam } from './support/tickets.ts';
import { makeRule, runsOf, workflowRunner } from './support/workflows.ts';

// README "Automation rules": the three worked examples, read from the README itself so that they stay
// true, each run against real tickets.
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('**Three worked examples**'));
const examples = [...section.matchAll(/```json\n([\s\S]*?)```/g)]
  .slice(0, 3)
  .map((match) => JSON.parse(match[1] ?? 'null') as Record<string, unknown>);

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const runner = await workflowRunner(deps);
const api = domain(deps);
const { project, lead, member } = await makeTeam(deps, { key: 'OPS' });
const second = await makeActor(deps.db, { role: 'user', name: 'Second Member' });
await api.addMember(lead.actor, { key: project.key, userId: second.user.id, role: 'member' });
const hardware = await makeDepartment(deps.db, { name: 'Hardware' });
const [autoAssign, escalate, closeStale] = examples;

const age = (ticketId: string, minutes: number) => ageTicket(deps.db, ticketId, minutes);

describe('the README’s three worked examples', () => {
  it('are there, as rules of project OPS', () => {
    expect(examples.map((example) => example.projectKey)).toEqual(['OPS', 'OPS', 'OPS']);
  });

  it('1: assign new Hardware tickets in turn among the members', async () => {
    const rule = await makeRule(deps, lead.actor, autoAssign ?? {});
    const assigned: string[] = [];
    for (const title of ['Printer', 'Scanner', 'Monitor']) {
      const ticket = await api.createTicket(lead.actor, { projectKey: project.key, title, departmentId: hardware.id });
      await runner.settle();
      const after = await api.getTicket(lead.actor, ticket.key);
      assigned.push(after.assignees.map((person) => person.id).join());
    }
    // Two members: each gets one, then the first again.
    expect(new Set(assigned.slice(0, 2))).toEqual(new Set([member.user.id, second.user.id]));
    expect(assigned[2]).toBe(assigned[0]);
    const other = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Password reset' });
    await runner.settle();
    expect((await api.getTicket(lead.actor, other.key)).assignees).toEqual([]);
    expect((await runsOf(deps, rule.id)).map((run) => run.outcome).sort()).toEqual([
      'done',
      'done',
      'done',
      'not_matched',
    ]);
  });

  it('2: escalate a critical ticket that has had no answer for an hour', async () => {
    await putSlaPolicy(
      deps,
      lead.actor,
      putSlaPolicyInput.parse({
        projectKey: project.key,
        policy: { targets: { critical: { firstResponseMinutes: 60 } } },
      }),
    );
    await makeRule(deps, lead.actor, escalate ?? {});
    const ticket = await api.createTicket(member.actor, {
      projectKey: project.key,
      title: 'Down',
      priority: 'critical',
    });
    await age(ticket.id, 61);
    await sendSlaEvents(deps.db);
    await runner.settle();
    const after = await api.getTicket(lead.actor, ticket.key);
    expect(after.labels).toEqual(['escalated']);
    expect(after.assignees.map((person) => person.id)).toEqual([lead.user.id]);
    expect(after.sla.firstResponseBreached).toBe(true);
  });

  it('3: close resolved tickets untouched for 14 days, at night', async () => {
    await makeRule(deps, lead.actor, closeStale ?? {});
    const stale = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Stale', labels: ['resolved'] });
    const fresh = await api.createTicket(lead.actor, { projectKey: project.key, title: 'Fresh', labels: ['resolved'] });
    for (const ticket of [stale, fresh]) {
      await api.transitionTicket(lead.actor, { key: ticket.key, version: ticket.version, status: 'in_progress' });
    }
    await age(stale.id, 15 * 24 * 60);
    // The next 03:00 in Berlin is at most a day away.
    await scheduleDueWorkflows(deps, new Date(Date.now() + 25 * 60 * 60_000));
    await runner.settle();
    expect((await api.getTicket(lead.actor, stale.key)).status).toBe('closed');
    expect((await api.getTicket(lead.actor, fresh.key)).status).toBe('in_progress');
  });
});
