import type { Actor } from '@ticketing/core/actor';
import { addComment } from '@ticketing/core/comments/comments';
import { consumeBatch } from '@ticketing/core/events/consume';
import { inboxConsumer } from '@ticketing/core/notifications/inbox-consumer';
import { putSlaPolicy } from '@ticketing/core/sla/put-sla-policy';
import { testAttachmentConfig } from '@ticketing/core/testing/attachment-config';
import { makeUser } from '@ticketing/core/testing/factories';
import { createTestDeps } from '@ticketing/core/testing/test-deps';
import { createTicket } from '@ticketing/core/tickets/create-ticket';
import { createTicketInput } from '@ticketing/core/tickets/schemas';
import { transitionTicket } from '@ticketing/core/tickets/transition-ticket';
import { ticketWatchers } from '@ticketing/db/schema';
import type { AnyProcedure } from '@trpc/server';
import { afterAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/root.ts';
import { callerFor } from './support/caller.ts';
import {
  attachmentBy,
  bystander,
  call,
  commentBy,
  type Fixture,
  type InputOf,
  makeFixture,
  type Outcome,
  type OutputOf,
  outcomeOf,
  type ProcedurePath,
  type SignedInKind,
  viewBy,
  workflowBy,
} from './support/matrix.ts';
import { deliveryOf, webhookOf } from './support/webhook-fixture.ts';

const deps = await createTestDeps({ attachments: await testAttachmentConfig() });
afterAll(() => deps.connection.close());

/** `listed`/`hidden`: a list that is never refused, and whether it shows the fixture's project or ticket. */
type Expected = Outcome | 'listed' | 'hidden';

/**
 * README "Projects and tickets": the "In a project" table and the sentences around it, copied by hand,
 * not computed. The authorization matrix takes its expectations from core/src/permissions.ts, so a
 * wrong entry there moves the code and the matrix together; this table does not move with them.
 * Actors (support/matrix.ts): outsider = a user who is no member; manager = a global manager who is a
 * plain member; admin = a global admin who is no member.
 */
// biome-ignore format: a table is checked by reading down its columns
const readme = {
  // "Admins see every project; everyone else sees only the projects they are a member of — anything
  // in another project answers 404 E_NOT_FOUND." Seeing a project is reading it and its member list.
  'projects.list':                     { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'projects.get':                      { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'projects.members.list':             { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  // "read tickets, history, comments; watch": every role.
  'tickets.list':                      { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'tickets.get':                       { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.history':                   { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.comments.list':             { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  // "The event feed … only projects you can read."
  'events.list':                       { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  // The live feed opens for everyone; it shows what events.list does (checked on running streams in
  // core/test/live-events.test.ts and apps/server/test/live-*.test.ts).
  'events.subscribe':                  { outsider: 'ok',          viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.watching':                  { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.watch':                     { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.unwatch':                   { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  // "create, edit, assign, transition tickets; comment": member and up. A bulk update is all or
  // nothing: one refused ticket makes it E_BULK_REJECTED, with that ticket's reason.
  'tickets.create':                    { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.update':                    { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.assign':                    { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.transition':                { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.bulkUpdate':                { outsider: 'E_BULK_REJECTED/E_NOT_FOUND', viewer: 'E_BULK_REJECTED/E_FORBIDDEN', member: 'ok', lead: 'ok', manager: 'ok', admin: 'ok' },
  'tickets.comments.add':              { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  // "project settings, members, archive; delete/restore tickets; delete others' comments": lead, a
  // manager who is a member, admin.
  'projects.import':                   { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'projects.update':                   { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'projects.archive':                  { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'projects.unarchive':                { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'projects.members.add':              { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'projects.members.update':           { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'projects.members.remove':           { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.delete':                    { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.restore':                   { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  "tickets.comments.delete (others')": { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  // "Comments are edited only by their author" (an admin included). Deleting others' is the lead-level
  // right, so deleting your own is the author's. A viewer's own is one written while they could comment.
  'tickets.comments.delete (own)':     { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'tickets.comments.edit (own)':       { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  "tickets.comments.edit (others')":   { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'E_FORBIDDEN', manager: 'E_FORBIDDEN', admin: 'E_FORBIDDEN' },
  // Attachments (README "Attachments"): reading follows the ticket; attaching is editing it; deleting
  // another's attachment is the lead-level right, your own needs the right to edit.
  'attachments.list':                  { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'attachments.get':                   { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'attachments.createUpload':          { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'attachments.complete (own)':        { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  "attachments.delete (others')":      { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  // Saved views (README "Saved views"): a view shared with a project is listed for its readers and
  // made, changed and deleted by whoever runs the project.
  'views.list':                        { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'views.create (shared)':             { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'views.update (shared)':             { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'views.delete (shared)':             { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  // Automation rules (README "Automation rules"): a project's are listed for, made, changed, turned on
  // and off and deleted by whoever runs the project.
  'workflows.list':                    { outsider: 'hidden',      viewer: 'hidden',      member: 'hidden',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'workflows.create':                  { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'workflows.get':                     { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'workflows.update':                  { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'workflows.delete':                  { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'workflows.enable':                  { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'workflows.disable':                 { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'workflows.dryRun':                  { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'workflows.runs':                    { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  // Reports (README "Reports"): everyone may run them; the fixture project's tickets count (`listed`)
  // exactly for those who can read it.
  'reports.dashboard':                 { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'reports.breakdown':                 { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'reports.createdVsResolved':         { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'reports.cycleTime':                 { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'reports.aging':                     { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'reports.userActivity':              { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'reports.slaCompliance':             { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  // SLA policies (README "SLAs"): everyone in the project reads it; setting it is project settings.
  'projects.sla.get':                  { outsider: 'E_NOT_FOUND', viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'projects.sla.put':                  { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  // Webhooks (README "Webhooks"): project settings, so the lead-level row; another project's webhook is 404.
  'webhooks.list':                     { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'webhooks.create':                   { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'webhooks.get':                      { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'webhooks.update':                   { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'webhooks.delete':                   { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'webhooks.test':                     { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'webhooks.rotateSecret':             { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'webhooks.deliveries.list':          { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  'webhooks.deliveries.redeliver':     { outsider: 'E_NOT_FOUND', viewer: 'E_FORBIDDEN', member: 'E_FORBIDDEN', lead: 'ok',     manager: 'ok',     admin: 'ok' },
  // README "The inbox": watching a ticket is reading it, so notifications are only about projects you
  // can read (`listed` = the fixture ticket's notification is there, or counted); marking read is yours.
  'notifications.list':                { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'notifications.unreadCount':         { outsider: 'hidden',      viewer: 'listed',      member: 'listed',      lead: 'listed', manager: 'listed', admin: 'listed' },
  'notifications.markRead':            { outsider: 'ok',          viewer: 'ok',          member: 'ok',          lead: 'ok',     manager: 'ok',     admin: 'ok' },
} as const satisfies Record<string, Record<SignedInKind, Expected>>;

type Action = keyof typeof readme;

interface CallContext {
  fixture: Fixture;
  me: Actor;
}

/** How an action is called: the procedure, a valid input, and for a list whether it shows the fixture. */
type CallOf<P extends ProcedurePath> = {
  path: P;
  input(ctx: CallContext): InputOf<P> | Promise<InputOf<P>>;
  shows?(output: OutputOf<P>, fixture: Fixture): boolean;
};
/** One of them, whichever procedure: `path` picks the member, so each input is checked against it. */
type ActionCall = { [P in ProcedurePath]: CallOf<P> }[ProcedurePath];
/** The same with the types erased, for the loop. */
interface ErasedCall {
  path: ProcedurePath;
  input(ctx: CallContext): unknown;
  shows?(output: unknown, fixture: Fixture): boolean;
}

const projectRef = ({ fixture }: CallContext) => ({ key: fixture.project.key });

/** `me` watches the fixture ticket, its owner comments, and the inbox consumer (started first) runs. */
async function notifiedAbout({ fixture, me }: CallContext): Promise<void> {
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
const ticketRef = ({ fixture }: CallContext) => ({ key: fixture.ticket.key });
const versioned = ({ fixture }: CallContext) => ({ key: fixture.ticket.key, version: fixture.ticket.version });

/** The fixture project, as a report's query. */
const inFixture = ({ fixture }: CallContext) => ({ query: `project:${fixture.project.key}` });

/** An SLA policy and a ticket closed within it in the fixture project (once per project). */
const slaIn = new Map<string, Promise<void>>();
function withSlaTicket(ctx: CallContext) {
  const { fixture } = ctx;
  let done = slaIn.get(fixture.project.id);
  if (!done) {
    const policy = { targets: { low: { resolutionMinutes: 600 } } };
    done = putSlaPolicy(deps, fixture.owner, { projectKey: fixture.project.key, policy })
      .then(() =>
        createTicket(
          deps,
          fixture.owner,
          createTicketInput.parse({ projectKey: fixture.project.key, title: 'On time', priority: 'low' }),
        ),
      )
      .then(async (ticket) => {
        await transitionTicket(deps, fixture.owner, { key: ticket.key, version: ticket.version, status: 'closed' });
      });
    slaIn.set(fixture.project.id, done);
  }
  return done.then(() => inFixture(ctx));
}

/** A closed ticket in the fixture project (once per project), for the cycle-time report. */
const closedIn = new Map<string, Promise<void>>();
function withClosedTicket(ctx: CallContext) {
  const { fixture } = ctx;
  let done = closedIn.get(fixture.project.id);
  if (!done) {
    done = createTicket(
      deps,
      fixture.owner,
      createTicketInput.parse({ projectKey: fixture.project.key, title: 'Done' }),
    ).then(async (ticket) => {
      await transitionTicket(deps, fixture.owner, { key: ticket.key, version: ticket.version, status: 'closed' });
    });
    closedIn.set(fixture.project.id, done);
  }
  return done.then(() => inFixture(ctx));
}

const calls: Record<Action, ActionCall> = {
  'projects.import': {
    path: 'projects.import',
    input: ({ fixture }) => ({ key: fixture.project.key, csv: 'title\nImported\n' }),
  },
  'reports.dashboard': {
    path: 'reports.dashboard',
    input: inFixture,
    shows: (report) => Object.values(report.byStatus).some((count) => count > 0),
  },
  'reports.breakdown': {
    path: 'reports.breakdown',
    input: (ctx) => ({ ...inFixture(ctx), by: 'project' as const }),
    shows: (report, fixture) => report.rows.some((row) => row.value === fixture.project.key),
  },
  'reports.createdVsResolved': {
    path: 'reports.createdVsResolved',
    input: inFixture,
    shows: (report) => report.buckets.some((bucket) => bucket.created > 0),
  },
  'reports.cycleTime': {
    path: 'reports.cycleTime',
    input: withClosedTicket,
    shows: (report) => report.rows.some((row) => row.leadTime.count > 0),
  },
  'reports.aging': {
    path: 'reports.aging',
    input: inFixture,
    shows: (report) => report.rows.some((row) => row.total > 0),
  },
  'reports.userActivity': {
    path: 'reports.userActivity',
    input: inFixture,
    shows: (report, fixture) => report.rows.some((row) => row.user.id === fixture.owner.userId && row.created > 0),
  },
  'reports.slaCompliance': {
    path: 'reports.slaCompliance',
    input: withSlaTicket,
    shows: (report) => report.totals.resolution.met > 0,
  },
  'projects.sla.get': { path: 'projects.sla.get', input: ({ fixture }) => ({ projectKey: fixture.project.key }) },
  'projects.sla.put': {
    path: 'projects.sla.put',
    input: ({ fixture }) => ({
      projectKey: fixture.project.key,
      policy: { targets: { high: { resolutionMinutes: 60 } } },
    }),
  },
  'views.list': {
    path: 'views.list',
    input: async ({ fixture }) => {
      await viewBy(deps, fixture, fixture.owner, true);
      return undefined;
    },
    shows: (views, fixture) => views.some((view) => view.projectKey === fixture.project.key),
  },
  'views.create (shared)': {
    path: 'views.create',
    input: ({ fixture }) => ({ name: 'Team', query: 'status:open', projectKey: fixture.project.key }),
  },
  'views.update (shared)': {
    path: 'views.update',
    input: async ({ fixture }) => ({ ...(await viewBy(deps, fixture, fixture.owner, true)), name: 'Renamed' }),
  },
  'views.delete (shared)': { path: 'views.delete', input: ({ fixture }) => viewBy(deps, fixture, fixture.owner, true) },
  'workflows.list': {
    path: 'workflows.list',
    input: async ({ fixture }) => {
      await workflowBy(deps, fixture, fixture.owner, true);
      return undefined;
    },
    shows: (rules, fixture) => rules.some((rule) => rule.projectKey === fixture.project.key),
  },
  'workflows.create': {
    path: 'workflows.create',
    input: ({ fixture }) => ({
      name: 'Escalate',
      projectKey: fixture.project.key,
      trigger: { type: 'event' as const, event: 'ticket.created' as const },
      conditions: 'priority:critical',
      actions: [{ type: 'setPriority' as const, priority: 'critical' as const }],
    }),
  },
  'workflows.get': { path: 'workflows.get', input: ({ fixture }) => workflowBy(deps, fixture, fixture.owner, true) },
  'workflows.update': {
    path: 'workflows.update',
    input: async ({ fixture }) => ({
      ...(await workflowBy(deps, fixture, fixture.owner, true)),
      version: 1,
      name: 'Renamed',
    }),
  },
  'workflows.delete': {
    path: 'workflows.delete',
    input: ({ fixture }) => workflowBy(deps, fixture, fixture.owner, true),
  },
  'workflows.enable': {
    path: 'workflows.enable',
    input: ({ fixture }) => workflowBy(deps, fixture, fixture.owner, true),
  },
  'workflows.disable': {
    path: 'workflows.disable',
    input: ({ fixture }) => workflowBy(deps, fixture, fixture.owner, true),
  },
  'workflows.runs': { path: 'workflows.runs', input: ({ fixture }) => workflowBy(deps, fixture, fixture.owner, true) },
  'workflows.dryRun': {
    path: 'workflows.dryRun',
    input: ({ fixture }) => ({
      name: 'Try',
      projectKey: fixture.project.key,
      trigger: { type: 'event' as const, event: 'ticket.created' as const },
      actions: [{ type: 'addLabels' as const, labels: ['tried'] }],
    }),
  },
  'attachments.list': { path: 'attachments.list', input: ticketRef },
  'attachments.get': { path: 'attachments.get', input: ({ fixture }) => attachmentBy(deps, fixture, fixture.owner) },
  'attachments.createUpload': {
    path: 'attachments.createUpload',
    input: ({ fixture }) => ({ key: fixture.ticket.key, fileName: 'log.txt', contentType: 'text/plain', size: 10 }),
  },
  'attachments.complete (own)': {
    path: 'attachments.complete',
    input: ({ fixture, me }) => attachmentBy(deps, fixture, me, 'pending'),
  },
  "attachments.delete (others')": {
    path: 'attachments.delete',
    input: ({ fixture }) => attachmentBy(deps, fixture, fixture.owner),
  },
  'projects.list': {
    path: 'projects.list',
    input: () => ({}),
    shows: (projects, fixture) => projects.some((project) => project.key === fixture.project.key),
  },
  'projects.get': { path: 'projects.get', input: projectRef },
  'projects.members.list': { path: 'projects.members.list', input: projectRef },
  'tickets.list': {
    path: 'tickets.list',
    input: ({ fixture }) => ({ reporter: fixture.actors.member.userId }),
    shows: (page, fixture) => page.items.some((ticket) => ticket.key === fixture.ticket.key),
  },
  'tickets.get': { path: 'tickets.get', input: ticketRef },
  'events.list': {
    path: 'events.list',
    input: ({ fixture }) => ({ projectKeys: [fixture.project.key], types: ['ticket.created'] }),
    shows: (page, fixture) => page.items.some((event) => event.ticket?.key === fixture.ticket.key),
  },
  'events.subscribe': {
    path: 'events.subscribe',
    input: ({ fixture }) => ({ projectKeys: [fixture.project.key], types: ['ticket.created'] }),
  },
  'tickets.history': { path: 'tickets.history', input: ticketRef },
  'tickets.comments.list': { path: 'tickets.comments.list', input: ticketRef },
  'tickets.watching': { path: 'tickets.watching', input: ticketRef },
  'tickets.watch': { path: 'tickets.watch', input: ticketRef },
  'tickets.unwatch': { path: 'tickets.unwatch', input: ticketRef },
  'tickets.create': {
    path: 'tickets.create',
    input: ({ fixture }) => ({ projectKey: fixture.project.key, title: 'New' }),
  },
  'tickets.update': { path: 'tickets.update', input: (ctx) => ({ ...versioned(ctx), title: 'Retitled' }) },
  'tickets.assign': {
    path: 'tickets.assign',
    input: (ctx) => ({ ...versioned(ctx), assigneeIds: [ctx.fixture.actors.member.userId] }),
  },
  'tickets.transition': { path: 'tickets.transition', input: (ctx) => ({ ...versioned(ctx), status: 'in_progress' }) },
  'tickets.bulkUpdate': {
    path: 'tickets.bulkUpdate',
    input: (ctx) => ({ tickets: [versioned(ctx)], changes: { priority: 'high' } }),
  },
  'tickets.comments.add': { path: 'tickets.comments.add', input: (ctx) => ({ ...ticketRef(ctx), body: 'Me too' }) },
  'projects.update': { path: 'projects.update', input: (ctx) => ({ ...projectRef(ctx), name: 'Renamed' }) },
  'projects.archive': { path: 'projects.archive', input: projectRef },
  // Archiving and deleting for the setup go to the database directly: through the domain they would
  // need the very rights under test, and one wrong entry would fail every actor's row, not just its own.
  'projects.unarchive': {
    path: 'projects.unarchive',
    input: async (ctx) => {
      await deps.db.execute(`update projects set archived = true where id = '${ctx.fixture.project.id}'`);
      return projectRef(ctx);
    },
  },
  'projects.members.add': {
    path: 'projects.members.add',
    input: async (ctx) => ({ ...projectRef(ctx), userId: (await makeUser(deps.db)).id, role: 'viewer' }),
  },
  'projects.members.update': {
    path: 'projects.members.update',
    input: async (ctx) => ({ ...projectRef(ctx), userId: await bystander(deps, ctx.fixture), role: 'member' }),
  },
  'projects.members.remove': {
    path: 'projects.members.remove',
    input: async (ctx) => ({ ...projectRef(ctx), userId: await bystander(deps, ctx.fixture) }),
  },
  'tickets.delete': { path: 'tickets.delete', input: ticketRef },
  'tickets.restore': {
    path: 'tickets.restore',
    input: async (ctx) => {
      await deps.db.execute(`update tickets set deleted_at = now() where id = '${ctx.fixture.ticket.id}'`);
      return ticketRef(ctx);
    },
  },
  // "Others'" comments are the project owner's, who is none of the actor kinds.
  "tickets.comments.delete (others')": {
    path: 'tickets.comments.delete',
    input: async (ctx) => ({ ...ticketRef(ctx), commentId: await commentBy(deps, ctx.fixture, ctx.fixture.owner) }),
  },
  'tickets.comments.delete (own)': {
    path: 'tickets.comments.delete',
    input: async (ctx) => ({ ...ticketRef(ctx), commentId: await commentBy(deps, ctx.fixture, ctx.me) }),
  },
  'tickets.comments.edit (own)': {
    path: 'tickets.comments.edit',
    input: async (ctx) => ({
      ...ticketRef(ctx),
      commentId: await commentBy(deps, ctx.fixture, ctx.me),
      body: 'Edited',
    }),
  },
  "tickets.comments.edit (others')": {
    path: 'tickets.comments.edit',
    input: async (ctx) => ({
      ...ticketRef(ctx),
      commentId: await commentBy(deps, ctx.fixture, ctx.fixture.owner),
      body: 'Edited',
    }),
  },
  'webhooks.list': { path: 'webhooks.list', input: projectRef },
  'webhooks.create': {
    path: 'webhooks.create',
    input: (ctx) => ({ ...projectRef(ctx), url: 'https://hooks.example.invalid/new' }),
  },
  'webhooks.get': { path: 'webhooks.get', input: async (ctx) => ({ id: await webhookOf(deps, ctx.fixture) }) },
  'webhooks.update': {
    path: 'webhooks.update',
    input: async (ctx) => ({ id: await webhookOf(deps, ctx.fixture), active: false }),
  },
  'webhooks.delete': { path: 'webhooks.delete', input: async (ctx) => ({ id: await webhookOf(deps, ctx.fixture) }) },
  'webhooks.test': { path: 'webhooks.test', input: async (ctx) => ({ id: await webhookOf(deps, ctx.fixture) }) },
  'webhooks.rotateSecret': {
    path: 'webhooks.rotateSecret',
    input: async (ctx) => ({ id: await webhookOf(deps, ctx.fixture) }),
  },
  'webhooks.deliveries.list': {
    path: 'webhooks.deliveries.list',
    input: async (ctx) => ({ id: await webhookOf(deps, ctx.fixture) }),
  },
  'webhooks.deliveries.redeliver': {
    path: 'webhooks.deliveries.redeliver',
    input: (ctx) => deliveryOf(deps, ctx.fixture),
  },
  'notifications.list': {
    path: 'notifications.list',
    input: async (ctx) => {
      await notifiedAbout(ctx);
      return { unread: true };
    },
    shows: (page, fixture) => page.items.some((item) => item.ticket?.key === fixture.ticket.key),
  },
  'notifications.unreadCount': {
    path: 'notifications.unreadCount',
    input: (ctx) => notifiedAbout(ctx),
    shows: (count) => count.unread > 0,
  },
  'notifications.markRead': {
    path: 'notifications.markRead',
    input: async (ctx) => {
      await notifiedAbout(ctx);
      return { all: true };
    },
  },
};

// At runtime _def.procedures is flat, keyed by dotted path; its static type is the nested record.
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;

/**
 * Where the project role plays no part: yourself, users and departments go by the global role alone
 * (README "Roles"), and creating a project comes before any membership. Everything else is in a project.
 */
const outsideProjects = (path: string) => /^(auth|users|departments|admin)\./.test(path) || path === 'projects.create';

/** Queries change nothing and share one fixture; each mutation gets its own. */
const shared = await makeFixture(deps);

describe('README "In a project", written out by hand, against the real procedures', () => {
  it('covers every project-scoped procedure of appRouter, and no other', () => {
    const projectScoped = Object.keys(procedures).filter((path) => !outsideProjects(path));
    const covered = new Set(Object.values(calls).map((action) => action.path));
    expect([...covered].sort()).toEqual(projectScoped.sort());
  });

  for (const [action, row] of Object.entries(readme)) {
    const { path, input, shows } = calls[action as Action] as ErasedCall;
    for (const [kind, expected] of Object.entries(row)) {
      it(`${action} · ${kind} → ${expected}`, async () => {
        const fixture = procedures[path]?._def.type === 'query' ? shared : await makeFixture(deps);
        const me = fixture.actors[kind as SignedInKind];
        let output: unknown;
        const outcome = await outcomeOf(
          call(callerFor(deps, me), path, await input({ fixture, me })).then((value) => {
            output = value;
          }),
        );
        const seen = outcome === 'ok' && shows ? (shows(output, fixture) ? 'listed' : 'hidden') : outcome;
        expect(seen).toBe(expected);
      });
    }
  }
});
