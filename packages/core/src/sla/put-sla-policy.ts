import type { Transaction } from '@ticketing/db/client';
import { projectCounters, slaPolicies, tickets } from '@ticketing/db/schema';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { recordEvents } from '../events/record-events.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { assertProjectCan, projectAccess } from '../projects/project-access.ts';
import { nextClocks } from './clocks.ts';
import type { PutSlaPolicyInput, SlaPolicy, SlaPolicyDefinition } from './schemas.ts';

/** Tickets recomputed per statement. */
const BATCH = 1000;

/**
 * Sets a project's SLA policy (no targets at all removes it) and recomputes the clocks of its tickets
 * that are not closed, in one transaction: a reader never sees tickets on two policies. Closed
 * tickets keep the clocks they were closed with. Project leads, managers in it and admins.
 */
export async function putSlaPolicy(deps: Deps, actor: Actor, input: PutSlaPolicyInput): Promise<SlaPolicy> {
  const hasTargets = Object.values(input.policy.targets).some(
    (target) => target?.firstResponseMinutes !== undefined || target?.resolutionMinutes !== undefined,
  );
  const policy = hasTargets ? input.policy : null;
  return deps.db.transaction(async (tx) => {
    const access = await projectAccess(tx, actor, input.projectKey);
    assertProjectCan(access, 'project:manage');
    assertNotArchived(access.project);
    const { project } = access;
    // Against a second PUT and against creates: the version bumped here under the counter row's lock
    // tells a create that numbers its ticket after this commits to compute its clocks again; one that
    // numbered its ticket before is committed and recomputed below. (Not the project row: every ticket
    // write's event holds a key-share lock on it.)
    await tx
      .update(projectCounters)
      .set({ slaVersion: sql`${projectCounters.slaVersion} + 1` })
      .where(eq(projectCounters.projectId, project.id));
    let updatedAt: Date | null = null;
    if (policy) {
      const [row] = await tx
        .insert(slaPolicies)
        .values({ projectId: project.id, policy, updatedBy: actor.userId })
        .onConflictDoUpdate({
          target: slaPolicies.projectId,
          set: { policy, updatedBy: actor.userId, updatedAt: new Date() },
        })
        .returning({ updatedAt: slaPolicies.updatedAt });
      updatedAt = row?.updatedAt ?? null;
    } else {
      await tx.delete(slaPolicies).where(eq(slaPolicies.projectId, project.id));
    }
    await recomputeClocks(tx, project.id, policy, new Date());
    await recordEvents(tx, actor, [
      { type: 'project.sla_changed', projectId: project.id, data: { key: project.key, policy } },
    ]);
    return { projectKey: project.key, policy, updatedAt };
  });
}

/** The clocks of every live ticket of the project that is not closed, under a new policy. */
async function recomputeClocks(
  tx: Transaction,
  projectId: string,
  policy: SlaPolicyDefinition | null,
  now: Date,
): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await tx
      .select({
        id: tickets.id,
        createdAt: tickets.createdAt,
        status: tickets.status,
        priority: tickets.priority,
        closedAt: tickets.closedAt,
        firstRespondedAt: tickets.firstRespondedAt,
        slaPausedAt: tickets.slaPausedAt,
        slaPauses: tickets.slaPauses,
        firstResponseDueAt: tickets.firstResponseDueAt,
        firstResponseWarnAt: tickets.firstResponseWarnAt,
        firstResponseBreached: tickets.firstResponseBreached,
        resolutionDueAt: tickets.resolutionDueAt,
        resolutionWarnAt: tickets.resolutionWarnAt,
        resolutionBreached: tickets.resolutionBreached,
      })
      .from(tickets)
      .where(
        and(
          eq(tickets.projectId, projectId),
          isNull(tickets.closedAt),
          isNull(tickets.deletedAt),
          gt(tickets.id, after),
        ),
      )
      .orderBy(asc(tickets.id))
      .limit(BATCH)
      // As an update would lock them: a write of one of them waits, or is waited for and read as it left it.
      .for('no key update');
    if (page.length === 0) return;
    const rows = page.map((ticket) => {
      const clocks = nextClocks(policy, ticket, { status: ticket.status, priority: ticket.priority }, now);
      const iso = (date: Date | null) => date?.toISOString() ?? null;
      return {
        id: ticket.id,
        fr_due: iso(clocks.firstResponseDueAt),
        fr_warn: iso(clocks.firstResponseWarnAt),
        fr_breached: clocks.firstResponseBreached,
        r_due: iso(clocks.resolutionDueAt),
        r_warn: iso(clocks.resolutionWarnAt),
        r_breached: clocks.resolutionBreached,
      };
    });
    await tx.execute(sql`
      update tickets t set
        first_response_due_at = r.fr_due, first_response_warn_at = r.fr_warn,
        first_response_breached = r.fr_breached,
        resolution_due_at = r.r_due, resolution_warn_at = r.r_warn, resolution_breached = r.r_breached
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(id uuid, fr_due timestamptz, fr_warn timestamptz, fr_breached boolean,
          r_due timestamptz, r_warn timestamptz, r_breached boolean)
      where t.id = r.id`);
    after = page[page.length - 1]?.id ?? after;
    if (page.length < BATCH) return;
  }
}
