import type { Actor } from '@ticketing/core/actor';
import { addComment } from '@ticketing/core/comments/comments';
import type { Comment } from '@ticketing/core/comments/schemas';
import { DomainError, type ErrorCode } from '@ticketing/core/errors';
import { can, type Permission, type ProjectPermission, projectPermissionsOf } from '@ticketing/core/permissions';
import type { Project } from '@ticketing/core/projects/schemas';
import { storedAttachment } from '@ticketing/core/testing/attachment-config';
import { makeActor, makeProject, makeTicket, makeUser } from '@ticketing/core/testing/factories';
import type { TestDeps } from '@ticketing/core/testing/test-deps';
import type { Ticket } from '@ticketing/core/tickets/schemas';
import {
  comments,
  type ProjectRole,
  projectMembers,
  type Role,
  savedViews,
  workflows,
  workflowVersions,
} from '@ticketing/db/schema';
import type { AnyProcedure, inferProcedureInput, inferProcedureOutput } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { AppRouter } from '../../src/root.ts';
import type { callerFor } from './caller.ts';

// ---------------------------------------------------------------------------------------------------
// Procedures by dotted path, with their input and output types.

type Procedures = AppRouter['_def']['record'];

type PathsOf<R, Prefix extends string = ''> = {
  [K in keyof R & string]: R[K] extends AnyProcedure ? `${Prefix}${K}` : PathsOf<R[K], `${Prefix}${K}.`>;
}[keyof R & string];

type At<R, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof R
    ? At<R[Head], Rest>
    : never
  : P extends keyof R
    ? R[P]
    : never;

/** Every procedure of appRouter, as the dotted path tRPC keys it by at runtime (`tickets.comments.edit`). */
export type ProcedurePath = PathsOf<Procedures>;
type ProcedureAt<P extends ProcedurePath> = At<Procedures, P> extends infer T extends AnyProcedure ? T : never;
export type InputOf<P extends ProcedurePath> = inferProcedureInput<ProcedureAt<P>>;
export type OutputOf<P extends ProcedurePath> = inferProcedureOutput<ProcedureAt<P>>;

/** Calls the procedure at a dotted path on a caller (the caller is a nested proxy). */
export function call(caller: ReturnType<typeof callerFor>, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

// ---------------------------------------------------------------------------------------------------
// Actors.

/**
 * Who calls. Project roles are roles in the fixture project; `manager` is a global manager who is a
 * plain member there (managers only see projects they belong to); `admin` is a global admin who is
 * not a member (admins see every project).
 */
export const actorProfiles = {
  anonymous: null,
  outsider: { role: 'user', membership: null },
  viewer: { role: 'user', membership: 'viewer' },
  member: { role: 'user', membership: 'member' },
  lead: { role: 'user', membership: 'lead' },
  manager: { role: 'manager', membership: 'member' },
  admin: { role: 'admin', membership: null },
} as const satisfies Record<string, { role: Role; membership: ProjectRole | null } | null>;

export type ActorKind = keyof typeof actorProfiles;
export type SignedInKind = Exclude<ActorKind, 'anonymous'>;
export const actorKinds = Object.keys(actorProfiles) as ActorKind[];
const signedInKinds = actorKinds.filter((kind): kind is SignedInKind => kind !== 'anonymous');

/** The actor's permissions in the fixture project, straight from the permission table. */
function projectPermissionsOfKind(kind: SignedInKind): ReadonlySet<ProjectPermission> {
  const profile = actorProfiles[kind];
  return projectPermissionsOf({ role: profile.role }, profile.membership);
}

/** Seeing a project is holding project:read in it; a project you cannot see does not exist for you. */
export const sees = (kind: ActorKind): boolean =>
  kind !== 'anonymous' && projectPermissionsOfKind(kind).has('project:read');

// ---------------------------------------------------------------------------------------------------
// Outcomes and what each actor should get.

/** What a call came to: `ok`, the domain error code, or for a bulk refusal the code of the first failure. */
export type Outcome = 'ok' | ErrorCode | `E_BULK_REJECTED/${ErrorCode}` | `unexpected: ${string}`;

export type Expectation = (kind: ActorKind) => Outcome;

/** Anyone, signed in or not (sign-up and sign-in). */
export const anyone: Expectation = () => 'ok';

/** Every signed-in actor gets `outcome` (default ok): things about yourself. */
export const signedIn =
  (outcome: Outcome = 'ok'): Expectation =>
  (kind) =>
    kind === 'anonymous' ? 'E_UNAUTHENTICATED' : outcome;

/** A global permission (rolePermissions): decided by the global role alone, projects play no part. */
export const globalPermission =
  (permission: Permission): Expectation =>
  (kind) => {
    if (kind === 'anonymous') return 'E_UNAUTHENTICATED';
    return can({ role: actorProfiles[kind].role }, permission) ? 'ok' : 'E_FORBIDDEN';
  };

/** Like globalPermission, for something only those with it can see: the others get E_NOT_FOUND. */
export const globalPermissionHidden =
  (permission: Permission): Expectation =>
  (kind) => {
    const outcome = globalPermission(permission)(kind);
    return outcome === 'E_FORBIDDEN' ? 'E_NOT_FOUND' : outcome;
  };

/**
 * A permission inside the fixture project (project role widened by the global role). An actor who
 * cannot see the project gets E_NOT_FOUND, never E_FORBIDDEN: its existence must not leak.
 */
export const projectPermission =
  (permission: ProjectPermission): Expectation =>
  (kind) => {
    if (kind === 'anonymous') return 'E_UNAUTHENTICATED';
    if (!sees(kind)) return 'E_NOT_FOUND';
    return projectPermissionsOfKind(kind).has(permission) ? 'ok' : 'E_FORBIDDEN';
  };

/** Something only its owner may do, whatever their role: ok for the owner if they can see the project. */
export const ownerOnly =
  (isOwner: boolean): Expectation =>
  (kind) => {
    if (kind === 'anonymous') return 'E_UNAUTHENTICATED';
    if (!sees(kind)) return 'E_NOT_FOUND';
    return isOwner ? 'ok' : 'E_FORBIDDEN';
  };

/**
 * A bulk update is all or nothing: a ticket refused for lack of visibility or permission makes the
 * whole call E_BULK_REJECTED, with that ticket's reason in details.failures.
 */
export const bulk =
  (permission: ProjectPermission): Expectation =>
  (kind) => {
    const single = projectPermission(permission)(kind);
    return single === 'E_NOT_FOUND' || single === 'E_FORBIDDEN' ? `E_BULK_REJECTED/${single}` : single;
  };

function isFailureList(value: unknown): value is { error: ErrorCode }[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'error' in item);
}

/** Settles a call into its outcome: the domain code carried as the TRPCError's cause. */
export async function outcomeOf(promise: Promise<unknown>): Promise<Outcome> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause;
    if (cause instanceof DomainError) {
      const failures = cause.details.failures;
      if (cause.code === 'E_BULK_REJECTED' && isFailureList(failures) && failures[0]) {
        return `E_BULK_REJECTED/${failures[0].error}`;
      }
      return cause.code;
    }
    // Input validation: a matrix case built a bad input (the outcome says which field).
    if (cause instanceof ZodError)
      return `unexpected: E_VALIDATION ${cause.issues.map((issue) => issue.path.join('.')).join(', ')}`;
    if (error.code === 'UNAUTHORIZED') return 'E_UNAUTHENTICATED';
    return `unexpected: ${error.code} ${error.message}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// The fixture.

/**
 * A project led by `owner` (a separate user, not one of the actor kinds) with the viewer, member,
 * lead and manager as members; a ticket reported by the member; a comment on it by the member.
 * Every actor kind is a fresh user of this fixture. The outsider is not without projects: they are a
 * member of `elsewhere`, so what hides the fixture project from them is which project, not having none.
 */
export interface Fixture {
  actors: Record<SignedInKind, Actor>;
  owner: Actor;
  project: Project;
  ticket: Ticket;
  comment: Comment;
  elsewhere: Project;
}

export async function makeFixture(deps: TestDeps): Promise<Fixture> {
  const owner = (await makeActor(deps.db, { role: 'user' })).actor;
  const entries = await Promise.all(
    signedInKinds.map(async (kind) => {
      const { actor } = await makeActor(deps.db, { role: actorProfiles[kind].role });
      return [kind, actor] as const;
    }),
  );
  const actors = Object.fromEntries(entries) as Record<SignedInKind, Actor>;
  const members = signedInKinds.flatMap((kind) => {
    const membership = actorProfiles[kind].membership;
    return membership ? [{ userId: actors[kind].userId, role: membership }] : [];
  });
  const project = await makeProject(deps, owner, { members });
  const ticket = await makeTicket(deps, actors.member, project.key);
  const comment = await addComment(deps, actors.member, { key: ticket.key, body: 'First!' });
  const elsewhere = await makeProject(deps, owner, { members: [{ userId: actors.outsider.userId, role: 'member' }] });
  await makeTicket(deps, actors.outsider, elsewhere.key);
  return { actors, owner, project, ticket, comment, elsewhere };
}

/** A user who belongs to the fixture project as a viewer: someone whose membership can be changed. */
export async function bystander(deps: TestDeps, fixture: Fixture): Promise<string> {
  const user = await makeUser(deps.db);
  await deps.db.insert(projectMembers).values({ projectId: fixture.project.id, userId: user.id, role: 'viewer' });
  return user.id;
}

/**
 * A comment on the fixture ticket by `author`, written straight to the database: a viewer cannot
 * comment through the API, and an outsider's comment stands for one written before they left the project.
 */
export async function commentBy(deps: TestDeps, fixture: Fixture, author: Actor): Promise<string> {
  const [row] = await deps.db
    .insert(comments)
    .values({ ticketId: fixture.ticket.id, authorId: author.userId, body: 'Written earlier' })
    .returning();
  if (!row) throw new Error('comment insert returned no row');
  return row.id;
}

/** An attachment on the fixture ticket, uploaded by `uploader` (the deps must have attachments). */
export async function attachmentBy(
  deps: TestDeps,
  fixture: Fixture,
  uploader: Actor,
  state: 'pending' | 'ready' = 'ready',
): Promise<{ id: string }> {
  const config = deps.config.attachments;
  if (!config) throw new Error('these deps store no attachments: createTestDeps({ attachments })');
  const at = { ticketId: fixture.ticket.id, projectId: fixture.project.id, uploaderId: uploader.userId };
  return { id: await storedAttachment(deps.db, config, at, state) };
}

/** A saved view by `owner`: shared with the fixture project, or personal. */
export async function viewBy(deps: TestDeps, fixture: Fixture, owner: Actor, shared: boolean): Promise<{ id: string }> {
  const [row] = await deps.db
    .insert(savedViews)
    .values({
      ownerId: owner.userId,
      projectId: shared ? fixture.project.id : null,
      name: 'Open bugs',
      query: 'status:open',
    })
    .returning({ id: savedViews.id });
  if (!row) throw new Error('view insert returned no row');
  return { id: row.id };
}

/** A rule written straight to the database: of the fixture project, or global. */
export async function workflowBy(
  deps: TestDeps,
  fixture: Fixture,
  owner: Actor,
  inProject: boolean,
): Promise<{ id: string }> {
  const definition = {
    trigger: { type: 'event', event: 'ticket.created' },
    conditions: 'priority>=high',
    actions: [{ type: 'addLabels', labels: ['urgent'] }],
    allowRuleTrigger: false,
  };
  const [row] = await deps.db
    .insert(workflows)
    .values({
      projectId: inProject ? fixture.project.id : null,
      ownerId: owner.userId,
      name: 'Label urgent',
      definition,
    })
    .returning({ id: workflows.id });
  if (!row) throw new Error('workflow insert returned no row');
  await deps.db
    .insert(workflowVersions)
    .values({ workflowId: row.id, version: 1, name: 'Label urgent', definition, editorId: owner.userId });
  return { id: row.id };
}
