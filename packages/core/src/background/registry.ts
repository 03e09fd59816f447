import { abandonedUploadsJob } from '../attachments/abandoned-uploads-job.ts';
import { removeObjectsJob } from '../attachments/remove-objects-job.ts';
import { thumbnailJob } from '../attachments/thumbnail-job.ts';
import type { EventConsumer } from '../events/consume.ts';
import type { JobDefinition } from '../jobs/define-job.ts';
import { pruneJob } from '../jobs/prune-job.ts';
import type { Recurring } from '../jobs/run-jobs.ts';
import { inboxConsumer } from '../notifications/inbox-consumer.ts';
import { compactRollupsJob } from '../reports/compact-rollups-job.ts';
import { slaJob } from '../sla/sla-job.ts';
import { deliverWebhookJob } from '../webhooks/deliver-job.ts';
import { webhookConsumer } from '../webhooks/webhook-consumer.ts';
import { runScheduledWorkflowJob } from '../workflows/run-scheduled-workflow-job.ts';
import { runWorkflowJob } from '../workflows/run-workflow-job.ts';
import { scheduleWorkflowsJob } from '../workflows/schedule-workflows-job.ts';
import { workflowConsumer } from '../workflows/workflow-consumer.ts';

// What runs in the background of every server process. A new job or consumer is one line here.

/** Every job a runner may be handed. */
export const jobDefinitions: JobDefinition[] = [
  pruneJob,
  deliverWebhookJob,
  thumbnailJob,
  removeObjectsJob,
  abandonedUploadsJob,
  compactRollupsJob,
  runWorkflowJob,
  scheduleWorkflowsJob,
  runScheduledWorkflowJob,
  slaJob,
];

/** Jobs that run once per interval across all processes. */
export const recurringJobs: Recurring[] = [
  { definition: pruneJob, payload: {}, everyMs: 60 * 60_000 },
  { definition: abandonedUploadsJob, payload: {}, everyMs: 60 * 60_000 },
  { definition: compactRollupsJob, payload: {}, everyMs: 30_000 },
  { definition: scheduleWorkflowsJob, payload: {}, everyMs: 15_000 },
  { definition: slaJob, payload: {}, everyMs: 15_000 },
];

/** Consumers of the event log, each with its own position. */
export const eventConsumerList: EventConsumer[] = [inboxConsumer, webhookConsumer, workflowConsumer];
