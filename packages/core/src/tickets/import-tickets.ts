import {
  departments,
  projectCounters,
  projectMembers,
  ticketAssignees,
  ticketColumns,
  ticketLabels,
  tickets,
  ticketWatchers,
  users,
} from '@ticketing/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import { CsvSyntaxError, parseCsv } from '../csv/parse-csv.ts';
import type { Deps } from '../deps.ts';
import { DomainError, invalid } from '../errors.ts';
import { recordEvents } from '../events/record-events.ts';
import type { OnProgress } from '../progress.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { assertProjectCan, projectAccess } from '../projects/project-access.ts';
import { projectKeySchema } from '../projects/schemas.ts';
import { bodyBoolean } from '../query-params.ts';
import { clocksAtCreation } from '../sla/clocks.ts';
import { loadSlaPolicy } from '../sla/load-policy.ts';
import { safeText } from '../text.ts';
import { ticketCreatedEvent } from './created-event.ts';
import {
  descriptionSchema,
  dueDateSchema,
  labelsSchema,
  prioritySchema,
  statusSchema,
  titleSchema,
} from './schemas.ts';

export const MAX_IMPORT_ROWS = 10_000;
/** As for any ticket (assigneeIdsSchema). */
const MAX_ASSIGNEES = 20;
const BATCH = 1000;

export const importTicketsInput = z.object({
  key: projectKeySchema,
  csv: safeText({ max: 1_000_000 }).describe(
    'CSV with a header row: title (required), description, status, priority, assignees (emails, separated by ;), labels (separated by ;), due_date (YYYY-MM-DD), department (by name)',
  ),
  dryRun: bodyBoolean().default(false).describe('Check every row and report the errors; write nothing'),
});
export type ImportTicketsInput = z.infer<typeof importTicketsInput>;

export const importResultSchema = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    created: z.array(z.string()).describe('The keys of the new tickets, in row order (none on a dry run)'),
    failures: z
      .array(
        z.object({
          row: z.number().int().describe('1-based, header excluded'),
          fields: z.record(z.string(), z.array(z.string())),
        }),
      )
      .describe('Every row that cannot be imported, and why (a dry run only; otherwise an error)'),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof importResultSchema>;

const columns = [
  'title',
  'description',
  'status',
  'priority',
  'assignees',
  'labels',
  'due_date',
  'department',
] as const;
type Column = (typeof columns)[number];

interface Row {
  title: string;
  description: string;
  status: z.infer<typeof statusSchema>;
  priority: z.infer<typeof prioritySchema>;
  assigneeIds: string[];
  labels: string[];
  dueDate: string | null;
  departmentId: string | null;
}

/** Several values in one cell: separated by `;` (commas belong to the CSV, and to labels). */
const list = (value: string) =>
  value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

/** The rows of the CSV as tickets, or each row's problems: nothing is written here. */
async function readRows(deps: Deps, projectId: string, csv: string) {
  let records: string[][];
  try {
    records = parseCsv(csv, MAX_IMPORT_ROWS + 1);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw invalid('csv', `${error.message} (line ${error.line})`);
    throw error;
  }
  const [header = [], ...data] = records;
  const names = header.map((name) => name.trim().toLowerCase().replace(/\s+/g, '_'));
  const unknown = names.filter((name) => !(columns as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw invalid('csv', `Unknown column(s) ${unknown.join(', ')}; the columns are ${columns.join(', ')}`);
  if (!names.includes('title')) throw invalid('csv', 'The header row must name a title column');
  const at = (record: string[], column: Column) => {
    const index = names.indexOf(column);
    return index < 0 ? '' : (record[index] ?? '').trim();
  };

  // People and departments once, for every row.
  const emails = [
    ...new Set(data.flatMap((record) => list(at(record, 'assignees')).map((email) => email.toLowerCase()))),
  ];
  const lookUp = (slice: string[]) =>
    deps.db
      .select({
        id: users.id,
        email: sql<string>`lower(${users.email})`,
        active: users.active,
        member: projectMembers.userId,
      })
      .from(users)
      .leftJoin(projectMembers, and(eq(projectMembers.userId, users.id), eq(projectMembers.projectId, projectId)))
      .where(inArray(sql`lower(${users.email})`, slice));
  const members: Awaited<ReturnType<typeof lookUp>> = [];
  // In slices: a statement's parameters are bounded (65,535 in PostgreSQL's protocol).
  for (let offset = 0; offset < emails.length; offset += 5000) {
    members.push(...(await lookUp(emails.slice(offset, offset + 5000))));
  }
  const byEmail = new Map(members.map((member) => [member.email, member]));
  const departmentRows = await deps.db.select({ id: departments.id, name: departments.name }).from(departments);
  const departmentByName = new Map(departmentRows.map((row) => [row.name.toLowerCase(), row.id]));

  const rows: Row[] = [];
  const failures: ImportResult['failures'] = [];
  data.forEach((record, index) => {
    const fields: Record<string, string[]> = {};
    const check = <T>(column: Column, schema: z.ZodType<T>, value: unknown, fallback: T): T => {
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      fields[column] = parsed.error.issues.map((issue) => issue.message);
      return fallback;
    };
    const assigneeIds: string[] = [];
    const assigneeProblems: string[] = [];
    for (const email of list(at(record, 'assignees'))) {
      const member = byEmail.get(email.toLowerCase());
      if (!member?.active) assigneeProblems.push(`${email}: no active user has this email`);
      else if (!member.member) assigneeProblems.push(`${email}: not a member of this project`);
      else assigneeIds.push(member.id);
    }
    if (assigneeIds.length > MAX_ASSIGNEES) assigneeProblems.push(`At most ${MAX_ASSIGNEES} assignees`);
    if (assigneeProblems.length > 0) fields.assignees = assigneeProblems;
    const department = at(record, 'department');
    const departmentId = department ? (departmentByName.get(department.toLowerCase()) ?? null) : null;
    if (department && !departmentId) fields.department = [`No department is named ${department}`];
    const row: Row = {
      title: check('title', titleSchema, at(record, 'title'), ''),
      description: check('description', descriptionSchema, at(record, 'description'), ''),
      status: check('status', statusSchema, at(record, 'status') || 'open', 'open'),
      priority: check('priority', prioritySchema, at(record, 'priority') || 'medium', 'medium'),
      assigneeIds: [...new Set(assigneeIds)],
      labels: check('labels', labelsSchema, list(at(record, 'labels')), []),
      dueDate: check('due_date', dueDateSchema, at(record, 'due_date') || null, null),
      departmentId,
    };
    if (Object.keys(fields).length > 0) failures.push({ row: index + 1, fields });
    else rows.push(row);
  });
  return { count: data.length, rows, failures };
}

/**
 * Creates a project's tickets from CSV, all in one transaction or none (lead, manager, admin). Each
 * gets the next key, history and a ticket.created event like any create. A dry run checks every
 * row and writes nothing; otherwise any bad row refuses the whole import with every row's problems
 * (E_BULK_REJECTED, as a bulk update does).
 */
/**
 * Checks every row, then (unless a dry run) creates them all in one transaction. `onProgress` hears
 * `checked` once the rows passed, then `created` after each batch of 1,000 (written, not yet
 * committed: the import is all or none).
 */
export async function importTickets(
  deps: Deps,
  actor: Actor,
  input: ImportTicketsInput,
  onProgress?: OnProgress,
): Promise<ImportResult> {
  const access = await projectAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'project:manage');
  const { project } = access;
  assertNotArchived(project);
  const { count, rows, failures } = await readRows(deps, project.id, input.csv);
  if (input.dryRun) return { dryRun: true, rows: count, created: [], failures };
  if (failures.length > 0) {
    throw new DomainError(
      'E_BULK_REJECTED',
      `${failures.length} of ${count} rows cannot be imported; nothing was created`,
      {
        failures: failures.map((failure) => ({
          row: failure.row,
          error: 'E_VALIDATION',
          details: { fields: failure.fields },
        })),
      },
    );
  }
  if (rows.length === 0) return { dryRun: false, rows: 0, created: [], failures: [] };
  onProgress?.({ phase: 'checked', done: rows.length, total: rows.length });

  const created = await deps.db.transaction(async (tx) => {
    // All the numbers at once: the counter row is locked for this import, gapless as ever.
    const [counter] = await tx
      .update(projectCounters)
      .set({ nextNumber: sql`${projectCounters.nextNumber} + ${rows.length}` })
      .where(eq(projectCounters.projectId, project.id))
      .returning({ first: sql<number>`${projectCounters.nextNumber} - ${rows.length}`.mapWith(Number) });
    if (!counter) throw new Error(`project ${project.key} has no ticket counter`);
    // Under the counter's lock, as a create reads it.
    const policy = await loadSlaPolicy(tx, project.id);
    const keys: string[] = [];
    const now = new Date();
    for (let offset = 0; offset < rows.length; offset += BATCH) {
      const batch = rows.slice(offset, offset + BATCH);
      const inserted = await tx
        .insert(tickets)
        .values(
          batch.map((row, i) => {
            const number = counter.first + offset + i;
            return {
              projectId: project.id,
              number,
              key: `${project.key}-${number}`,
              title: row.title,
              description: row.description,
              status: row.status,
              priority: row.priority,
              departmentId: row.departmentId,
              reporterId: actor.userId,
              dueDate: row.dueDate,
              closedAt: row.status === 'closed' ? now : null,
              startedAt: row.status === 'in_progress' ? now : null,
              createdAt: now,
              updatedAt: now,
              // A ticket imported closed was dealt with before it came here: no targets to meet or miss.
              ...clocksAtCreation(row.status === 'closed' ? null : policy, row.priority, row.status, now),
            };
          }),
        )
        .returning(ticketColumns);
      const byNumber = new Map(inserted.map((ticket) => [ticket.number, ticket]));
      const placed = batch.map((row, i) => {
        const ticket = byNumber.get(counter.first + offset + i);
        if (!ticket) throw new Error('an imported ticket is missing');
        return { row, ticket };
      });
      const assignees = placed.flatMap(({ row, ticket }) =>
        row.assigneeIds.map((userId) => ({ ticketId: ticket.id, userId })),
      );
      if (assignees.length > 0) await tx.insert(ticketAssignees).values(assignees);
      const labels = placed.flatMap(({ row, ticket }) => row.labels.map((label) => ({ ticketId: ticket.id, label })));
      if (labels.length > 0) await tx.insert(ticketLabels).values(labels);
      await tx
        .insert(ticketWatchers)
        .values(
          placed.flatMap(({ row, ticket }) =>
            [...new Set([actor.userId, ...row.assigneeIds])].map((userId) => ({ ticketId: ticket.id, userId })),
          ),
        );
      await recordEvents(
        tx,
        actor,
        placed.map(({ row, ticket }) => ticketCreatedEvent(ticket, row)),
      );
      keys.push(...placed.map(({ ticket }) => ticket.key));
      onProgress?.({ phase: 'created', done: keys.length, total: rows.length });
    }
    return keys;
  });
  return { dryRun: false, rows: count, created, failures: [] };
}
