import { afterAll, describe, expect, it } from 'vitest';
import { addCommentInput, type Comment, listCommentsInput } from '../src/comments/schemas.ts';
import { encodeCursor } from '../src/pagination.ts';
import { makeActor, makeTicket } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { rejectionOf } from './support/helpers.ts';
import { domain, historyRowsOf, makeTeam } from './support/tickets.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;
const api = domain(deps);

const admin = await makeActor(db, { role: 'admin' });
const { project, lead, member, viewer, outsider } = await makeTeam(deps, { key: 'CMT' });
const colleague = await makeActor(db, { name: 'Colleague Person' });
await api.addMember(lead.actor, { key: project.key, userId: colleague.user.id, role: 'member' });

const newTicket = () => makeTicket(deps, member.actor, project.key);

describe('addComment', () => {
  it('lets a member comment', async () => {
    const ticket = await newTicket();
    const comment = await api.addComment(member.actor, { key: ticket.key.toLowerCase(), body: '  First!  ' });
    expect(comment).toMatchObject({
      ticketKey: ticket.key,
      author: { id: member.user.id, name: member.user.name },
      body: 'First!',
      edited: false,
    });
    const { items } = await api.listComments(viewer.actor, { key: ticket.key });
    expect(items).toEqual([comment]);
  });

  it('is forbidden for a viewer and not found for an outsider', async () => {
    const ticket = await newTicket();
    await expect(api.addComment(viewer.actor, { key: ticket.key, body: 'hi' })).rejects.toMatchObject({
      code: 'E_FORBIDDEN',
    });
    await expect(api.addComment(outsider.actor, { key: ticket.key, body: 'hi' })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
    await expect(api.listComments(outsider.actor, { key: ticket.key })).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
    });
    expect((await api.listComments(member.actor, { key: ticket.key })).items).toEqual([]);
  });

  it('refuses an empty or whitespace-only body', () => {
    for (const body of ['', '   \n ']) {
      expect(addCommentInput.safeParse({ key: 'CMT-1', body }).success).toBe(false);
    }
  });

  it('does not bump the ticket version, so an edit with the version read before still works', async () => {
    const ticket = await newTicket();
    await api.addComment(colleague.actor, { key: ticket.key, body: 'Meanwhile…' });
    expect((await api.getTicket(member.actor, ticket.key)).version).toBe(ticket.version);
    const updated = await api.updateTicket(member.actor, { key: ticket.key, version: ticket.version, title: 'Edited' });
    expect(updated.version).toBe(ticket.version + 1);
  });
});

describe('listComments', () => {
  it('lists oldest first, two at a time, each comment exactly once', async () => {
    const ticket = await newTicket();
    const added: Comment[] = [];
    for (const body of ['one', 'two', 'three', 'four', 'five']) {
      added.push(await api.addComment(member.actor, { key: ticket.key, body }));
    }
    // Oldest first; comments made within the same millisecond fall back to id order.
    const expected = [...added]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
      .map((c) => c.body);

    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await api.listComments(viewer.actor, { key: ticket.key, limit: 2, cursor });
      pages.push(page.items.map((c) => c.body));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 10);

    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(expected);
    expect((await api.listComments(viewer.actor, { key: ticket.key })).items.map((c) => c.body)).toEqual(expected);
  });

  it('defaults to a page of 50', () => {
    expect(listCommentsInput.parse({ key: 'CMT-1' }).limit).toBe(50);
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['of the wrong shape', encodeCursor(['2024-01-01T00:00:00.000Z'])],
    ['with a non-uuid id', encodeCursor(['2024-01-01T00:00:00.000Z', 'nope'])],
  ])('refuses a cursor that is %s', async (_, cursor) => {
    const ticket = await newTicket();
    const error = await rejectionOf(api.listComments(member.actor, { key: ticket.key, cursor }));
    expect(error.code).toBe('E_VALIDATION');
  });
});

describe('editComment', () => {
  it('lets the author edit, marking the comment edited', async () => {
    const ticket = await newTicket();
    const comment = await api.addComment(member.actor, { key: ticket.key, body: 'Typo' });
    const edited = await api.editComment(member.actor, { key: ticket.key, commentId: comment.id, body: 'Fixed' });
    expect(edited).toMatchObject({ id: comment.id, body: 'Fixed', edited: true, createdAt: comment.createdAt });
    expect((await api.listComments(viewer.actor, { key: ticket.key })).items).toEqual([edited]);
  });

  it('is forbidden for anyone but the author, the lead and admins included', async () => {
    const ticket = await newTicket();
    const comment = await api.addComment(member.actor, { key: ticket.key, body: 'Mine' });
    for (const { actor } of [colleague, lead, admin, viewer]) {
      await expect(
        api.editComment(actor, { key: ticket.key, commentId: comment.id, body: 'Not yours' }),
      ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
    }
    expect((await api.listComments(member.actor, { key: ticket.key })).items.map((c) => c.body)).toEqual(['Mine']);
  });

  it('reports an unknown comment, or one on another ticket, as not found', async () => {
    const ticket = await newTicket();
    const otherTicket = await newTicket();
    const elsewhere = await api.addComment(member.actor, { key: otherTicket.key, body: 'Elsewhere' });
    for (const commentId of [crypto.randomUUID(), elsewhere.id]) {
      await expect(api.editComment(member.actor, { key: ticket.key, commentId, body: 'x' })).rejects.toMatchObject({
        code: 'E_NOT_FOUND',
      });
    }
  });
});

describe('deleteComment', () => {
  it('lets the author delete their comment', async () => {
    const ticket = await newTicket();
    const comment = await api.addComment(colleague.actor, { key: ticket.key, body: 'Oops' });
    await api.deleteComment(colleague.actor, { key: ticket.key, commentId: comment.id });
    expect((await api.listComments(member.actor, { key: ticket.key })).items).toEqual([]);
  });

  it('lets the lead and an admin delete anyone’s comment', async () => {
    const ticket = await newTicket();
    const first = await api.addComment(member.actor, { key: ticket.key, body: 'first' });
    const second = await api.addComment(member.actor, { key: ticket.key, body: 'second' });
    await api.deleteComment(lead.actor, { key: ticket.key, commentId: first.id });
    await api.deleteComment(admin.actor, { key: ticket.key, commentId: second.id });
    expect((await api.listComments(member.actor, { key: ticket.key })).items).toEqual([]);
  });

  it('is forbidden for another member', async () => {
    const ticket = await newTicket();
    const comment = await api.addComment(member.actor, { key: ticket.key, body: 'Stays' });
    for (const { actor } of [colleague, viewer]) {
      await expect(api.deleteComment(actor, { key: ticket.key, commentId: comment.id })).rejects.toMatchObject({
        code: 'E_FORBIDDEN',
      });
    }
    expect((await api.listComments(member.actor, { key: ticket.key })).items.map((c) => c.id)).toEqual([comment.id]);
  });
});

describe('comment history', () => {
  it('records comment_added, comment_edited and comment_deleted without bumping the version', async () => {
    const ticket = await newTicket();
    const comment = await api.addComment(member.actor, { key: ticket.key, body: 'v1' });
    await api.editComment(member.actor, { key: ticket.key, commentId: comment.id, body: 'v2' });
    await api.deleteComment(lead.actor, { key: ticket.key, commentId: comment.id });

    const history = await api.historyOf(viewer.actor, ticket.key);
    expect(history.map((entry) => [entry.action, entry.actor?.id])).toEqual([
      ['created', member.user.id],
      ['comment_added', member.user.id],
      ['comment_edited', member.user.id],
      ['comment_deleted', lead.user.id],
    ]);
    expect(history[1]?.newValue).toEqual({ commentId: comment.id });
    expect(history[2]).toMatchObject({ oldValue: 'v1', newValue: 'v2' });
    expect(history[3]).toMatchObject({ oldValue: 'v2' });

    const after = await api.getTicket(member.actor, ticket.key);
    expect(after.version).toBe(ticket.version);
    expect((await historyRowsOf(db, ticket.id)).every((row) => row.version === ticket.version)).toBe(true);
  });
});
