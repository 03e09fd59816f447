import type { Executor } from '@ticketing/db/client';
import { type CommentRow, comments, tickets, users } from '@ticketing/db/schema';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import { isoDateTime } from '../date-range.ts';
import type { Deps } from '../deps.ts';
import { forbidden, notFound } from '../errors.ts';
import type { EventType, NewEvent } from '../events/catalog.ts';
import { recordEvents } from '../events/record-events.ts';
import { decodeCursor, pageOf } from '../pagination.ts';
import { assertNotArchived } from '../projects/assert-not-archived.ts';
import { assertProjectCan } from '../projects/project-access.ts';
import { breachesFoundBy, nextClocks } from '../sla/clocks.ts';
import { loadSlaPolicy } from '../sla/load-policy.ts';
import { uuidInput } from '../text.ts';
import { type TicketAccess, ticketAccess } from '../tickets/ticket-access.ts';
import type { Comment } from './schemas.ts';

async function toComments(db: Executor, ticketKey: string, rows: CommentRow[]): Promise<Comment[]> {
  if (rows.length === 0) return [];
  const authors = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...new Set(rows.map((row) => row.authorId))]));
  const nameOf = new Map(authors.map((author) => [author.id, author.name]));
  return rows.map((row) => ({
    id: row.id,
    ticketKey,
    author: { id: row.authorId, name: nameOf.get(row.authorId) ?? '' },
    body: row.body,
    edited: row.updatedAt.getTime() !== row.createdAt.getTime(),
    automated: row.automated,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}

/** The event of a change to a comment, on the ticket as it stands (comments leave its version alone). */
const commentEvent = <T extends Extract<EventType, `comment.${string}`>>(type: T, access: TicketAccess) => ({
  type,
  projectId: access.ticket.projectId,
  ticketId: access.ticket.id,
  ref: { key: access.ticket.key, version: access.ticket.version },
});

/** Comments touch the ticket's updatedAt (it shows activity) but not its version (no edit conflict). */
async function touch(db: Executor, access: TicketAccess) {
  await db.update(tickets).set({ updatedAt: new Date() }).where(eq(tickets.id, access.ticket.id));
}

/** A person of the project other than the reporter answering for the first time (SLA: first response). */
const isFirstResponse = (actor: Actor, access: TicketAccess) =>
  access.ticket.firstRespondedAt === null &&
  actor.via.kind !== 'automation' &&
  actor.userId !== access.ticket.reporterId &&
  (access.myRole !== null || actor.role === 'admin');

/** Touches the ticket and stops its first-response clock: met, or breached if late (then its event). */
async function respond(db: Executor, access: TicketAccess, now: Date): Promise<NewEvent[]> {
  const { ticket } = access;
  const policy = await loadSlaPolicy(db, ticket.projectId);
  const clocks = nextClocks(policy, ticket, { status: ticket.status, priority: ticket.priority, responded: true }, now);
  await db
    .update(tickets)
    .set({ ...clocks, updatedAt: now })
    .where(eq(tickets.id, ticket.id));
  return breachesFoundBy(ticket, clocks, {
    projectId: ticket.projectId,
    ticketId: ticket.id,
    key: ticket.key,
    version: ticket.version,
  });
}

export async function addComment(deps: Deps, actor: Actor, input: { key: string; body: string }): Promise<Comment> {
  const row = await deps.db.transaction(async (tx) => {
    // Locked first: a delete or restore of the ticket is never half seen by the activity counts.
    const access = await ticketAccess(tx, actor, input.key, { forUpdate: true });
    assertProjectCan(access, 'ticket:comment');
    assertNotArchived(access.project);
    const [comment] = await tx
      .insert(comments)
      .values({
        ticketId: access.ticket.id,
        authorId: actor.userId,
        body: input.body,
        automated: actor.via.kind === 'automation',
      })
      .returning();
    if (!comment) throw new Error('comment insert returned no row');
    const answers = isFirstResponse(actor, access);
    const breaches = answers ? await respond(tx, access, comment.createdAt) : [];
    if (!answers) await touch(tx, access);
    const { ref, ...event } = commentEvent('comment.added', access);
    await recordEvents(tx, actor, [
      { ...event, data: { ...ref, commentId: comment.id, authorId: comment.authorId, body: comment.body } },
      ...breaches,
    ]);
    return comment;
  });
  const [comment] = await toComments(deps.db, input.key.toUpperCase(), [row]);
  if (!comment) throw new Error('comment vanished');
  return comment;
}

async function commentOf(db: Executor, access: TicketAccess, commentId: string): Promise<CommentRow> {
  const [row] = await db
    .select()
    .from(comments)
    .where(and(eq(comments.id, commentId), eq(comments.ticketId, access.ticket.id)));
  if (!row) throw notFound('Comment', { commentId });
  return row;
}

/** Only the author edits a comment. */
export async function editComment(
  deps: Deps,
  actor: Actor,
  input: { key: string; commentId: string; body: string },
): Promise<Comment> {
  const row = await deps.db.transaction(async (tx) => {
    const access = await ticketAccess(tx, actor, input.key);
    assertProjectCan(access, 'ticket:read');
    const existing = await commentOf(tx, access, input.commentId);
    if (existing.authorId !== actor.userId) throw forbidden('Only the author may edit a comment');
    assertNotArchived(access.project);
    const [updated] = await tx
      .update(comments)
      .set({ body: input.body })
      .where(eq(comments.id, existing.id))
      .returning();
    if (!updated) throw new Error('comment update returned no row');
    await touch(tx, access);
    const { ref, ...event } = commentEvent('comment.edited', access);
    await recordEvents(tx, actor, [
      {
        ...event,
        data: { ...ref, commentId: updated.id, authorId: updated.authorId, before: existing.body, after: updated.body },
      },
    ]);
    return updated;
  });
  const [comment] = await toComments(deps.db, input.key.toUpperCase(), [row]);
  if (!comment) throw new Error('comment vanished');
  return comment;
}

/** The author, the project lead (or a manager in the project) and admins delete comments. */
export async function deleteComment(
  deps: Deps,
  actor: Actor,
  input: { key: string; commentId: string },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const access = await ticketAccess(tx, actor, input.key, { forUpdate: true });
    assertProjectCan(access, 'ticket:read');
    const existing = await commentOf(tx, access, input.commentId);
    if (existing.authorId !== actor.userId) assertProjectCan(access, 'comment:moderate');
    assertNotArchived(access.project);
    await tx.delete(comments).where(eq(comments.id, existing.id));
    const { ref, ...event } = commentEvent('comment.deleted', access);
    await recordEvents(tx, actor, [
      { ...event, data: { ...ref, commentId: existing.id, authorId: existing.authorId, body: existing.body } },
    ]);
  });
}

const commentCursor = z.tuple([isoDateTime, uuidInput()]);

/** Oldest first, keyset-paginated on (createdAt, id). */
export async function listComments(
  deps: Deps,
  actor: Actor,
  input: { key: string; limit: number; cursor?: string | undefined },
): Promise<{ items: Comment[]; nextCursor: string | null }> {
  const access = await ticketAccess(deps.db, actor, input.key);
  assertProjectCan(access, 'ticket:read');
  const after = input.cursor ? decodeCursor(input.cursor, commentCursor) : undefined;
  const rows = await deps.db
    .select()
    .from(comments)
    .where(
      and(
        eq(comments.ticketId, access.ticket.id),
        after
          ? sql`(${comments.createdAt}, ${comments.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (row) => [row.createdAt.toISOString(), row.id]);
  return { items: await toComments(deps.db, access.ticket.key, page.items), nextCursor: page.nextCursor };
}
