import { QueryClient, type QueryKey } from '@tanstack/react-query';
import type { AppRouter } from '@ticketing/api/root';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { invalidationsFor, type LiveEvent } from '../src/live-invalidation.ts';

// The real query keys of the real options proxy in a real QueryClient; nothing is fetched (no query
// has an observer), so the client's URL is never called.
const queryClient = new QueryClient();
const trpc = createTRPCOptionsProxy<AppRouter>({
  client: createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: 'http://127.0.0.1:9/trpc', transformer: superjson })],
  }),
  queryClient,
});

const cached = {
  'ticket P-1': trpc.tickets.get.queryKey({ key: 'P-1' }),
  'ticket P-2': trpc.tickets.get.queryKey({ key: 'P-2' }),
  'history P-1': trpc.tickets.history.queryKey({ key: 'P-1' }),
  'history P-2': trpc.tickets.history.queryKey({ key: 'P-2' }),
  'comments P-1': trpc.tickets.comments.list.queryKey({ key: 'P-1', limit: 20 }),
  'comment pages P-1': trpc.tickets.comments.list.infiniteQueryKey({ key: 'P-1' }),
  'comments P-2': trpc.tickets.comments.list.queryKey({ key: 'P-2' }),
  'attachments P-1': trpc.attachments.list.queryKey({ key: 'P-1' }),
  'watching P-1': trpc.tickets.watching.queryKey({ key: 'P-1' }),
  'tickets in P': trpc.tickets.list.queryKey({ projectKeys: ['P'], sort: 'key' }),
  'tickets in Q': trpc.tickets.list.queryKey({ projectKeys: ['Q'] }),
  'all tickets': trpc.tickets.list.queryKey({}),
  'events of Q': trpc.events.list.queryKey({ projectKeys: ['Q'] }),
  'all events': trpc.events.list.queryKey({}),
  'project P': trpc.projects.get.queryKey({ key: 'P' }),
  'project Q': trpc.projects.get.queryKey({ key: 'Q' }),
  'members of P': trpc.projects.members.list.queryKey({ key: 'P' }),
  'members of Q': trpc.projects.members.list.queryKey({ key: 'Q' }),
  projects: trpc.projects.list.queryKey({}),
  me: trpc.auth.me.queryKey(),
} satisfies Record<string, QueryKey>;

/** Which of the cached queries `event` invalidates, starting from a fresh cache. */
async function invalidatedBy(event: LiveEvent): Promise<string[]> {
  queryClient.clear();
  const cache = queryClient.getQueryCache();
  for (const queryKey of Object.values(cached)) cache.build(queryClient, { queryKey });
  await Promise.all(invalidationsFor(trpc, event).map((filter) => queryClient.invalidateQueries(filter)));
  return Object.entries(cached)
    .filter(([, queryKey]) => queryClient.getQueryState(queryKey)?.isInvalidated)
    .map(([name]) => name)
    .sort();
}

const base = {
  id: 41,
  createdAt: new Date('2026-11-30T12:00:00Z'),
  project: { id: '00000000-0000-4000-8000-000000000001', key: 'P' },
  actor: { kind: 'user' as const, user: null, via: 'session' as const },
};
const ticket = { id: '00000000-0000-4000-8000-000000000002', key: 'P-1' };
const uuid = '00000000-0000-4000-8000-000000000003';

describe('invalidationsFor', () => {
  it('a ticket change: that ticket and its history, the ticket lists and feeds that show its project', async () => {
    const event: LiveEvent = {
      ...base,
      type: 'ticket.updated',
      ticket,
      data: { key: 'P-1', version: 2, changes: { title: { old: 'a', new: 'b' } } },
    };
    expect(await invalidatedBy(event)).toEqual([
      'all events',
      'all tickets',
      'history P-1',
      'ticket P-1',
      'tickets in P',
    ]);
  });

  it('an assignment: also whether you watch that ticket (assignees become watchers)', async () => {
    const event: LiveEvent = {
      ...base,
      type: 'ticket.assigned',
      ticket,
      data: { key: 'P-1', version: 2, added: [uuid], removed: [] },
    };
    expect(await invalidatedBy(event)).toEqual([
      'all events',
      'all tickets',
      'history P-1',
      'ticket P-1',
      'tickets in P',
      'watching P-1',
    ]);
  });

  it('an attachment: also that ticket’s attachments', async () => {
    const event: LiveEvent = {
      ...base,
      type: 'attachment.added',
      ticket,
      data: { key: 'P-1', version: 3, attachmentId: uuid, fileName: 'log.txt', contentType: 'text/plain', size: 3 },
    };
    expect(await invalidatedBy(event)).toEqual([
      'all events',
      'all tickets',
      'attachments P-1',
      'history P-1',
      'ticket P-1',
      'tickets in P',
    ]);
  });

  it('a comment: also that ticket’s comments, as queries and as infinite pages', async () => {
    const event: LiveEvent = {
      ...base,
      type: 'comment.added',
      ticket,
      data: { key: 'P-1', version: 3, commentId: uuid, authorId: uuid, body: 'hi' },
    };
    expect(await invalidatedBy(event)).toEqual([
      'all events',
      'all tickets',
      'comment pages P-1',
      'comments P-1',
      'history P-1',
      'ticket P-1',
      'tickets in P',
    ]);
  });

  it('a membership change: that project, its members, the project list; no ticket', async () => {
    const event: LiveEvent = {
      ...base,
      type: 'member.added',
      ticket: null,
      data: { key: 'P', userId: uuid, role: 'viewer' },
    };
    expect(await invalidatedBy(event)).toEqual(['all events', 'members of P', 'project P', 'projects']);
  });

  it('a project change: that project and the project list, not its members', async () => {
    const event: LiveEvent = { ...base, type: 'project.archived', ticket: null, data: { key: 'P' } };
    expect(await invalidatedBy(event)).toEqual(['all events', 'project P', 'projects']);
  });

  it('an event outside any project: nothing', async () => {
    const event: LiveEvent = {
      ...base,
      project: null,
      ticket: null,
      type: 'department.created',
      data: { departmentId: uuid, name: 'Ops' },
    };
    expect(await invalidatedBy(event)).toEqual([]);
  });
});
