import { hashPassword } from '@ticketing/core/auth/passwords';
import type { Database } from '@ticketing/db/client';
import {
  comments,
  departments,
  projectCounters,
  projectMembers,
  projects,
  ticketAssignees,
  ticketHistory,
  ticketLabels,
  tickets,
  ticketWatchers,
  users,
} from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import { generateOrganisation, generateTickets, HOT_PROJECT_KEY, planFor } from './generate.ts';

export const DEMO_PASSWORD = 'demo-password';

/**
 * A small demo data set through ordinary inserts (works on PGlite and PostgreSQL alike), from the
 * same generator as the benchmark's. Does nothing when the demo project already exists.
 */
export async function demoSeed(
  db: Database,
  ticketCount = 300,
): Promise<{ created: boolean; users: number; tickets: number }> {
  const [existing] = await db.select({ id: projects.id }).from(projects).where(eq(projects.key, HOT_PROJECT_KEY));
  if (existing) return { created: false, users: 0, tickets: 0 };
  const plan = planFor(ticketCount);
  const organisation = generateOrganisation(plan);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    // Demo department names may exist already (an admin created them); reuse none, add what is missing.
    await tx.insert(departments).values(organisation.departments).onConflictDoNothing();
    const known = new Set((await tx.select({ id: departments.id }).from(departments)).map((d) => d.id));
    await tx.insert(users).values(
      organisation.users.map((u) => ({
        ...u,
        email: u.email.replace('@example.com', '@demo.example'),
        passwordHash,
        departmentId: known.has(u.departmentId) ? u.departmentId : null,
      })),
    );
    await tx.insert(projects).values(organisation.projects);
    await tx.insert(projectMembers).values(organisation.members);
    const lastNumber = new Map<string, number>();
    for (const batch of generateTickets(plan, organisation, 500)) {
      await tx.insert(tickets).values(
        batch.map((t) => ({
          ...t,
          departmentId: t.departmentId && known.has(t.departmentId) ? t.departmentId : null,
        })),
      );
      const assignees = batch.flatMap((t) => t.assigneeIds.map((userId) => ({ ticketId: t.id, userId })));
      const labels = batch.flatMap((t) => t.labels.map((label) => ({ ticketId: t.id, label })));
      const watchers = batch.flatMap((t) =>
        [...new Set([t.reporterId, ...t.assigneeIds])].map((userId) => ({ ticketId: t.id, userId })),
      );
      const notes = batch.flatMap((t) => t.comments.map((c) => ({ ...c, ticketId: t.id, updatedAt: c.createdAt })));
      const history = batch.map((t) => ({
        ticketId: t.id,
        actorId: t.reporterId,
        action: 'created' as const,
        newValue: { title: t.title },
        version: 1,
        createdAt: t.createdAt,
      }));
      if (assignees.length) await tx.insert(ticketAssignees).values(assignees);
      if (labels.length) await tx.insert(ticketLabels).values(labels);
      await tx.insert(ticketWatchers).values(watchers);
      if (notes.length) await tx.insert(comments).values(notes);
      await tx.insert(ticketHistory).values(history);
      for (const t of batch) lastNumber.set(t.projectId, t.number);
    }
    await tx
      .insert(projectCounters)
      .values(organisation.projects.map((p) => ({ projectId: p.id, nextNumber: (lastNumber.get(p.id) ?? 0) + 1 })));
  });
  return { created: true, users: plan.users, tickets: plan.tickets };
}
