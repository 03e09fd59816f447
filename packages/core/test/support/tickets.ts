import type { Database } from '@ticketing/db/client';
import { type TicketStatus, ticketHistory, tickets, ticketWatchers } from '@ticketing/db/schema';
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../src/actor.ts';
import { addComment, deleteComment, editComment, listComments } from '../../src/comments/comments.ts';
import {
  addCommentInput,
  deleteCommentInput,
  editCommentInput,
  listCommentsInput,
} from '../../src/comments/schemas.ts';
import type { Deps } from '../../src/deps.ts';
import { createProject } from '../../src/projects/create-project.ts';
import { getProject } from '../../src/projects/get-project.ts';
import { listProjects, listProjectsInput } from '../../src/projects/list-projects.ts';
import { addMember, listMembers, removeMember, updateMember } from '../../src/projects/members.ts';
import {
  addMemberInput,
  createProjectInput,
  projectKeyInput,
  removeMemberInput,
  updateMemberInput,
  updateProjectInput,
} from '../../src/projects/schemas.ts';
import { updateProject } from '../../src/projects/update-project.ts';
import { makeActor, makeProject } from '../../src/testing/factories.ts';
import { assignTicket } from '../../src/tickets/assign-ticket.ts';
import { bulkUpdateTickets } from '../../src/tickets/bulk-update-tickets.ts';
import { createTicket } from '../../src/tickets/create-ticket.ts';
import { deleteTicket, restoreTicket } from '../../src/tickets/delete-ticket.ts';
import { getTicket } from '../../src/tickets/get-ticket.ts';
import { listTickets } from '../../src/tickets/list-tickets.ts';
import {
  assignTicketInput,
  bulkUpdateInput,
  createTicketInput,
  listTicketsInput,
  type Ticket,
  ticketKeyInput,
  transitionTicketInput,
  updateTicketInput,
} from '../../src/tickets/schemas.ts';
import { ticketHistoryOf } from '../../src/tickets/ticket-history.ts';
import { transitionTicket } from '../../src/tickets/transition-ticket.ts';
import { updateTicket } from '../../src/tickets/update-ticket.ts';
import { isWatching, setWatching } from '../../src/tickets/watch-ticket.ts';

/**
 * The project, ticket and comment domain functions, each called with its input parsed by the schema
 * the transport uses (so defaults and normalisation apply exactly as in production).
 */
export function domain(deps: Deps) {
  return {
    createProject: (actor: Actor, input: z.input<typeof createProjectInput>) =>
      createProject(deps, actor, createProjectInput.parse(input)),
    getProject: (actor: Actor, key: string) => getProject(deps, actor, projectKeyInput.parse({ key })),
    listProjects: (actor: Actor, input: z.input<typeof listProjectsInput> = {}) =>
      listProjects(deps, actor, listProjectsInput.parse(input)),
    updateProject: (actor: Actor, input: z.input<typeof updateProjectInput>) =>
      updateProject(deps, actor, updateProjectInput.parse(input)),
    archiveProject: (actor: Actor, key: string) =>
      updateProject(deps, actor, { ...projectKeyInput.parse({ key }), archived: true }),
    unarchiveProject: (actor: Actor, key: string) =>
      updateProject(deps, actor, { ...projectKeyInput.parse({ key }), archived: false }),

    listMembers: (actor: Actor, key: string) => listMembers(deps, actor, projectKeyInput.parse({ key })),
    addMember: (actor: Actor, input: z.input<typeof addMemberInput>) =>
      addMember(deps, actor, addMemberInput.parse(input)),
    updateMember: (actor: Actor, input: z.input<typeof updateMemberInput>) =>
      updateMember(deps, actor, updateMemberInput.parse(input)),
    removeMember: (actor: Actor, input: z.input<typeof removeMemberInput>) =>
      removeMember(deps, actor, removeMemberInput.parse(input)),

    createTicket: (actor: Actor, input: z.input<typeof createTicketInput>) =>
      createTicket(deps, actor, createTicketInput.parse(input)),
    getTicket: (actor: Actor, key: string) => getTicket(deps, actor, ticketKeyInput.parse({ key })),
    updateTicket: (actor: Actor, input: z.input<typeof updateTicketInput>) =>
      updateTicket(deps, actor, updateTicketInput.parse(input)),
    transitionTicket: (actor: Actor, input: z.input<typeof transitionTicketInput>) =>
      transitionTicket(deps, actor, transitionTicketInput.parse(input)),
    assignTicket: (actor: Actor, input: z.input<typeof assignTicketInput>) =>
      assignTicket(deps, actor, assignTicketInput.parse(input)),
    deleteTicket: (actor: Actor, key: string) => deleteTicket(deps, actor, ticketKeyInput.parse({ key })),
    restoreTicket: (actor: Actor, key: string) => restoreTicket(deps, actor, ticketKeyInput.parse({ key })),
    historyOf: (actor: Actor, key: string) => ticketHistoryOf(deps, actor, ticketKeyInput.parse({ key })),
    setWatching: (actor: Actor, key: string, watching: boolean) =>
      setWatching(deps, actor, { ...ticketKeyInput.parse({ key }), watching }),
    isWatching: async (actor: Actor, key: string) =>
      (await isWatching(deps, actor, ticketKeyInput.parse({ key }))).watching,
    listTickets: (actor: Actor, input: z.input<typeof listTicketsInput> = {}) =>
      listTickets(deps, actor, listTicketsInput.parse(input)),
    bulkUpdate: (actor: Actor, input: z.input<typeof bulkUpdateInput>) =>
      bulkUpdateTickets(deps, actor, bulkUpdateInput.parse(input)),

    addComment: (actor: Actor, input: z.input<typeof addCommentInput>) =>
      addComment(deps, actor, addCommentInput.parse(input)),
    editComment: (actor: Actor, input: z.input<typeof editCommentInput>) =>
      editComment(deps, actor, editCommentInput.parse(input)),
    deleteComment: (actor: Actor, input: z.input<typeof deleteCommentInput>) =>
      deleteComment(deps, actor, deleteCommentInput.parse(input)),
    listComments: (actor: Actor, input: z.input<typeof listCommentsInput>) =>
      listComments(deps, actor, listCommentsInput.parse(input)),
  };
}

export type TestActor = Awaited<ReturnType<typeof makeActor>>;

/**
 * A project with one person per project role, plus an outsider: the lead is a plain user (project
 * role lead), the others plain users with the named project roles.
 */
export async function makeTeam(deps: Deps, options: { key?: string } = {}) {
  const [lead, member, viewer, outsider] = await Promise.all([
    makeActor(deps.db, { role: 'user', name: 'Lead Person' }),
    makeActor(deps.db, { role: 'user', name: 'Member Person' }),
    makeActor(deps.db, { role: 'user', name: 'Viewer Person' }),
    makeActor(deps.db, { role: 'user', name: 'Outsider Person' }),
  ]);
  const project = await makeProject(deps, lead.actor, {
    ...(options.key ? { key: options.key } : {}),
    members: [
      { userId: member.user.id, role: 'member' },
      { userId: viewer.user.id, role: 'viewer' },
    ],
  });
  return { project, lead, member, viewer, outsider };
}

/** The user ids watching a ticket, sorted. */
export async function watcherIdsOf(db: Database, ticketId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: ticketWatchers.userId })
    .from(ticketWatchers)
    .where(eq(ticketWatchers.ticketId, ticketId));
  return rows.map((row) => row.userId).sort();
}

/** The raw history rows of a ticket, oldest first. */
export function historyRowsOf(db: Database, ticketId: string) {
  return db.select().from(ticketHistory).where(eq(ticketHistory.ticketId, ticketId)).orderBy(asc(ticketHistory.id));
}

/**
 * Test setup only: puts a ticket straight into a status (closedAt to match) without going through the
 * lifecycle, so each transition can be tried from every state.
 */
export async function forceStatus(db: Database, ticketId: string, status: TicketStatus): Promise<void> {
  await db
    .update(tickets)
    .set({ status, closedAt: status === 'closed' ? new Date() : null })
    .where(eq(tickets.id, ticketId));
}

export const keysOf = (items: readonly Pick<Ticket, 'key'>[]) => items.map((ticket) => ticket.key);

export const sortedIds = (ids: readonly string[]) => [...ids].sort();
