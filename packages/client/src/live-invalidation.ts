import type { Query, QueryFilters } from '@tanstack/react-query';
import type { AppRouter } from '@ticketing/api/root';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { RouterOutputs } from './types.ts';

/** An event as events.list and events.subscribe deliver it. */
export type LiveEvent = RouterOutputs['events']['list']['items'][number];

type Trpc = TRPCOptionsProxy<AppRouter>;

/** The input a tRPC query key holds (`[path, { input, type }]`). */
const inputOf = (query: Query): { projectKeys?: unknown } | undefined => {
  const meta = query.queryKey[1];
  return typeof meta === 'object' && meta !== null && 'input' in meta
    ? (meta.input as { projectKeys?: unknown } | undefined)
    : undefined;
};

/** A ticket list (or the event feed) that shows `projectKey`: one over all projects, or naming it. */
const showsProject = (projectKey: string) => (query: Query) => {
  const keys = inputOf(query)?.projectKeys;
  return !Array.isArray(keys) || keys.length === 0 || keys.includes(projectKey);
};

/**
 * The cached queries one event makes stale, and only those: the ticket it is about (its data,
 * history and, for comments and attachments, those), the ticket lists and event feeds that show its
 * project, and for project and membership events that project, its members and the project list.
 */
export function invalidationsFor(trpc: Trpc, event: LiveEvent): QueryFilters[] {
  const project = event.project?.key;
  if (!project) return [];
  const inProject = showsProject(project);
  const filters: QueryFilters[] = [trpc.events.list.pathFilter({ predicate: inProject })];
  const ticket = event.ticket?.key;
  if (ticket) {
    const key = { key: ticket };
    filters.push(
      trpc.tickets.list.pathFilter({ predicate: inProject }),
      trpc.tickets.get.queryFilter(key),
      trpc.tickets.history.queryFilter(key),
    );
    // Being assigned makes you a watcher.
    if (event.type === 'ticket.assigned') filters.push(trpc.tickets.watching.queryFilter(key));
    if (event.type.startsWith('attachment.')) filters.push(trpc.attachments.list.queryFilter(key));
    if (event.type.startsWith('comment.')) {
      filters.push(trpc.tickets.comments.list.queryFilter(key), trpc.tickets.comments.list.infiniteQueryFilter(key));
    }
  }
  if (event.type.startsWith('project.') || event.type.startsWith('member.')) {
    filters.push(trpc.projects.get.queryFilter({ key: project }), trpc.projects.list.pathFilter());
  }
  if (event.type.startsWith('member.')) filters.push(trpc.projects.members.list.queryFilter({ key: project }));
  return filters;
}
