import { workflows, workflowVersions } from '@ticketing/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { DomainError, invalid } from '../errors.ts';
import { firstRunAt } from './next-run-at.ts';
import { cannotRun, definitionSchema, type UpdateWorkflowInput, type Workflow } from './schemas.ts';
import { toWorkflow, workflowAccess } from './workflow-access.ts';

/**
 * An edit makes the next version (kept in workflow_versions; runs record the version they ran). The
 * version edited must be the current one: a rule changed meanwhile is a conflict, never overwritten.
 */
export async function updateWorkflow(deps: Deps, actor: Actor, input: UpdateWorkflowInput): Promise<Workflow> {
  const { id, version, name, ...changes } = input;
  await deps.db.transaction(async (tx) => {
    const row = await workflowAccess(tx, actor, id);
    const current = definitionSchema.parse(row.workflow.definition);
    const edited = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const definition = definitionSchema.parse({ ...current, ...edited });
    const impossible = cannotRun(definition);
    if (impossible) throw invalid(impossible.field, impossible.message);
    // Whoever edits a rule answers for it: it acts with their permissions from now on.
    const next = {
      name: name ?? row.workflow.name,
      definition,
      version: version + 1,
      ownerId: actor.userId,
      failures: 0,
      // A schedule counts from the edit (`every`), or its next time of day as edited (`at`); decided on
      // the row as the update finds it, so an enable or disable meanwhile is not undone.
      nextRunAt: sql`case when ${workflows.enabled} then ${firstRunAt(definition, true)?.toISOString() ?? null}::timestamptz end`,
    };
    const [updated] = await tx
      .update(workflows)
      .set(next)
      .where(and(eq(workflows.id, id), eq(workflows.version, version)))
      .returning({ id: workflows.id });
    if (!updated) {
      throw new DomainError('E_CONFLICT', `The rule was changed meanwhile: it is at version ${row.workflow.version}`, {
        currentVersion: row.workflow.version,
      });
    }
    await tx
      .insert(workflowVersions)
      .values({ workflowId: id, version: next.version, name: next.name, definition, editorId: actor.userId });
  });
  return toWorkflow(await workflowAccess(deps.db, actor, id));
}
