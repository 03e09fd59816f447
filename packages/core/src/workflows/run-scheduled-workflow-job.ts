import { randomUUID } from 'node:crypto';
import { projects, tickets, users, workflowRuns, workflows, workflowVersions } from '@ticketing/db/schema';
import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { defineJob } from '../jobs/define-job.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { parseQuery } from '../query/parse-query.ts';
import { calendarOf } from '../query/query-dates.ts';
import { matchOf, scopedConditions } from '../tickets/ticket-filters.ts';
import { type RunRule, runOnTicket } from './run-on-ticket.ts';
import { definitionSchema } from './schemas.ts';
import { settleSlot, slotFailed } from './settle-slot.ts';
import { conditionsZoneOf } from './ticket-matches.ts';

/** Tickets one job takes on; more are left to a follow-up job of the same slot. */
export const TICKETS_PER_JOB = 500;

const payload = z.object({
  workflowId: z.uuid(),
  version: z.number().int().min(1),
  scheduledAt: z.iso.datetime(),
  part: z.number().int().min(1).describe('1, then one more for each follow-up of the slot'),
});
type Payload = z.infer<typeof payload>;

/**
 * The tickets a scheduled rule would act on now, as its owner sees them (its project, or every
 * project they can read for a global rule; none in an archived project, where nothing changes):
 * those its conditions select, less those it already ran on for the slot, oldest first.
 */
export async function scheduledCandidates(
  deps: Deps,
  actor: Actor,
  rule: { id: string; version: number; projectId: string | null; conditions: string; timeZone: string },
  slot: Date | null,
  limit: number,
  now = new Date(),
): Promise<{ id: string; key: string; projectId: string }[]> {
  // Its conditions' days (today, due:today, is:overdue) are those of the zone its schedule keeps.
  const calendar = calendarOf(rule.timeZone, now);
  const conditions = rule.conditions ? parseQuery(rule.conditions, calendar) : {};
  const scoped = await scopedConditions(deps.db, actor, [conditions], calendar);
  if (!scoped) return [];
  const ranAlready = slot
    ? notExists(
        deps.db
          .select({ one: sql`1` })
          .from(workflowRuns)
          .where(
            and(
              eq(workflowRuns.workflowId, rule.id),
              eq(workflowRuns.version, rule.version),
              eq(workflowRuns.scheduledAt, slot),
              eq(workflowRuns.ticketId, tickets.id),
            ),
          ),
      )
    : undefined;
  const archived = deps.db
    .select({ one: sql`1` })
    .from(projects)
    .where(and(eq(projects.id, tickets.projectId), eq(projects.archived, true)));
  return deps.db
    .select({ id: tickets.id, key: tickets.key, projectId: tickets.projectId })
    .from(tickets)
    .where(
      and(
        ...scoped.conditions,
        scoped.tsQuery ? matchOf(tickets.search, scoped.tsQuery) : undefined,
        rule.projectId ? eq(tickets.projectId, rule.projectId) : undefined,
        notExists(archived),
        ranAlready,
      ),
    )
    .orderBy(asc(tickets.createdAt), asc(tickets.id))
    .limit(limit);
}

/**
 * One slot of a scheduled rule: each ticket its conditions select (bounded per job, see below) is
 * a run of its own, claimed first in its own transaction exactly as an event's run (run-on-ticket.ts),
 * keyed by (rule, version, slot, ticket): a retried job skips the tickets done and never acts twice.
 * More than TICKETS_PER_JOB tickets: this job does the first ones and queues a follow-up for the
 * slot, which takes the next ones (those without a run for the slot), until none are left. The
 * last job counts the slot as one run for the rule's failures in a row (settle-slot.ts). A rule
 * turned off meanwhile stops at the next ticket.
 */
export async function runScheduledWorkflow(
  deps: Deps,
  job: Payload,
  { signal, perJob = TICKETS_PER_JOB }: { signal?: AbortSignal; perJob?: number } = {},
): Promise<void> {
  const { workflowId, version } = job;
  const slot = new Date(job.scheduledAt);
  const started = performance.now();
  const [found] = await deps.db
    .select({
      name: workflowVersions.name,
      definition: workflowVersions.definition,
      owner: { id: users.id, role: users.role, active: users.active },
      projectId: workflows.projectId,
      enabled: workflows.enabled,
    })
    .from(workflowVersions)
    .innerJoin(workflows, eq(workflows.id, workflowVersions.workflowId))
    .innerJoin(users, eq(users.id, workflows.ownerId))
    .where(and(eq(workflowVersions.workflowId, workflowId), eq(workflowVersions.version, version)));
  if (!found?.enabled) return; // Deleted or turned off since the slot was claimed.
  const rule: RunRule = {
    id: workflowId,
    version,
    name: found.name,
    definition: definitionSchema.parse(found.definition),
    owner: found.owner,
  };
  const cause = { scheduledAt: slot };
  if (!found.owner.active) {
    // One failure per slot, not per ticket or follow-up, nor per retry of the job (the row's id is the slot's).
    if (job.part === 1) await slotFailed(deps, rule, slot, "The rule's owner is deactivated", started);
    return;
  }
  const actor: Actor = {
    userId: found.owner.id,
    role: found.owner.role,
    via: { kind: 'automation', ruleId: workflowId, ruleName: found.name, runId: randomUUID(), depth: 1 },
  };
  const candidates = await scheduledCandidates(
    deps,
    actor,
    {
      id: workflowId,
      version,
      projectId: found.projectId,
      conditions: rule.definition.conditions,
      timeZone: conditionsZoneOf(rule.definition.trigger),
    },
    slot,
    perJob + 1,
  );
  for (const ticket of candidates.slice(0, perJob)) {
    // Stopping (the process, or the job's time): a retry takes on the tickets not done.
    signal?.throwIfAborted();
    const [current] = await deps.db
      .select({ enabled: workflows.enabled })
      .from(workflows)
      .where(eq(workflows.id, workflowId));
    if (!current?.enabled) return;
    await runOnTicket(deps, { rule, ticketId: ticket.id, projectId: ticket.projectId, cause, depth: 1 });
  }
  if (candidates.length <= perJob) {
    await settleSlot(deps, rule, slot, started);
  } else {
    const part = job.part + 1;
    await enqueueJob(
      deps.db,
      runScheduledWorkflowJob,
      { ...job, part },
      { idempotencyKey: `${workflowId}:${version}:${job.scheduledAt}:${part}` },
    );
  }
}

export const runScheduledWorkflowJob = defineJob({
  queue: 'workflows.run-scheduled',
  payload,
  maxAttempts: 5,
  timeoutMs: 10 * 60_000,
  handle: (job, { deps, signal }) => runScheduledWorkflow(deps, job, { signal }),
});
