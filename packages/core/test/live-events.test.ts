import { afterAll, describe, expect, it } from 'vitest';
import { type Actor, systemActor } from '../src/actor.ts';
import { createApiToken, revokeApiToken } from '../src/auth/api-tokens.ts';
import { authenticate } from '../src/auth/authenticate.ts';
import { changePassword } from '../src/auth/change-password.ts';
import { createSession } from '../src/auth/sessions.ts';
import type { Deps } from '../src/deps.ts';
import { listEvents } from '../src/events/list-events.ts';
import { joinLiveFeed, liveEvents } from '../src/events/live-events.ts';
import { startLiveFeed } from '../src/events/live-feed.ts';
import { liveEventsInput } from '../src/events/live-schemas.ts';
import { recordEvents } from '../src/events/record-events.ts';
import { listEventsInput } from '../src/events/schemas.ts';
import { addMember, removeMember } from '../src/projects/members.ts';
import { makeActor, makeProject, makeTicket, TEST_PASSWORD } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { transitionTicket } from '../src/tickets/transition-ticket.ts';
import { deactivateUser } from '../src/users/deactivate-user.ts';
import { updateUser } from '../src/users/update-user.ts';
import { openStream, position, until } from './support/live-streams.ts';

const testDeps = await createTestDeps();
const feed = await startLiveFeed({
  db: testDeps.db,
  listen: testDeps.connection.listen,
  onError: (error) => {
    throw error;
  },
});
const deps: Deps = { ...testDeps, live: feed };
afterAll(async () => {
  await feed.stop();
  await testDeps.connection.close();
});

const admin = (await makeActor(deps.db, { role: 'admin' })).actor;
const lead = (await makeActor(deps.db, { role: 'manager' })).actor;

/** A user who is a member of `here` and of `also`, not of `elsewhere`. */
async function world() {
  const { actor: me, token } = await makeActor(deps.db);
  const here = await makeProject(deps, lead, { members: [{ userId: me.userId, role: 'viewer' }] });
  const also = await makeProject(deps, lead, { members: [{ userId: me.userId, role: 'viewer' }] });
  const elsewhere = await makeProject(deps, lead);
  return { me, token, here, also, elsewhere };
}

const ticketIn = (project: { key: string }) => makeTicket(deps, lead, project.key);
const keysOf = (events: { ticket: { key: string } | null }[]) =>
  events.flatMap((e) => (e.ticket ? [e.ticket.key] : []));

describe('a live stream', () => {
  it('hands out, as they commit, the events of the projects the user can read, in id order, and nothing else', async () => {
    const { me, here, also, elsewhere } = await world();
    const stream = openStream(deps, me, { lastEventId: await position(deps) });
    try {
      const mine = await ticketIn(here);
      const hidden = await ticketIn(elsewhere);
      await makeActor(deps.db); // an account event (user.created): never in a project feed
      const last = await ticketIn(also);
      await stream.receives((event) => event.ticket?.key === last.key, 'the last ticket');
      expect(keysOf(stream.events)).toEqual([mine.key, last.key]);
      expect(stream.events.every((event) => event.project !== null)).toBe(true);
      expect(keysOf(stream.events)).not.toContain(hidden.key);
      expect(stream.ids()).toEqual([...stream.ids()].sort((a, b) => a - b));
    } finally {
      await stream.close();
    }
  });

  it('narrows by projectKeys and types, as events.list does, and an admin sees every project', async () => {
    const { me, here, also, elsewhere } = await world();
    const after = await position(deps);
    const narrow = openStream(deps, me, { lastEventId: after, projectKeys: [also.key, elsewhere.key] });
    const transitions = openStream(deps, me, { lastEventId: after, types: ['ticket.transitioned'] });
    const everything = openStream(deps, admin, { lastEventId: after });
    try {
      const inHere = await ticketIn(here);
      const inAlso = await ticketIn(also);
      const inElsewhere = await ticketIn(elsewhere);
      await transitionTicket(deps, lead, { key: inHere.key, version: inHere.version, status: 'in_progress' });
      await narrow.receives((event) => event.ticket?.key === inAlso.key, 'the ticket in the asked-for project');
      await everything.receives((event) => event.ticket?.key === inElsewhere.key, 'the admin sees every project');
      await transitions.receives((event) => event.ticket?.key === inHere.key, 'the transition');
      // Asking for a project you cannot read does not show it (as in events.list): nothing from elsewhere.
      expect(keysOf(narrow.events)).toEqual([inAlso.key]);
      expect(transitions.events.map((event) => event.type)).toEqual(['ticket.transitioned']);
    } finally {
      await Promise.all([narrow.close(), transitions.close(), everything.close()]);
    }
  });

  it('starts now without lastEventId: what committed before it opened is not sent', async () => {
    const { me, here } = await world();
    const before = await ticketIn(here);
    const stream = openStream(deps, me);
    try {
      // Tickets until one arrives: the stream is then surely listening.
      for (let i = 0; i < 50 && stream.events.length === 0; i++) {
        await ticketIn(here);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await stream.receives(() => true, 'a ticket created after the stream opened');
      expect(keysOf(stream.events)).not.toContain(before.key);
    } finally {
      await stream.close();
    }
  });

  it('resumes after lastEventId: every event it missed from the log, then live ones, each once and in order', async () => {
    const { me, here } = await world();
    const start = await position(deps);
    for (let i = 0; i < 5; i++) await ticketIn(here);
    const missed = await listEvents(deps, me, listEventsInput.parse({ after: start, projectKeys: [here.key] }));
    expect(missed.items).toHaveLength(5);
    const resumeAfter = missed.items[1]?.id ?? 0;
    const stream = openStream(deps, me, { lastEventId: String(resumeAfter) });
    try {
      const live = await ticketIn(here);
      await stream.receives((event) => event.ticket?.key === live.key, 'the live ticket');
      expect(stream.ids().slice(0, 3)).toEqual(missed.items.slice(2).map((event) => event.id));
      expect(keysOf(stream.events)).toEqual([...keysOf(missed.items.slice(2)), live.key]);
      expect(new Set(stream.ids()).size).toBe(stream.ids().length);
    } finally {
      await stream.close();
    }
  });

  it('stops handing out a project’s events at once when the user is removed from it', async () => {
    const { me, here, also } = await world();
    const stream = openStream(deps, me, { lastEventId: await position(deps) });
    try {
      const before = await ticketIn(here);
      await stream.receives((event) => event.ticket?.key === before.key, 'the ticket before the removal');
      await removeMember(deps, lead, { key: here.key, userId: me.userId });
      const after = await ticketIn(here);
      // Written after the other ticket: once it arrives, the other one has been passed over.
      const marker = await ticketIn(also);
      await stream.receives((event) => event.ticket?.key === marker.key, 'the marker in the other project');
      expect(keysOf(stream.events)).not.toContain(after.key);
    } finally {
      await stream.close();
    }
  });

  it('starts handing out a project’s events at once when the user is added to it', async () => {
    const { me, elsewhere } = await world();
    const stream = openStream(deps, me, { lastEventId: await position(deps) });
    try {
      await addMember(deps, lead, { key: elsewhere.key, userId: me.userId, role: 'viewer' });
      const ticket = await ticketIn(elsewhere);
      await stream.receives((event) => event.ticket?.key === ticket.key, 'a ticket of the project joined');
      expect(stream.events.map((event) => event.type)).toContain('member.added');
    } finally {
      await stream.close();
    }
  });

  it('replays under the memberships the user has now, exactly as events.list shows the same range', async () => {
    const { me, here, also, elsewhere } = await world();
    const start = await position(deps);
    await ticketIn(here);
    await ticketIn(elsewhere);
    await removeMember(deps, lead, { key: here.key, userId: me.userId });
    await addMember(deps, lead, { key: elsewhere.key, userId: me.userId, role: 'viewer' });
    await ticketIn(here);
    await ticketIn(elsewhere);
    const marker = await ticketIn(also);
    const listed = await listEvents(deps, me, listEventsInput.parse({ after: start }));
    const stream = openStream(deps, me, { lastEventId: start });
    try {
      await stream.receives((event) => event.ticket?.key === marker.key, 'the marker');
      expect(stream.ids()).toEqual(listed.items.map((event) => event.id));
      expect(stream.events.some((event) => event.project?.key === here.key)).toBe(false);
      expect(stream.events.filter((event) => event.project?.key === elsewhere.key).length).toBeGreaterThan(1);
    } finally {
      await stream.close();
    }
  });
  it('takes a membership change that commits during a replay into account from that event on', async () => {
    const { me, here, elsewhere } = await world();
    const start = await position(deps);
    // More than a page of the log to replay, so that the replay reads a second page later.
    await deps.db.transaction((tx) =>
      recordEvents(
        tx,
        systemActor('live-test'),
        Array.from({ length: 250 }, () => ({
          type: 'project.updated' as const,
          projectId: here.id,
          data: { key: here.key, changes: {} },
        })),
      ),
    );
    // Once a live stream has them, the feed is past them: a stream joining now must replay them.
    const witness = openStream(deps, admin, { lastEventId: start, projectKeys: [here.key] });
    await witness.receives(() => witness.events.length === 250, 'the feed past the 250 events');
    await witness.close();
    const abort = new AbortController();
    const input = liveEventsInput.parse({ lastEventId: start });
    const stream = liveEvents(deps, me, input, joinLiveFeed(deps, me), abort.signal);
    try {
      // The first page is read and the stream waits at its first event: its scope is the old one.
      const first = await stream.next();
      expect(first.value?.project?.key).toBe(here.key);
      await addMember(deps, lead, { key: elsewhere.key, userId: me.userId, role: 'viewer' });
      const joined = await ticketIn(elsewhere);
      const seen: string[] = [];
      for (let step = 0; step < 400 && !seen.includes(joined.key); step++) {
        const next = await Promise.race([
          stream.next(),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no event within 5 s')), 5_000)),
        ]);
        if (next.done) break;
        if (next.value.ticket) seen.push(next.value.ticket.key);
      }
      expect(seen).toContain(joined.key);
    } finally {
      abort.abort();
      await stream.return();
    }
  });
});

describe('a live stream and its credential', () => {
  it('ends when its user is deactivated', async () => {
    const { me, here } = await world();
    const stream = openStream(deps, me, { lastEventId: await position(deps) });
    const ticket = await ticketIn(here);
    await stream.receives((event) => event.ticket?.key === ticket.key, 'a ticket before');
    await deactivateUser(deps, admin, { id: me.userId });
    await until(() => stream.hasEnded(), 'the stream to end');
  });

  it('ends when the API token it was opened with is revoked, and not for another token of the user', async () => {
    const { me, here } = await world();
    const other = await createApiToken(deps, me, { name: 'other', scopes: ['read'] });
    const used = await createApiToken(deps, me, { name: 'used', scopes: ['read'] });
    const viaToken = (await authenticate(deps, used.token)) as Actor;
    const stream = openStream(deps, viaToken, { lastEventId: await position(deps) });
    await revokeApiToken(deps, me, { id: other.id });
    const ticket = await ticketIn(here);
    await stream.receives((event) => event.ticket?.key === ticket.key, 'a ticket after the other token went');
    expect(stream.hasEnded()).toBe(false);
    await revokeApiToken(deps, me, { id: used.id });
    await until(() => stream.hasEnded(), 'the stream to end');
  });

  it('after a password change goes on for the session that changed it, and ends for the others it signed out', async () => {
    const { me, here } = await world();
    const otherSession = await createSession(deps.db, me.userId);
    const other: Actor = { ...me, via: { kind: 'session', sessionId: otherSession.session.id } };
    const kept = openStream(deps, me, { lastEventId: await position(deps) });
    const signedOut = openStream(deps, other, { lastEventId: await position(deps) });
    try {
      await changePassword(deps, me, { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' });
      await until(() => signedOut.hasEnded(), 'the signed-out stream to end');
      const ticket = await ticketIn(here);
      await kept.receives((event) => event.ticket?.key === ticket.key, 'a ticket after the change');
      expect(kept.hasEnded()).toBe(false);
    } finally {
      await kept.close();
    }
  });

  it('follows a role change without ending: made admin, the user sees every project', async () => {
    const { me, elsewhere } = await world();
    const stream = openStream(deps, me, { lastEventId: await position(deps) });
    try {
      await updateUser(deps, admin, { id: me.userId, role: 'admin' });
      const ticket = await ticketIn(elsewhere);
      await stream.receives((event) => event.ticket?.key === ticket.key, 'a ticket of a project they are not in');
    } finally {
      await stream.close();
    }
  });
});
