import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hashPassword } from '@ticketing/core/auth/passwords';
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
import { getTableName } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import { generateOrganisation, generateTickets, type SeedPlan, type TicketSeed } from './generate.ts';
import { createProgress } from './progress.ts';

type Value = string | number | boolean | Date | null | undefined;

// COPY text format: tab-separated, \N for null, backslash escapes.
const field = (value: Value): string => {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
};
const line = (values: Value[]) => `${values.map(field).join('\t')}\n`;

/** COPY rows into a table of the project's schema; column keys are the schema's, cased as Drizzle does. */
async function copy(
  sql: postgres.Sql,
  table: PgTable,
  columns: string[],
  rows: Iterable<string> | AsyncIterable<string>,
) {
  const target = `"${getTableName(table)}" (${columns.map((column) => `"${toSnakeCase(column)}"`).join(', ')})`;
  const writable = await sql.unsafe(`copy ${target} from stdin`).writable();
  await pipeline(Readable.from(rows), writable);
}

const SEEDED_TABLES = [tickets, ticketAssignees, ticketLabels, ticketWatchers, comments, ticketHistory].map(
  getTableName,
);

/**
 * Loads a data set of `plan.tickets` tickets into a migrated, empty PostgreSQL database with COPY:
 * secondary indexes are dropped first and rebuilt once at the end (far faster than maintaining them
 * row by row), foreign-key triggers are skipped for the load (the generator keeps references valid).
 */
export async function copySeed(sql: postgres.Sql, plan: SeedPlan, password: string): Promise<{ seconds: number }> {
  const started = performance.now();
  const organisation = generateOrganisation(plan);
  const passwordHash = await hashPassword(password);

  const indexes = await sql<{ indexname: string; indexdef: string }[]>`
    select i.indexname, i.indexdef from pg_indexes i
    where i.schemaname = 'public' and i.tablename in ${sql(SEEDED_TABLES)}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
  for (const index of indexes) await sql.unsafe(`drop index "${index.indexname}"`);
  await sql`set session_replication_role = replica`;

  await copy(
    sql,
    departments,
    ['id', 'name'],
    organisation.departments.map((d) => line([d.id, d.name])),
  );
  await copy(
    sql,
    users,
    ['id', 'email', 'name', 'passwordHash', 'role', 'departmentId'],
    organisation.users.map((u) => line([u.id, u.email, u.name, passwordHash, u.role, u.departmentId])),
  );
  await copy(
    sql,
    projects,
    ['id', 'key', 'name', 'leadId'],
    organisation.projects.map((p) => line([p.id, p.key, p.name, p.leadId])),
  );
  await copy(
    sql,
    projectMembers,
    ['projectId', 'userId', 'role'],
    organisation.members.map((m) => line([m.projectId, m.userId, m.role])),
  );

  const progress = createProgress('tickets', plan.tickets);
  const lastNumber = new Map<string, number>();
  // Child rows are collected while the tickets stream out, then written with one COPY per table.
  const children = {
    assignees: [] as string[],
    labels: [] as string[],
    watchers: [] as string[],
    comments: [] as string[],
    history: [] as string[],
  };
  const addChildren = (t: TicketSeed) => {
    lastNumber.set(t.projectId, t.number);
    for (const userId of t.assigneeIds) children.assignees.push(line([t.id, userId]));
    for (const label of t.labels) children.labels.push(line([t.id, label]));
    for (const userId of new Set([t.reporterId, ...t.assigneeIds])) children.watchers.push(line([t.id, userId]));
    for (const c of t.comments)
      children.comments.push(line([c.id, t.id, c.authorId, c.body, c.createdAt, c.createdAt]));
    children.history.push(
      line([t.id, t.reporterId, 'created', null, null, JSON.stringify({ title: t.title }), 1, t.createdAt]),
    );
    if (t.status !== 'open') {
      children.history.push(
        line([t.id, t.reporterId, 'transitioned', 'status', '"open"', JSON.stringify(t.status), 2, t.updatedAt]),
      );
    }
  };
  const ticketLines = function* () {
    for (const batch of generateTickets(plan, organisation)) {
      batch.forEach(addChildren);
      yield batch
        .map((t) =>
          line([
            t.id,
            t.projectId,
            t.number,
            t.key,
            t.title,
            t.description,
            t.status,
            t.priority,
            t.departmentId,
            t.reporterId,
            t.dueDate,
            t.version,
            t.createdAt,
            t.updatedAt,
            t.closedAt,
            t.startedAt,
          ]),
        )
        .join('');
      progress.tick(batch.length);
    }
  };
  await copy(
    sql,
    tickets,
    [
      'id',
      'projectId',
      'number',
      'key',
      'title',
      'description',
      'status',
      'priority',
      'departmentId',
      'reporterId',
      'dueDate',
      'version',
      'createdAt',
      'updatedAt',
      'closedAt',
      'startedAt',
    ],
    ticketLines(),
  );
  progress.done();

  await copy(sql, ticketAssignees, ['ticketId', 'userId'], children.assignees);
  await copy(sql, ticketLabels, ['ticketId', 'label'], children.labels);
  await copy(sql, ticketWatchers, ['ticketId', 'userId'], children.watchers);
  await copy(sql, comments, ['id', 'ticketId', 'authorId', 'body', 'createdAt', 'updatedAt'], children.comments);
  await copy(
    sql,
    ticketHistory,
    ['ticketId', 'actorId', 'action', 'field', 'oldValue', 'newValue', 'version', 'createdAt'],
    children.history,
  );
  await copy(
    sql,
    projectCounters,
    ['projectId', 'nextNumber'],
    organisation.projects.map((p) => line([p.id, (lastNumber.get(p.id) ?? 0) + 1])),
  );
  // The copy ran with triggers off: set what they would have (migration 0013).
  await sql`select ticket_sets_rebuild()`;
  await sql`select report_rollups_rebuild()`;
  await sql`set session_replication_role = default`;

  const indexStarted = performance.now();
  await sql`set maintenance_work_mem = '512MB'`;
  for (const index of indexes) await sql.unsafe(index.indexdef);
  process.stderr.write(`indexes rebuilt in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s\n`);
  await sql`vacuum analyze`;
  // Flush the load's dirty pages now, not during the first measured writes.
  await sql`checkpoint`;
  return { seconds: (performance.now() - started) / 1000 };
}
