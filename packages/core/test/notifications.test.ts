import type { Database } from '@ticketing/db/client';
import { events, notifications, projectMembers, ticketWatchers } from '@ticketing/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type Actor, systemActor } from '../src/actor.ts';
import { consumeBatch } from '../src/events/consume.ts';
import { recordEvents } from '../src/events/record-events.ts';
import { inboxConsumer } from '../src/notifications/inbox-consumer.ts';
import { listNotifications } from '../src/notifications/list-notifications.ts';
import { markRead } from '../src/notifications/mark-read.ts';
import { listNotificationsInput, markReadInput, UNREAD_COUNT_CAP } from '../src/notifications/schemas.ts';
import { countUnread } from '../src/notifications/unread-count.ts';
import { encodeCursor } from '../src/pagination.ts';
import { makeActor, makeProject } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import type { Ticket } from '../src/tickets/schemas.ts';
import { deactivateUser } from '../src/users/deactivate-user.ts';
import { rejectionOf } from './support/helpers.ts';
import { domain } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);

/** Runs the inbox consumer until it has caught up with every settled event. */
async function drainInbox(on: Database = db): Promise<void> {
  while ((await consumeBatch(on, inboxConsumer)) > 0) {
    // Another batch may be waiting.
  }
}

// The consumer starts "from now": its position is set here, before anything below happens.
await drainInbox();

const person = (name: string, email: string, role: 'user' | 'admin' = 'user') => makeActor(db, { name, email, role });
const [lead, ann, bob, cat, eve, dan, admin] = await Promise.all([
  person('Lead Person', 'lead@example.com'),
  person('Ann Lee', 'ann.lee@example.com'),
  person('Bob Brown', 'bob@example.com'),
  person('Cat Cole', 'cat.cole@example.com'),
  person('Eve Evans', 'eve@example.com'),
  person('Dan Outsider', 'dan@example.com'),
  person('Ada Admin', 'ada@example.com', 'admin'),
]);
const project = await makeProject(deps, lead.actor, {
  key: 'INB',
  members: [
    { userId: ann.user.id, role: 'member' },
    { userId: bob.user.id, role: 'member' },
    { userId: cat.user.id, role: 'viewer' },
    { userId: eve.user.id, role: 'member' },
  ],
});

const list = (actor: Actor, input: z.input<typeof listNotificationsInput> = {}) =>
  listNotifications(deps, actor, listNotificationsInput.parse(input));
const read = (actor: Actor, input: z.input<typeof markReadInput>) => markRead(deps, actor, markReadInput.parse(input));

/** What a person's inbox says about one ticket: reason and event type, oldest first. */
async function inboxOn(actor: Actor, ticket: Pick<Ticket, 'key'>): Promise<string[]> {
  const { items } = await list(actor, { limit: 100 });
  return items
    .filter((item) => item.ticket?.key === ticket.key)
    .reverse()
    .map((item) => `${item.reason} ${item.event.type}`);
}

const watch = (actor: Actor, ticket: Ticket) => api.setWatching(actor, ticket.key, true);

/** A ticket by Ann that Bob and Cat (a viewer) watch too; nothing about it in anyone's inbox yet. */
async function watchedTicket(overrides: { description?: string } = {}): Promise<Ticket> {
  const ticket = await api.createTicket(ann.actor, { projectKey: project.key, title: 'Printer on fire', ...overrides });
  await watch(bob.actor, ticket);
  await watch(cat.actor, ticket);
  await drainInbox();
  return ticket;
}

beforeEach(async () => {
  // Each test reads inboxes from a clean slate of unread state, not of rows.
  await db.update(notifications).set({ readAt: new Date() });
});

describe('who hears of what', () => {
  it('says who watches: the reporter from the start, others once they watch, until they stop', async () => {
    const ticket = await api.createTicket(ann.actor, { projectKey: project.key, title: 'Who watches' });
    expect(await api.isWatching(ann.actor, ticket.key)).toBe(true);
    expect(await api.isWatching(bob.actor, ticket.key)).toBe(false);
    await watch(bob.actor, ticket);
    await watch(bob.actor, ticket);
    expect(await api.isWatching(bob.actor, ticket.key)).toBe(true);
    await api.setWatching(ann.actor, ticket.key, false);
    expect(await api.isWatching(ann.actor, ticket.key)).toBe(false);
    await expect(api.isWatching(dan.actor, ticket.key)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
  });

  it('tells watchers of a comment (commented), never its author', async () => {
    const ticket = await watchedTicket();
    await api.addComment(bob.actor, { key: ticket.key, body: 'On it' });
    await drainInbox();
    expect(await inboxOn(ann.actor, ticket)).toEqual(['commented comment.added']);
    expect(await inboxOn(cat.actor, ticket)).toEqual(['commented comment.added']);
    expect(await inboxOn(bob.actor, ticket)).toEqual([]);
    // Eve is a member but does not watch.
    expect(await inboxOn(eve.actor, ticket)).toEqual([]);
  });

  it('tells the newly assigned person they are assigned, and the other watchers that it changed', async () => {
    const ticket = await watchedTicket();
    await api.assignTicket(ann.actor, { key: ticket.key, version: ticket.version, assigneeIds: [eve.user.id] });
    await drainInbox();
    expect(await inboxOn(eve.actor, ticket)).toEqual(['assigned ticket.assigned']);
    expect(await inboxOn(bob.actor, ticket)).toEqual(['updated ticket.assigned']);
    expect(await inboxOn(ann.actor, ticket)).toEqual([]);
  });

  it('tells watchers of a transition (status) and of an edit (updated)', async () => {
    const ticket = await watchedTicket();
    const moved = await api.transitionTicket(bob.actor, { key: ticket.key, version: ticket.version, status: 'closed' });
    await api.updateTicket(ann.actor, { key: ticket.key, version: moved.version, priority: 'high' });
    await drainInbox();
    expect(await inboxOn(ann.actor, ticket)).toEqual(['status ticket.transitioned']);
    expect(await inboxOn(cat.actor, ticket)).toEqual(['status ticket.transitioned', 'updated ticket.updated']);
    expect(await inboxOn(bob.actor, ticket)).toEqual(['updated ticket.updated']);
  });

  it('tells watchers of comment edits and deletions, and of a delete and restore (updated)', async () => {
    const ticket = await watchedTicket();
    const comment = await api.addComment(bob.actor, { key: ticket.key, body: 'Typo' });
    await api.editComment(bob.actor, { key: ticket.key, commentId: comment.id, body: 'Fixed' });
    await api.deleteComment(bob.actor, { key: ticket.key, commentId: comment.id });
    await api.deleteTicket(lead.actor, ticket.key);
    await api.restoreTicket(lead.actor, ticket.key);
    await drainInbox();
    expect(await inboxOn(ann.actor, ticket)).toEqual([
      'commented comment.added',
      'updated comment.edited',
      'updated comment.deleted',
      'updated ticket.deleted',
      'updated ticket.restored',
    ]);
  });

  it('tells people mentioned in a comment (mentioned), by email local part or name without spaces', async () => {
    const ticket = await watchedTicket();
    await api.addComment(bob.actor, {
      key: ticket.key,
      body: '@ANN.LEE and @EveEvans, see `@cat.cole`; @dan cannot read this; mail eve@example.com',
    });
    await drainInbox();
    // Ann watches too, but hears of it once, for the most specific reason.
    expect(await inboxOn(ann.actor, ticket)).toEqual(['mentioned comment.added']);
    expect(await inboxOn(eve.actor, ticket)).toEqual(['mentioned comment.added']);
    // Inside code: no mention; Cat watches, so she hears of the comment.
    expect(await inboxOn(cat.actor, ticket)).toEqual(['commented comment.added']);
    // Not a member of the project: not a person the text can name.
    expect(await inboxOn(dan.actor, ticket)).toEqual([]);
  });

  it('makes a mentioned member a watcher, who then hears of what follows', async () => {
    const ticket = await watchedTicket();
    await api.addComment(bob.actor, { key: ticket.key, body: 'What do you think, @eve?' });
    await api.addComment(ann.actor, { key: ticket.key, body: 'Later news' });
    // Both in one batch: the second event already sees Eve watching.
    await drainInbox();
    expect(await inboxOn(eve.actor, ticket)).toEqual(['mentioned comment.added', 'commented comment.added']);
    const [row] = await db
      .select()
      .from(ticketWatchers)
      .where(and(eq(ticketWatchers.ticketId, ticket.id), eq(ticketWatchers.userId, eve.user.id)));
    expect(row).toBeDefined();
  });

  it('tells people a changed description newly mentions, not those it already did', async () => {
    const ticket = await watchedTicket({ description: 'Ask @bob' });
    await api.updateTicket(ann.actor, { key: ticket.key, version: ticket.version, description: 'Ask @bob and @eve' });
    await drainInbox();
    expect(await inboxOn(eve.actor, ticket)).toEqual(['mentioned ticket.updated']);
    expect(await inboxOn(bob.actor, ticket)).toEqual(['mentioned ticket.created', 'updated ticket.updated']);
  });

  it('tells people a new ticket assigns or mentions, by its description as created', async () => {
    const ticket = await api.createTicket(ann.actor, {
      projectKey: project.key,
      title: 'New',
      description: 'For @bob, cc @EveEvans and @ann.lee',
      assigneeIds: [eve.user.id],
    });
    // Edited before the inbox ran: the mentions of the created ticket are those it was created with.
    await api.updateTicket(ann.actor, { key: ticket.key, version: ticket.version, description: 'For @cat.cole now' });
    await drainInbox();
    expect(await inboxOn(bob.actor, ticket)).toEqual(['mentioned ticket.created', 'updated ticket.updated']);
    // Assigned and mentioned at once: assigned is the more specific.
    expect(await inboxOn(eve.actor, ticket)).toEqual(['assigned ticket.created', 'updated ticket.updated']);
    expect(await inboxOn(cat.actor, ticket)).toEqual(['mentioned ticket.updated']);
    // Ann created it and mentioned herself: never told of her own doing.
    expect(await inboxOn(ann.actor, ticket)).toEqual([]);
  });

  it('never tells the actor, even when they assign or mention themselves', async () => {
    const ticket = await watchedTicket();
    await api.assignTicket(bob.actor, { key: ticket.key, version: ticket.version, assigneeIds: [bob.user.id] });
    await api.addComment(bob.actor, { key: ticket.key, body: 'Note to self, @bob' });
    await drainInbox();
    expect(await inboxOn(bob.actor, ticket)).toEqual([]);
    expect(await inboxOn(ann.actor, ticket)).toEqual(['updated ticket.assigned', 'commented comment.added']);
  });

  it('tells every watcher of what the system or a rule did (no person to leave out)', async () => {
    const ticket = await watchedTicket();
    await db.transaction((tx) =>
      recordEvents(tx, systemActor('test'), [
        {
          type: 'ticket.transitioned',
          projectId: project.id,
          ticketId: ticket.id,
          data: { key: ticket.key, version: ticket.version, from: 'open', to: 'in_progress' },
        },
      ]),
    );
    await drainInbox();
    for (const watcher of [ann, bob, cat]) {
      expect(await inboxOn(watcher.actor, ticket)).toEqual(['status ticket.transitioned']);
    }
  });

  it('tells a watching admin who is no member, and nobody who left the project or was deactivated', async () => {
    const ticket = await watchedTicket();
    const leaver = await makeActor(db, { name: 'Leaving Soon' });
    await db.insert(projectMembers).values({ projectId: project.id, userId: leaver.user.id, role: 'member' });
    const sleeper = await makeActor(db, { name: 'Soon Inactive' });
    await db.insert(projectMembers).values({ projectId: project.id, userId: sleeper.user.id, role: 'member' });
    for (const watcher of [admin, leaver, sleeper]) await watch(watcher.actor, ticket);
    await api.removeMember(lead.actor, { key: project.key, userId: leaver.user.id });
    await deactivateUser(deps, admin.actor, { id: sleeper.user.id });

    await api.addComment(bob.actor, { key: ticket.key, body: 'Anyone?' });
    await drainInbox();
    expect(await inboxOn(admin.actor, ticket)).toEqual(['commented comment.added']);
    const made = await db.select().from(notifications).where(eq(notifications.ticketId, ticket.id));
    expect(made.map((row) => row.userId).sort()).toEqual([admin.user.id, ann.user.id, cat.user.id].sort());
  });

  it('makes each notification once: a replayed batch adds nothing', async () => {
    const ticket = await watchedTicket();
    await api.addComment(bob.actor, { key: ticket.key, body: 'Once' });
    await drainInbox();
    const before = await db.select().from(notifications).where(eq(notifications.ticketId, ticket.id));
    // Hand the same events to the consumer again, as a consumer whose position was lost would.
    const batch = await db.select().from(events).where(eq(events.ticketId, ticket.id)).orderBy(events.id);
    await db.transaction((tx) => inboxConsumer.handle(tx, batch));
    const after = await db.select().from(notifications).where(eq(notifications.ticketId, ticket.id));
    expect(before).toHaveLength(2);
    expect(after).toEqual(before);
  });
});

describe('what a person sees', () => {
  it('shows the ticket and the event, enough to say "Bob commented on INB-n"', async () => {
    const ticket = await watchedTicket();
    const comment = await api.addComment(bob.actor, { key: ticket.key, body: 'Looks bad' });
    await drainInbox();
    const [item] = (await list(ann.actor, { limit: 1 })).items;
    expect(item).toMatchObject({
      reason: 'commented',
      read: false,
      ticket: { id: ticket.id, key: ticket.key, title: 'Printer on fire' },
      event: {
        type: 'comment.added',
        project: { id: project.id, key: project.key },
        ticket: { id: ticket.id, key: ticket.key },
        actor: { kind: 'user', user: { id: bob.user.id, name: 'Bob Brown' }, via: 'session' },
        data: { commentId: comment.id, body: 'Looks bad' },
      },
    });
    expect(item?.createdAt).toBeInstanceOf(Date);
  });

  it("hides a removed member's notifications from the list and the count; they come back with the membership", async () => {
    const ticket = await watchedTicket();
    await api.addComment(ann.actor, { key: ticket.key, body: 'Bob, look' });
    await drainInbox();
    expect(await inboxOn(bob.actor, ticket)).toEqual(['commented comment.added']);
    expect(await countUnread(deps, bob.actor)).toEqual({ unread: 1 });

    await api.removeMember(lead.actor, { key: project.key, userId: bob.user.id });
    expect(await inboxOn(bob.actor, ticket)).toEqual([]);
    expect(
      (await list(bob.actor, { limit: 100 })).items.filter((item) => item.event.project?.id === project.id),
    ).toEqual([]);
    expect(await countUnread(deps, bob.actor)).toEqual({ unread: 0 });

    await api.addMember(lead.actor, { key: project.key, userId: bob.user.id, role: 'member' });
    expect(await inboxOn(bob.actor, ticket)).toEqual(['commented comment.added']);
  });

  it('lists a notification about no ticket (a disabled webhook) to its owner', async () => {
    await db.transaction((tx) =>
      recordEvents(tx, systemActor('webhooks'), [
        { type: 'department.created', data: { departmentId: crypto.randomUUID(), name: 'stand-in event' } },
      ]),
    );
    const [event] = await db
      .select({ id: events.id })
      .from(events)
      .where(eq(events.type, 'department.created'))
      .orderBy(desc(events.id))
      .limit(1);
    if (!event) throw new Error('the stand-in event is missing');
    await db.insert(notifications).values({ userId: dan.user.id, eventId: event.id, reason: 'webhook_disabled' });
    const { items } = await list(dan.actor, { unread: true });
    expect(items).toMatchObject([
      { reason: 'webhook_disabled', ticket: null, event: { type: 'department.created', actor: { kind: 'system' } } },
    ]);
  });
});

describe('read and unread', () => {
  /** Three unread notifications for Ann, newest first. */
  async function threeForAnn(): Promise<number[]> {
    const ticket = await watchedTicket();
    for (const body of ['one', 'two', 'three']) await api.addComment(bob.actor, { key: ticket.key, body });
    await drainInbox();
    const { items } = await list(ann.actor, { unread: true });
    expect(items.map((item) => item.event.data)).toMatchObject([{ body: 'three' }, { body: 'two' }, { body: 'one' }]);
    return items.map((item) => item.id);
  }

  it('marks one, then several, then all read, answering what is left unread', async () => {
    const [three, two, one] = await threeForAnn();
    expect(await countUnread(deps, ann.actor)).toEqual({ unread: 3 });
    expect(await read(ann.actor, { ids: [three ?? 0] })).toEqual({ unread: 2 });
    const { items } = await list(ann.actor, { limit: 3 });
    expect(items.map((item) => [item.id, item.read])).toEqual([
      [three, true],
      [two, false],
      [one, false],
    ]);
    expect((await list(ann.actor, { unread: true })).items.map((item) => item.id)).toEqual([two, one]);
    expect(await read(ann.actor, { ids: [two ?? 0, one ?? 0, three ?? 0] })).toEqual({ unread: 0 });

    await threeForAnn();
    expect(await read(ann.actor, { all: true })).toEqual({ unread: 0 });
    expect((await list(ann.actor, { unread: true })).items).toEqual([]);
  });

  it("ignores someone else's ids: they stay unread for their owner", async () => {
    const ids = await threeForAnn();
    expect(await read(bob.actor, { ids })).toEqual({ unread: 0 });
    expect(await countUnread(deps, ann.actor)).toEqual({ unread: 3 });
    expect(await read(bob.actor, { all: true })).toEqual({ unread: 0 });
    expect(await countUnread(deps, ann.actor)).toEqual({ unread: 3 });
  });

  it(`counts unread up to ${UNREAD_COUNT_CAP}`, async () => {
    const many = UNREAD_COUNT_CAP + 5;
    await db.transaction((tx) =>
      recordEvents(
        tx,
        systemActor('test'),
        Array.from({ length: many }, (_, i) => ({
          type: 'department.created' as const,
          data: { departmentId: crypto.randomUUID(), name: `bulk ${i}` },
        })),
      ),
    );
    const made = await db
      .select({ id: events.id })
      .from(events)
      .where(eq(events.type, 'department.created'))
      .orderBy(events.id);
    const rows = made
      .slice(-many)
      .map((event) => ({ userId: eve.user.id, eventId: event.id, reason: 'updated' as const }));
    await db.insert(notifications).values(rows);
    expect(await countUnread(deps, eve.actor)).toEqual({ unread: UNREAD_COUNT_CAP });
    expect(await read(eve.actor, { all: true })).toEqual({ unread: 0 });
  });
});

describe('pages', () => {
  it('pages newest first by id, without overlap, with and without the unread filter', async () => {
    const ticket = await watchedTicket();
    for (const body of ['a', 'b', 'c', 'd', 'e']) await api.addComment(bob.actor, { key: ticket.key, body });
    await drainInbox();
    const all = (await list(cat.actor, { limit: 100 })).items.map((item) => item.id);
    const newest = all.slice(0, 5);
    await read(cat.actor, { ids: [newest[1] ?? 0, newest[3] ?? 0] });

    const pages: number[][] = [];
    let cursor: string | undefined;
    do {
      const page = await list(cat.actor, { limit: 2, ...(cursor ? { cursor } : {}) });
      pages.push(page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages.flat()).toEqual(all);
    expect(pages.slice(0, -1).every((page) => page.length === 2)).toBe(true);

    const unread: number[] = [];
    cursor = undefined;
    do {
      const page = await list(cat.actor, { unread: true, limit: 1, ...(cursor ? { cursor } : {}) });
      unread.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(unread).toEqual([newest[0], newest[2], newest[4]]);
  });

  it('refuses a crafted cursor', async () => {
    for (const cursor of ['not-base64!', encodeCursor(['1']), encodeCursor([-1]), encodeCursor([2 ** 60])]) {
      const error = await rejectionOf(list(ann.actor, { cursor }));
      expect(error).toMatchObject({ code: 'E_VALIDATION', details: { fields: { cursor: ['Invalid cursor'] } } });
    }
  });
});

describe('inputs', () => {
  it.each([
    ['ids that are not numbers', { ids: ['1'] }, 'ids.0'],
    ['fractional ids', { ids: [1.5] }, 'ids.0'],
    ['ids past 2^53', { ids: [2 ** 60] }, 'ids.0'],
    ['no ids', { ids: [] }, 'ids'],
    ['more than 100 ids', { ids: Array.from({ length: 101 }, (_, i) => i + 1) }, 'ids'],
    ['ids and all at once', { ids: [1], all: true }, 'ids'],
    ['neither', {}, 'ids'],
    ['all: false', { all: false }, 'all'],
  ])('refuses %s', (_, input, field) => {
    const result = markReadInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('takes up to 100 ids, once each', () => {
    const ids = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(markReadInput.parse({ ids })).toEqual({ ids });
    expect(markReadInput.parse({ ids: [3, 1, 3] })).toEqual({ ids: [3, 1] });
  });

  it('bounds the page size', () => {
    for (const limit of [0, 101, 1.5]) expect(listNotificationsInput.safeParse({ limit }).success).toBe(false);
    expect(listNotificationsInput.parse({ unread: 'true' })).toMatchObject({ unread: true, limit: 50 });
  });
});
