import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachments } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { completeUpload } from '../src/attachments/complete-upload.ts';
import { createUpload } from '../src/attachments/create-upload.ts';
import { createUploadInput } from '../src/attachments/schemas.ts';
import { LocalStorage } from '../src/attachments/storage/local-storage.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { createWorkflowInput } from '../src/workflows/schemas.ts';
import { domain, makeTeam } from './support/tickets.ts';
import { makeRule, runsOf, workflowRunner } from './support/workflows.ts';

// Triggers beyond those workflow-runs.test.ts covers: a priority change narrowed by its old and new
// values, and a file attached (through real storage on disk).
const root = await mkdtemp(join(tmpdir(), 'ticketing-rule-files-'));
const storage = new LocalStorage({ root, signingKey: randomBytes(32), baseUrl: '' });
const deps = await createTestDeps({
  attachments: { storage, maxBytes: 1024 * 1024, uploadUrlSeconds: 60, downloadUrlSeconds: 60 },
});
afterAll(async () => {
  await deps.connection.close();
  await rm(root, { recursive: true, force: true });
});
const runner = await workflowRunner(deps);
const api = domain(deps);
const { project, lead, member } = await makeTeam(deps, { key: 'TRG' });

describe('rule triggers', () => {
  it('take a priority change narrowed to its old and new values, and refuse values of the wrong kind', async () => {
    const refusal = (trigger: unknown) =>
      createWorkflowInput
        .safeParse({ name: 'x', trigger, actions: [{ type: 'addLabels', labels: ['x'] }] })
        .error?.issues.map((issue) => issue.path.join('.'));
    expect(refusal({ type: 'event', event: 'ticket.updated', fields: ['priority'], to: 'closed' })).toEqual([
      'trigger.to',
    ]);
    expect(refusal({ type: 'event', event: 'ticket.updated', fields: ['title'], to: 'high' })).toEqual(['trigger.to']);
    expect(refusal({ type: 'event', event: 'ticket.transitioned', from: 'critical' })).toEqual(['trigger.from']);

    const raised = await makeRule(deps, lead.actor, {
      name: 'Raised to critical',
      projectKey: project.key,
      trigger: { type: 'event', event: 'ticket.updated', fields: ['priority'], from: 'low', to: 'critical' },
      actions: [{ type: 'addLabels', labels: ['jumped'] }],
    });
    const low = await api.createTicket(member.actor, { projectKey: project.key, title: 'Low', priority: 'low' });
    const medium = await api.createTicket(member.actor, { projectKey: project.key, title: 'Mid', priority: 'medium' });
    await api.updateTicket(lead.actor, { key: low.key, version: low.version, priority: 'critical' });
    await api.updateTicket(lead.actor, { key: medium.key, version: medium.version, priority: 'critical' });
    await runner.settle();
    expect((await api.getTicket(lead.actor, low.key)).labels).toEqual(['jumped']);
    expect((await api.getTicket(lead.actor, medium.key)).labels).toEqual([]);
    expect((await runsOf(deps, raised.id)).map((run) => run.ticketId)).toEqual([low.id]);
  });

  it('start on a file attached, once the upload is complete', async () => {
    const rule = await makeRule(deps, lead.actor, {
      name: 'Files mean evidence',
      projectKey: project.key,
      trigger: { type: 'event', event: 'attachment.added' },
      actions: [{ type: 'addLabels', labels: ['has-evidence'] }],
    });
    const ticket = await api.createTicket(member.actor, { projectKey: project.key, title: 'See log' });
    const body = Buffer.from('the printer log');
    const upload = await createUpload(
      deps,
      member.actor,
      createUploadInput.parse({
        key: ticket.key,
        fileName: 'printer.log',
        contentType: 'text/plain',
        size: body.length,
      }),
    );
    // Nothing yet: the upload is not complete.
    await runner.settle();
    expect(await runsOf(deps, rule.id)).toEqual([]);
    const [row] = await deps.db.select().from(attachments).where(eq(attachments.id, upload.attachmentId));
    await storage.write(row?.objectKey ?? '', body, 'text/plain');
    await completeUpload(deps, member.actor, { id: upload.attachmentId });
    await runner.settle();
    expect((await api.getTicket(lead.actor, ticket.key)).labels).toEqual(['has-evidence']);
    expect((await runsOf(deps, rule.id)).map((run) => run.outcome)).toEqual(['done']);
  });
});
