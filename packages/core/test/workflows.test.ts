import { tickets, workflowVersions } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../src/errors.ts';
import { makeActor } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { importTickets, importTicketsInput } from '../src/tickets/import-tickets.ts';
import { createWorkflow } from '../src/workflows/create-workflow.ts';
import { deleteWorkflow } from '../src/workflows/delete-workflow.ts';
import { getWorkflow } from '../src/workflows/get-workflow.ts';
import { listWorkflows } from '../src/workflows/list-workflows.ts';
import { cannotRun, createWorkflowInput, updateWorkflowInput } from '../src/workflows/schemas.ts';
import { setWorkflowEnabled } from '../src/workflows/set-workflow-enabled.ts';
import { fillTemplate } from '../src/workflows/template.ts';
import { updateWorkflow } from '../src/workflows/update-workflow.ts';
import { makeTeam } from './support/tickets.ts';
import { runsOf, workflowRunner } from './support/workflows.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { project, lead, member } = await makeTeam(deps, { key: 'WFL' });
const admin = await makeActor(deps.db, { role: 'admin' });

const rule = {
  name: 'Escalate critical',
  projectKey: project.key,
  trigger: { type: 'event', event: 'ticket.created' },
  conditions: 'priority:critical -label:wontfix',
  actions: [
    { type: 'addLabels', labels: ['escalated'] },
    { type: 'comment', body: 'Escalated {{ticket.key}} ({{ ticket.priority }}) by {{rule.name}}' },
  ],
};

/** The failing fields of an input that the schema refuses. */
function refusal(input: unknown, schema = createWorkflowInput): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('the input was accepted');
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('workflow rules', () => {
  it('are refused with the reason, and where, when they are wrong', () => {
    expect(refusal({ ...rule, conditions: 'priority:critical colour:red' }).conditions).toMatch(
      /Unknown field "colour".*\(at 19: colour:red\)/,
    );
    expect(
      refusal({ ...rule, actions: [{ type: 'comment', body: 'Hi {{ticket.key}} {{ticket.secret}}' }] })[
        'actions.0.body'
      ],
    ).toMatch(/Unknown placeholder \{\{ticket\.secret\}\} \(at 19\)/);
    expect(refusal({ ...rule, trigger: { type: 'schedule', every: '30s' } })['trigger.every']).toMatch(/15m or 2h/);
    expect(refusal({ ...rule, trigger: { type: 'schedule', every: '0m' } })['trigger.every']).toMatch(
      /at most every minute/,
    );
    expect(refusal({ ...rule, trigger: { type: 'schedule', every: '1h', at: '09:00' } })['trigger.every']).toMatch(
      /either `every` or `at`/,
    );
    expect(refusal({ ...rule, trigger: { type: 'schedule', at: '9am' } })['trigger.at']).toMatch(/HH:MM/);
    expect(
      refusal({ ...rule, trigger: { type: 'schedule', at: '09:00', timeZone: 'Mars/Olympus' } })['trigger.timeZone'],
    ).toMatch(/IANA/);
    expect(
      refusal({ ...rule, trigger: { type: 'event', event: 'ticket.created', to: 'closed' } })['trigger.to'],
    ).toMatch(/ticket\.transitioned/);
    expect(refusal({ ...rule, actions: [{ type: 'transition', status: 'done' }] })['actions.0.status']).toBeDefined();
    expect(refusal({ ...rule, actions: [] }).actions).toMatch(/at least one/);
    // A good schedule passes: daily at a time, on weekdays, in a zone.
    expect(
      createWorkflowInput.safeParse({
        ...rule,
        trigger: { type: 'schedule', at: '09:00', days: ['mon', 'fri'], timeZone: 'Europe/Berlin' },
      }).success,
    ).toBe(true);
  });

  it('refuse what no run could do: a schedule sending its event to a webhook, a transition the table forbids', async () => {
    expect(
      refusal({ ...rule, trigger: { type: 'event', event: 'ticket.created', target: 'resolution' } })['trigger.target'],
    ).toMatch(/Only an SLA trigger/);
    // Blocked tickets can only go back to work: closing them is refused, at the action.
    const closeBlocked = createWorkflowInput.parse({
      ...rule,
      conditions: 'status:blocked',
      actions: [
        { type: 'addLabels', labels: ['x'] },
        { type: 'transition', status: 'closed' },
      ],
    });
    await expect(createWorkflow(deps, lead.actor, closeBlocked)).rejects.toMatchObject({
      code: 'E_VALIDATION',
      details: { fields: { 'actions.1': [expect.stringMatching(/cannot move from blocked to closed/)] } },
    });
    // Known from the trigger too, and from an earlier transition in the same rule.
    const afterBlocked = createWorkflowInput.parse({
      ...rule,
      trigger: { type: 'event', event: 'ticket.transitioned', to: 'in_progress' },
      actions: [
        { type: 'transition', status: 'blocked' },
        { type: 'transition', status: 'closed' },
      ],
    });
    await expect(createWorkflow(deps, lead.actor, afterBlocked)).rejects.toMatchObject({
      details: { fields: { 'actions.1': [expect.stringMatching(/from blocked to closed/)] } },
    });
    // Any status: some ticket could make the move, so it is saved (a run fails on the others, logged).
    const anyStatus = await createWorkflow(
      deps,
      lead.actor,
      createWorkflowInput.parse({ ...rule, conditions: '', actions: [{ type: 'transition', status: 'closed' }] }),
    );
    await deleteWorkflow(deps, lead.actor, { id: anyStatus.id });
    const scheduledHook = createWorkflowInput.parse({
      ...rule,
      trigger: { type: 'schedule', every: '1h' },
      actions: [
        { type: 'addLabels', labels: ['x'] },
        { type: 'webhook', webhookId: '6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e' },
      ],
    });
    await expect(createWorkflow(deps, lead.actor, scheduledHook)).rejects.toMatchObject({
      code: 'E_VALIDATION',
      details: { fields: { 'actions.1': [expect.stringMatching(/no event to send/)] } },
    });
    // A schedule and the notify action are saved.
    const scheduled = await createWorkflow(
      deps,
      lead.actor,
      createWorkflowInput.parse({
        ...rule,
        trigger: { type: 'schedule', every: '1h' },
        actions: [{ type: 'notify', to: 'watchers', message: 'Look at {{ticket.key}}' }],
      }),
    );
    expect(scheduled).toMatchObject({ trigger: { type: 'schedule', every: '1h', timeZone: 'UTC' }, nextRunAt: null });
    // An edit to send to a webhook is refused the same way.
    await expect(
      updateWorkflow(
        deps,
        lead.actor,
        updateWorkflowInput.parse({ id: scheduled.id, version: 1, actions: scheduledHook.actions }),
      ),
    ).rejects.toMatchObject({ code: 'E_VALIDATION', details: { fields: { 'actions.1': [expect.any(String)] } } });
    await deleteWorkflow(deps, lead.actor, { id: scheduled.id });
  });

  it('take a new ticket as in any status: an import creates tickets in any, with the same event', async () => {
    // Narrowing ticket.created to `open` would refuse this rule; it acts on every imported ticket in progress.
    const runner = await workflowRunner(deps);
    const blockStarted = createWorkflowInput.parse({
      ...rule,
      name: 'Block imported work',
      conditions: 'status:in_progress',
      actions: [{ type: 'transition', status: 'blocked' }],
      enabled: true,
    });
    expect(cannotRun(blockStarted)).toBeNull();
    const saved = await createWorkflow(deps, lead.actor, blockStarted);
    const imported = await importTickets(
      deps,
      lead.actor,
      importTicketsInput.parse({ key: project.key, csv: 'title,status\nStarted elsewhere,in_progress\n' }),
    );
    await runner.settle();
    const [ticket] = await deps.db
      .select()
      .from(tickets)
      .where(eq(tickets.key, imported.created[0] ?? ''));
    expect(ticket?.status).toBe('blocked');
    expect((await runsOf(deps, saved.id)).map((run) => [run.ticketId, run.outcome, run.actions])).toEqual([
      [ticket?.id, 'done', [{ type: 'transition', before: 'in_progress', after: 'blocked' }]],
    ]);
    // A status the conditions leave no way out of is still refused, whatever the trigger.
    expect(cannotRun(createWorkflowInput.parse({ ...blockStarted, conditions: 'status:open' }))?.message).toMatch(
      /cannot move from open to blocked/,
    );
    await deleteWorkflow(deps, lead.actor, { id: saved.id });
  });

  it('fill templates with values only, never running anything', () => {
    const values = {
      'ticket.key': 'WFL-1',
      'ticket.title': '{{rule.name}} <script>exit()</script>',
      'ticket.status': 'open',
      'ticket.priority': 'high',
      'ticket.dueDate': '',
      'ticket.reporter': 'Ana',
      'rule.name': 'Escalate',
    };
    expect(fillTemplate('{{ticket.key}}: {{ ticket.title }} by {{rule.name}}', values)).toBe(
      'WFL-1: {{rule.name}} <script>exit()</script> by Escalate',
    );
  });

  it('are versioned: an edit makes the next version, a stale one is a conflict', async () => {
    const created = await createWorkflow(deps, lead.actor, createWorkflowInput.parse(rule));
    expect(created).toMatchObject({ version: 1, enabled: false, projectKey: project.key, allowRuleTrigger: false });
    expect(created.owner.id).toBe(lead.user.id);

    const edited = await updateWorkflow(
      deps,
      lead.actor,
      updateWorkflowInput.parse({ id: created.id, version: 1, conditions: 'priority>=high' }),
    );
    expect(edited).toMatchObject({ version: 2, conditions: 'priority>=high', name: rule.name });
    expect(edited.actions).toEqual(created.actions);

    const stale = await updateWorkflow(
      deps,
      lead.actor,
      updateWorkflowInput.parse({ id: created.id, version: 1, name: 'Late' }),
    ).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(DomainError);
    expect(stale).toMatchObject({ code: 'E_CONFLICT', details: { currentVersion: 2 } });

    const versions = await deps.db
      .select({ version: workflowVersions.version, definition: workflowVersions.definition })
      .from(workflowVersions)
      .where(eq(workflowVersions.workflowId, created.id))
      .orderBy(workflowVersions.version);
    expect(versions.map((row) => row.version)).toEqual([1, 2]);
    expect(versions[0]?.definition).toMatchObject({ conditions: rule.conditions });

    // Turning it on is not an edit.
    const enabled = await setWorkflowEnabled(deps, lead.actor, { id: created.id }, true);
    expect(enabled).toMatchObject({ enabled: true, version: 2 });
    expect(await getWorkflow(deps, lead.actor, { id: created.id })).toEqual(enabled);

    // Whoever edits or turns on a rule answers for it: it acts with their permissions from then on.
    const taken = await updateWorkflow(
      deps,
      admin.actor,
      updateWorkflowInput.parse({ id: created.id, version: 2, name: 'Escalate (admin)' }),
    );
    expect(taken.owner.id).toBe(admin.user.id);
    expect((await setWorkflowEnabled(deps, lead.actor, { id: created.id }, true)).owner.id).toBe(lead.user.id);
  });

  it('belong to whoever runs the project, or (global ones) to admins', async () => {
    const theirs = await createWorkflow(deps, lead.actor, createWorkflowInput.parse({ ...rule, name: 'Theirs' }));
    const global = await createWorkflow(
      deps,
      admin.actor,
      createWorkflowInput.parse({ ...rule, name: 'Everywhere', projectKey: undefined }),
    );
    expect(global.projectKey).toBeNull();
    await expect(
      createWorkflow(deps, lead.actor, createWorkflowInput.parse({ ...rule, projectKey: undefined })),
    ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await expect(getWorkflow(deps, member.actor, { id: theirs.id })).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    await expect(getWorkflow(deps, lead.actor, { id: global.id })).rejects.toMatchObject({ code: 'E_NOT_FOUND' });

    const leads = (await listWorkflows(deps, lead.actor, undefined)).map((workflow) => workflow.name);
    expect(leads).toContain('Theirs');
    expect(leads).not.toContain('Everywhere');
    expect(await listWorkflows(deps, member.actor, undefined)).toEqual([]);
    const admins = await listWorkflows(deps, admin.actor, { projectKey: project.key });
    expect(admins.every((workflow) => workflow.projectKey === project.key)).toBe(true);
    expect((await listWorkflows(deps, admin.actor, undefined))[0]?.projectKey).toBeNull();

    await deleteWorkflow(deps, lead.actor, { id: theirs.id });
    await expect(getWorkflow(deps, lead.actor, { id: theirs.id })).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    expect(await deps.db.select().from(workflowVersions).where(eq(workflowVersions.workflowId, theirs.id))).toEqual([]);
  });
});
