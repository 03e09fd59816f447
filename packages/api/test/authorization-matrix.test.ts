import { randomBytes } from 'node:crypto';
import type { Actor } from '@ticketing/core/actor';
import { createApiToken } from '@ticketing/core/auth/api-tokens';
import { publicSessionId } from '@ticketing/core/auth/list-sessions';
import { createSession } from '@ticketing/core/auth/sessions';
import { addComment } from '@ticketing/core/comments/comments';
import { consumeBatch } from '@ticketing/core/events/consume';
import { inboxConsumer } from '@ticketing/core/notifications/inbox-consumer';
import { updateProject } from '@ticketing/core/projects/update-project';
import { testAttachmentConfig } from '@ticketing/core/testing/attachment-config';
import { makeUser, TEST_PASSWORD } from '@ticketing/core/testing/factories';
import { createTestDeps } from '@ticketing/core/testing/test-deps';
import { deleteTicket } from '@ticketing/core/tickets/delete-ticket';
import { ticketWatchers } from '@ticketing/db/schema';
import type { AnyProcedure } from '@trpc/server';
import { afterAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/root.ts';
import { callerFor } from './support/caller.ts';
import {
  type ActorKind,
  actorKinds,
  anyone,
  attachmentBy,
  bulk,
  bystander,
  call,
  commentBy,
  type Expectation,
  type Fixture,
  globalPermission,
  globalPermissionHidden,
  type InputOf,
  makeFixture,
  type OutputOf,
  outcomeOf,
  ownerOnly,
  type ProcedurePath,
  projectPermission,
  sees,
  signedIn,
  viewBy,
  workflowBy,
} from './support/matrix.ts';
import { deliveryOf, webhookOf } from './support/webhook-fixture.ts';

const deps = await createTestDeps({ attachments: await testAttachmentConfig() });
afterAll(() => deps.connection.close());

interface CaseContext {
  fixture: Fixture;
  kind: ActorKind;
  /** The caller; for an anonymous call a stand-in (the member), so that the input is still well-formed. */
  me: Actor;
}

/** One way of calling a procedure: a valid input for a fixture, and what each actor kind must get. */
interface Case<P extends ProcedurePath> {
  /** What sets this variant apart, when a procedure has several; shown in the test name. */
  variant?: string;
  input(ctx: CaseContext): InputOf<P> | Promise<InputOf<P>>;
  expect: Expectation;
  /** More checks on a successful call. */
  check?(output: OutputOf<P>, ctx: CaseContext): void;
}

/** The same, with the types erased, for iterating over the table. */
interface AnyCase {
  variant?: string;
  input(ctx: CaseContext): unknown;
  expect: Expectation;
  check?(output: unknown, ctx: CaseContext): void;
}

const unique = () => randomBytes(4).toString('hex');
const projectKey = () => `N${unique().toUpperCase()}`;
const ticketRef = ({ fixture }: CaseContext) => ({ key: fixture.ticket.key });
const projectRef = ({ fixture }: CaseContext) => ({ key: fixture.project.key });

/** A list shows the fixture's project or ticket exactly to those who can see the project. */
function expectListed(keys: string[], key: string, kind: ActorKind): void {
  if (sees(kind)) expect(keys).toContain(key);
  else expect(keys).not.toContain(key);
}

/**
 * Gives `me` a notification about the fixture ticket: they watch it, its owner comments, the inbox
 * consumer runs (started first, since it starts "from now"). Nobody who cannot read the project gets one.
 */
async function notifiedAbout(fixture: Fixture, me: Actor): Promise<void> {
  const drain = async () => {
    while ((await consumeBatch(deps.db, inboxConsumer)) > 0) {
      // Another batch may be waiting.
    }
  };
  await drain();
  await deps.db.insert(ticketWatchers).values({ ticketId: fixture.ticket.id, userId: me.userId }).onConflictDoNothing();
  await addComment(deps, fixture.owner, { key: fixture.ticket.key, body: 'News for watchers' });
  await drain();
}

/**
 * Every procedure of appRouter. Mutations run against a fresh fixture per (procedure, actor), so one
 * actor's success cannot change what the next one meets; queries share one fixture. Expectations come
 * from the permission tables in core/src/permissions.ts (see support/matrix.ts).
 */
/** A rule's definition, valid as a create's input. */
const ruleDefinition = {
  trigger: { type: 'event' as const, event: 'ticket.created' as const },
  conditions: 'priority>=high',
  actions: [{ type: 'addLabels' as const, labels: ['urgent'] }],
};

/** Calls on one rule by id: one of the fixture project, and a global one (hidden from non-admins). */
function ruleByIdCases(): Case<'workflows.get'>[] {
  return [
    {
      variant: 'of the project',
      input: ({ fixture }) => workflowBy(deps, fixture, fixture.owner, true),
      expect: projectPermission('project:manage'),
    },
    {
      variant: 'global',
      input: ({ fixture }) => workflowBy(deps, fixture, fixture.owner, false),
      expect: globalPermissionHidden('workflows:global'),
    },
  ];
}

const cases: { [P in ProcedurePath]: Case<P> | Case<P>[] } = {
  // Sign-up and sign-in are open to everyone, signed in or not.
  'auth.register': {
    input: () => ({ email: `reg-${unique()}@example.com`, name: 'New Person', password: 'long enough password' }),
    expect: anyone,
  },
  'auth.login': {
    input: async () => ({ email: (await makeUser(deps.db)).email, password: TEST_PASSWORD }),
    expect: anyone,
  },
  // Everything about yourself: any signed-in actor.
  'auth.logout': { input: () => undefined, expect: signedIn() },
  'auth.me': {
    input: () => undefined,
    expect: signedIn(),
    check: (user, { me }) => expect(user.id).toBe(me.userId),
  },
  'auth.changePassword': {
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'another long password' }),
    expect: signedIn(),
  },
  'auth.sessions.list': {
    input: () => undefined,
    expect: signedIn(),
    check: (sessions) => expect(sessions.filter((session) => session.current)).toHaveLength(1),
  },
  'auth.sessions.revoke': [
    {
      variant: 'another session of your own',
      input: async ({ me }) => ({ id: publicSessionId((await createSession(deps.db, me.userId)).session.id) }),
      expect: signedIn(),
    },
    {
      variant: "someone else's session",
      input: async ({ fixture }) => ({
        id: publicSessionId((await createSession(deps.db, fixture.owner.userId)).session.id),
      }),
      expect: signedIn('E_NOT_FOUND'),
    },
  ],
  'auth.tokens.create': { input: () => ({ name: 'ci', scopes: ['read'] }), expect: signedIn() },
  'auth.tokens.list': { input: () => undefined, expect: signedIn() },
  'auth.tokens.revoke': [
    {
      variant: 'your own token',
      input: async ({ me }) => ({ id: (await createApiToken(deps, me, { name: 'ci', scopes: ['read'] })).id }),
      expect: signedIn(),
    },
    {
      variant: "someone else's token",
      input: async ({ fixture }) => ({
        id: (await createApiToken(deps, fixture.owner, { name: 'ci', scopes: ['read'] })).id,
      }),
      expect: signedIn('E_NOT_FOUND'),
    },
  ],

  // Users and departments: the global role alone decides (permittedProcedure refuses with E_FORBIDDEN
  // before it even validates the input).
  'users.list': { input: () => ({}), expect: globalPermission('users:list') },
  'users.get': { input: ({ fixture }) => ({ id: fixture.owner.userId }), expect: globalPermission('users:read') },
  'users.create': {
    input: () => ({ email: `new-${unique()}@example.com`, name: 'Created', password: 'long enough password' }),
    expect: globalPermission('users:create'),
  },
  'users.update': [
    {
      variant: 'your own name',
      input: ({ me }) => ({ id: me.userId, name: 'Renamed Myself' }),
      expect: signedIn(),
      check: (user) => expect(user.name).toBe('Renamed Myself'),
    },
    {
      variant: "someone else's name",
      input: ({ fixture }) => ({ id: fixture.owner.userId, name: 'Renamed By Another' }),
      expect: globalPermission('users:manage'),
    },
  ],
  'users.deactivate': {
    input: async () => ({ id: (await makeUser(deps.db)).id }),
    expect: globalPermission('users:manage'),
  },
  'departments.list': { input: () => undefined, expect: globalPermission('departments:read') },
  'admin.audit': { input: () => ({ types: ['department.created'] }), expect: globalPermission('audit:read') },
  'admin.jobs': { input: () => ({}), expect: globalPermission('jobs:read') },
  'events.list': {
    input: ({ fixture }) => ({ projectKeys: [fixture.project.key], types: ['ticket.created'] }),
    expect: signedIn(),
    check: (page, { fixture, kind }) =>
      expectListed(
        page.items.flatMap((event) => (event.ticket ? [event.ticket.key] : [])),
        fixture.ticket.key,
        kind,
      ),
  },
  // The live feed opens for anyone signed in; what it then shows is events.list's scope, checked on the
  // running stream (core/test/live-events.test.ts, apps/server/test/live-*.test.ts): a caller yields
  // the stream unopened.
  'events.subscribe': {
    input: ({ fixture }) => ({ projectKeys: [fixture.project.key], types: ['ticket.created'] }),
    expect: signedIn(),
    check: (stream) => expect(Symbol.asyncIterator in stream).toBe(true),
  },
  'departments.create': { input: () => ({ name: `Dept ${unique()}` }), expect: globalPermission('departments:create') },

  // Projects. The list is never refused; it shows what you can see.
  'projects.list': {
    input: () => ({}),
    expect: signedIn(),
    check: (projects, { fixture, kind }) =>
      expectListed(
        projects.map((project) => project.key),
        fixture.project.key,
        kind,
      ),
  },
  'projects.create': {
    input: () => ({ key: projectKey(), name: 'Another project' }),
    expect: globalPermission('projects:create'),
  },
  'projects.get': { input: projectRef, expect: projectPermission('project:read') },
  'projects.update': {
    input: ({ fixture }) => ({ key: fixture.project.key, name: 'Renamed project' }),
    expect: projectPermission('project:manage'),
  },
  'projects.archive': { input: projectRef, expect: projectPermission('project:manage') },
  'projects.unarchive': {
    variant: 'an archived project',
    input: async ({ fixture }) => {
      await updateProject(deps, fixture.owner, { key: fixture.project.key, archived: true });
      return { key: fixture.project.key };
    },
    expect: projectPermission('project:manage'),
  },
  'projects.members.list': { input: projectRef, expect: projectPermission('project:read') },
  'projects.members.add': {
    input: async ({ fixture }) => ({ key: fixture.project.key, userId: (await makeUser(deps.db)).id, role: 'viewer' }),
    expect: projectPermission('project:manage'),
  },
  'projects.members.update': {
    input: async ({ fixture }) => ({
      key: fixture.project.key,
      userId: await bystander(deps, fixture),
      role: 'member',
    }),
    expect: projectPermission('project:manage'),
  },
  'projects.members.remove': {
    input: async ({ fixture }) => ({ key: fixture.project.key, userId: await bystander(deps, fixture) }),
    expect: projectPermission('project:manage'),
  },

  // Tickets. The list is never refused; an outsider's list simply lacks the fixture's ticket.
  'tickets.list': [
    {
      variant: 'everything you can see',
      input: ({ fixture }) => ({ reporter: fixture.actors.member.userId }),
      expect: signedIn(),
      check: (page, { fixture, kind }) =>
        expectListed(
          page.items.map((ticket) => ticket.key),
          fixture.ticket.key,
          kind,
        ),
    },
    {
      variant: 'asking for the project by key',
      input: ({ fixture }) => ({ projectKeys: [fixture.project.key] }),
      expect: signedIn(),
      check: (page, { fixture, kind }) =>
        expectListed(
          page.items.map((ticket) => ticket.key),
          fixture.ticket.key,
          kind,
        ),
    },
  ],
  'tickets.get': { input: ticketRef, expect: projectPermission('ticket:read') },
  'tickets.create': {
    input: ({ fixture }) => ({ projectKey: fixture.project.key, title: 'A new ticket' }),
    expect: projectPermission('ticket:create'),
  },
  'tickets.update': {
    input: ({ fixture }) => ({ key: fixture.ticket.key, version: fixture.ticket.version, title: 'Retitled' }),
    expect: projectPermission('ticket:edit'),
  },
  'tickets.transition': {
    input: ({ fixture }) => ({ key: fixture.ticket.key, version: fixture.ticket.version, status: 'in_progress' }),
    expect: projectPermission('ticket:transition'),
  },
  'tickets.assign': {
    input: ({ fixture }) => ({
      key: fixture.ticket.key,
      version: fixture.ticket.version,
      assigneeIds: [fixture.actors.member.userId],
    }),
    expect: projectPermission('ticket:edit'),
  },
  'tickets.delete': { input: ticketRef, expect: projectPermission('ticket:delete') },
  'tickets.restore': {
    variant: 'a deleted ticket',
    input: async ({ fixture }) => {
      await deleteTicket(deps, fixture.owner, { key: fixture.ticket.key });
      return { key: fixture.ticket.key };
    },
    expect: projectPermission('ticket:delete'),
  },
  'tickets.history': { input: ticketRef, expect: projectPermission('ticket:read') },
  'tickets.watching': { input: ticketRef, expect: projectPermission('ticket:read') },
  'tickets.watch': { input: ticketRef, expect: projectPermission('ticket:read') },
  'tickets.unwatch': { input: ticketRef, expect: projectPermission('ticket:read') },
  // All or nothing: a refused ticket makes the whole call E_BULK_REJECTED, with the reason per ticket.
  'tickets.bulkUpdate': {
    input: ({ fixture }) => ({
      tickets: [{ key: fixture.ticket.key, version: fixture.ticket.version }],
      changes: { priority: 'high' },
    }),
    expect: bulk('ticket:edit'),
  },

  // Comments: reading and writing follow the ticket; editing is the author's alone; deleting is the
  // author's or a moderator's (lead, manager in the project, admin). "Someone else's comment" is the
  // project owner's, who is none of the actor kinds; "your own" is written by the caller beforehand.
  'tickets.comments.list': {
    input: ticketRef,
    expect: projectPermission('ticket:read'),
    check: (page, { fixture }) => expect(page.items.map((comment) => comment.id)).toContain(fixture.comment.id),
  },
  'tickets.comments.add': {
    input: ({ fixture }) => ({ key: fixture.ticket.key, body: 'Me too' }),
    expect: projectPermission('ticket:comment'),
  },
  'tickets.comments.edit': [
    {
      variant: "someone else's comment",
      input: async ({ fixture }) => ({
        key: fixture.ticket.key,
        commentId: await commentBy(deps, fixture, fixture.owner),
        body: 'Edited',
      }),
      expect: ownerOnly(false),
    },
    {
      variant: 'your own comment',
      input: async ({ fixture, me }) => ({
        key: fixture.ticket.key,
        commentId: await commentBy(deps, fixture, me),
        body: 'Edited',
      }),
      expect: ownerOnly(true),
    },
  ],
  'tickets.comments.delete': [
    {
      variant: "someone else's comment",
      input: async ({ fixture }) => ({
        key: fixture.ticket.key,
        commentId: await commentBy(deps, fixture, fixture.owner),
      }),
      expect: projectPermission('comment:moderate'),
    },
    {
      variant: 'your own comment',
      input: async ({ fixture, me }) => ({ key: fixture.ticket.key, commentId: await commentBy(deps, fixture, me) }),
      expect: ownerOnly(true),
    },
  ],

  // Attachments: reading follows the ticket; uploading is editing it; completing is the uploader's;
  // deleting is the uploader's (while they may edit) or a moderator's (lead, manager in it, admin).
  'attachments.createUpload': {
    input: ({ fixture }) => ({ key: fixture.ticket.key, fileName: 'log.txt', contentType: 'text/plain', size: 10 }),
    expect: projectPermission('ticket:edit'),
    check: (upload) => expect(upload.method).toBe('PUT'),
  },
  'attachments.complete': [
    {
      variant: 'your own upload',
      input: ({ fixture, me }) => attachmentBy(deps, fixture, me, 'pending'),
      expect: projectPermission('ticket:edit'),
      check: (attachment) => expect(attachment.state).toBe('ready'),
    },
    {
      variant: "someone else's upload",
      input: ({ fixture }) => attachmentBy(deps, fixture, fixture.owner, 'pending'),
      expect: ownerOnly(false),
    },
  ],
  'attachments.list': { input: ticketRef, expect: projectPermission('ticket:read') },
  'attachments.get': {
    input: ({ fixture }) => attachmentBy(deps, fixture, fixture.owner),
    expect: projectPermission('ticket:read'),
    check: (attachment) => expect(attachment.downloadUrl).toMatch(/^\/files\//),
  },
  'attachments.delete': [
    {
      variant: "someone else's attachment",
      input: ({ fixture }) => attachmentBy(deps, fixture, fixture.owner),
      expect: projectPermission('attachment:moderate'),
    },
    {
      variant: 'your own attachment',
      input: ({ fixture, me }) => attachmentBy(deps, fixture, me),
      expect: projectPermission('ticket:edit'),
    },
  ],

  // Importing tickets from CSV: project settings (project:manage); a dry run checks the same way.
  'projects.import': {
    input: ({ fixture }) => ({ key: fixture.project.key, csv: 'title,priority\r\nImported,high\r\n', dryRun: true }),
    expect: projectPermission('project:manage'),
    check: (result) => expect(result).toMatchObject({ dryRun: true, rows: 1, failures: [] }),
  },

  // Saved views: personal ones are their owner's alone (another's is NOT_FOUND); shared ones are seen
  // by the project's readers and run by whoever runs the project.
  'views.list': {
    input: () => undefined,
    expect: signedIn(),
  },
  'views.create': [
    { variant: 'personal', input: () => ({ name: 'Mine', query: 'assignee:me' }), expect: signedIn() },
    {
      variant: 'shared with the project',
      input: ({ fixture }) => ({ name: 'Team', query: 'status:open', projectKey: fixture.project.key }),
      expect: projectPermission('project:manage'),
    },
  ],
  'views.update': [
    {
      variant: 'your own personal view',
      input: async ({ fixture, me }) => ({ ...(await viewBy(deps, fixture, me, false)), name: 'Renamed' }),
      expect: signedIn(),
    },
    {
      variant: "someone else's personal view",
      input: async ({ fixture }) => ({ ...(await viewBy(deps, fixture, fixture.owner, false)), name: 'Renamed' }),
      expect: signedIn('E_NOT_FOUND'),
    },
    {
      variant: 'a view shared with the project',
      input: async ({ fixture }) => ({ ...(await viewBy(deps, fixture, fixture.owner, true)), name: 'Renamed' }),
      expect: projectPermission('project:manage'),
    },
  ],
  'views.delete': [
    {
      variant: 'your own personal view',
      input: ({ fixture, me }) => viewBy(deps, fixture, me, false),
      expect: signedIn(),
    },
    {
      variant: "someone else's personal view",
      input: ({ fixture }) => viewBy(deps, fixture, fixture.owner, false),
      expect: signedIn('E_NOT_FOUND'),
    },
    {
      variant: 'a view shared with the project',
      input: ({ fixture }) => viewBy(deps, fixture, fixture.owner, true),
      expect: projectPermission('project:manage'),
    },
  ],

  // Automation rules: a project's are run by whoever runs the project (project:manage); global ones
  // are the admins' and invisible to anyone else.
  'workflows.list': { input: () => undefined, expect: signedIn() },
  'workflows.create': [
    {
      variant: 'of the project',
      input: ({ fixture }) => ({ ...ruleDefinition, name: 'Escalate', projectKey: fixture.project.key }),
      expect: projectPermission('project:manage'),
    },
    {
      variant: 'global',
      input: () => ({ ...ruleDefinition, name: 'Everywhere' }),
      expect: globalPermission('workflows:global'),
    },
  ],
  'workflows.get': ruleByIdCases(),
  'workflows.delete': ruleByIdCases(),
  'workflows.enable': ruleByIdCases(),
  'workflows.disable': ruleByIdCases(),
  'workflows.runs': ruleByIdCases(),
  'workflows.dryRun': [
    {
      variant: 'of the project',
      input: ({ fixture }) => ({ ...ruleDefinition, name: 'Try', projectKey: fixture.project.key }),
      expect: projectPermission('project:manage'),
    },
    {
      variant: 'global',
      input: () => ({ ...ruleDefinition, name: 'Try everywhere' }),
      expect: globalPermission('workflows:global'),
    },
  ],
  'workflows.update': [
    {
      variant: 'of the project',
      input: async ({ fixture }) => ({
        ...(await workflowBy(deps, fixture, fixture.owner, true)),
        version: 1,
        name: 'Renamed',
      }),
      expect: projectPermission('project:manage'),
    },
    {
      variant: 'global',
      input: async ({ fixture }) => ({
        ...(await workflowBy(deps, fixture, fixture.owner, false)),
        version: 1,
        name: 'Renamed',
      }),
      expect: globalPermissionHidden('workflows:global'),
    },
  ],

  // Reports: open to everyone signed in, each counting only the projects the caller can read (the
  // counts themselves are checked per role in project-roles.test.ts).
  'reports.dashboard': { input: () => ({}), expect: signedIn() },
  'reports.breakdown': { input: () => ({ by: 'project' as const }), expect: signedIn() },
  'reports.createdVsResolved': { input: () => ({ interval: 'week' as const }), expect: signedIn() },
  'reports.cycleTime': { input: () => ({}), expect: signedIn() },
  'reports.aging': { input: () => ({}), expect: signedIn() },
  'reports.userActivity': { input: () => ({}), expect: signedIn() },
  'reports.slaCompliance': { input: () => ({}), expect: signedIn() },
  'projects.sla.get': {
    input: ({ fixture }) => ({ projectKey: fixture.project.key }),
    expect: projectPermission('project:read'),
  },
  'projects.sla.put': {
    input: ({ fixture }) => ({
      projectKey: fixture.project.key,
      policy: { targets: { high: { firstResponseMinutes: 30, resolutionMinutes: 240 } } },
    }),
    expect: projectPermission('project:manage'),
  },

  // Webhooks: project settings (project:manage); a webhook of a project you cannot see is E_NOT_FOUND.
  'webhooks.list': { input: projectRef, expect: projectPermission('project:manage') },
  'webhooks.create': {
    input: ({ fixture }) => ({ key: fixture.project.key, url: 'https://hooks.example.invalid/new' }),
    expect: projectPermission('project:manage'),
    check: (webhook) => expect(webhook.secret).toMatch(/^whsec_/),
  },
  'webhooks.get': {
    input: async ({ fixture }) => ({ id: await webhookOf(deps, fixture) }),
    expect: projectPermission('project:manage'),
  },
  'webhooks.update': {
    input: async ({ fixture }) => ({ id: await webhookOf(deps, fixture), active: false }),
    expect: projectPermission('project:manage'),
  },
  'webhooks.delete': {
    input: async ({ fixture }) => ({ id: await webhookOf(deps, fixture) }),
    expect: projectPermission('project:manage'),
  },
  'webhooks.test': {
    input: async ({ fixture }) => ({ id: await webhookOf(deps, fixture) }),
    expect: projectPermission('project:manage'),
    check: (result) => expect(result.ok).toBe(false),
  },
  'webhooks.rotateSecret': {
    input: async ({ fixture }) => ({ id: await webhookOf(deps, fixture) }),
    expect: projectPermission('project:manage'),
  },
  'webhooks.deliveries.list': {
    input: async ({ fixture }) => ({ id: await webhookOf(deps, fixture) }),
    expect: projectPermission('project:manage'),
  },
  'webhooks.deliveries.redeliver': {
    input: ({ fixture }) => deliveryOf(deps, fixture),
    expect: projectPermission('project:manage'),
    check: (delivery) => expect(delivery.state).toBe('pending'),
  },

  // The inbox: your own notifications, only about projects you can read; never refused.
  'notifications.list': {
    input: async ({ fixture, me }) => {
      await notifiedAbout(fixture, me);
      return { unread: true };
    },
    expect: signedIn(),
    check: (page, { fixture, kind }) =>
      expectListed(
        page.items.flatMap((item) => (item.ticket ? [item.ticket.key] : [])),
        fixture.ticket.key,
        kind,
      ),
  },
  'notifications.unreadCount': {
    input: async ({ fixture, me }) => {
      await notifiedAbout(fixture, me);
    },
    expect: signedIn(),
    check: (count, { kind }) => expect(count.unread > 0).toBe(sees(kind)),
  },
  'notifications.markRead': [
    {
      variant: 'all',
      input: async ({ fixture, me }) => {
        await notifiedAbout(fixture, me);
        return { all: true };
      },
      expect: signedIn(),
      check: (count) => expect(count.unread).toBe(0),
    },
    {
      variant: 'ids that are not yours (ignored)',
      input: () => ({ ids: [1, 2, 3] }),
      expect: signedIn(),
    },
  ],
};

// At runtime _def.procedures is flat, keyed by dotted path; its static type is the nested record.
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);
const table = cases as Record<string, AnyCase | AnyCase[] | undefined>;
const variantsOf = (path: string): AnyCase[] => [table[path] ?? []].flat();

/** Queries leave the data as they found it and share one fixture. */
const shared = await makeFixture(deps);

describe('the authorization matrix', () => {
  it('has a case for every procedure of appRouter', () => {
    const missing = procedures.map(([path]) => path).filter((path) => variantsOf(path).length === 0);
    expect(missing).toEqual([]);
  });

  it('has no case for a procedure appRouter lacks', () => {
    const paths = new Set(procedures.map(([path]) => path));
    expect(Object.keys(cases).filter((path) => !paths.has(path))).toEqual([]);
  });

  for (const [path, procedure] of procedures) {
    for (const matrixCase of variantsOf(path)) {
      const label = matrixCase.variant ? `${path} (${matrixCase.variant})` : path;
      for (const kind of actorKinds) {
        const expected = matrixCase.expect(kind);
        it(`${label} · ${kind} → ${expected}`, async () => {
          const fixture = procedure._def.type === 'mutation' ? await makeFixture(deps) : shared;
          const actor = kind === 'anonymous' ? null : fixture.actors[kind];
          const ctx: CaseContext = { fixture, kind, me: actor ?? fixture.actors.member };
          const input = await matrixCase.input(ctx);
          let output: unknown;
          const outcome = await outcomeOf(
            call(callerFor(deps, actor), path, input).then((value) => {
              output = value;
            }),
          );
          expect(outcome).toBe(expected);
          if (outcome === 'ok') matrixCase.check?.(output, ctx);
        });
      }
    }
  }
});
