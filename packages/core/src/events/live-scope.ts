import type { Executor } from '@ticketing/db/client';
import { events } from '@ticketing/db/schema';
import { and, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { projectScope } from '../projects/project-scope.ts';
import type { EventType } from './catalog.ts';
import { currentRole } from './live-credential.ts';
import type { LiveEventsInput } from './live-schemas.ts';
import type { Event } from './schemas.ts';

/**
 * What an event about the stream's own user means to it: a membership changed (re-read which
 * projects it may see), or the user or credential changed (check the credential still holds, with
 * the role it now has).
 */
export type Concern = 'membership' | 'credential';

const membershipTypes = ['member.added', 'member.removed'] as const satisfies EventType[];
const userTypes = ['user.updated', 'user.password_changed'] as const satisfies EventType[];

/**
 * What one stream may see: the projects of events.list (the requested ones the user can read; every
 * project for an admin) and the requested types. Kept current by the events that change it, read in
 * order with all the others: a member removed from a project sees nothing of it after the removal.
 */
export class LiveScope {
  private readonly types: ReadonlySet<string> | null;

  private constructor(
    private readonly db: Executor,
    private actor: Actor,
    private readonly input: LiveEventsInput,
    /** Project ids; null: every project (an admin asking for all of them). */
    private projects: ReadonlySet<string> | null,
  ) {
    this.types = input.types?.length ? new Set(input.types) : null;
  }

  static async of(db: Executor, actor: Actor, input: LiveEventsInput): Promise<LiveScope> {
    return new LiveScope(db, actor, input, await LiveScope.projectsOf(db, actor, input));
  }

  private static async projectsOf(db: Executor, actor: Actor, input: LiveEventsInput) {
    const ids = await projectScope(db, actor, input.projectKeys);
    return ids === null ? null : new Set(ids);
  }

  /** Whether `event` changes what this stream may see, or whether it may go on. */
  concerns(event: Event): Concern | undefined {
    const { actor } = this;
    // Event's type does not tie `data` to `type`; the catalog gives these types these fields.
    const data = event.data as { userId?: string; tokenId?: string };
    switch (event.type) {
      case 'member.added':
      case 'member.removed':
        return data.userId === actor.userId ? 'membership' : undefined;
      case 'user.updated':
      case 'user.password_changed':
        return data.userId === actor.userId ? 'credential' : undefined;
      case 'token.revoked':
        return actor.via.kind === 'token' && data.tokenId === actor.via.tokenId ? 'credential' : undefined;
      default:
        return undefined;
    }
  }

  /** Brings the scope up to date after an event that concerns it; false when the stream must end. */
  async refresh(concern: Concern): Promise<boolean> {
    if (concern === 'credential') {
      const role = await currentRole(this.db, this.actor);
      if (role === null) return false;
      this.actor = { ...this.actor, role };
    }
    this.projects = await LiveScope.projectsOf(this.db, this.actor, this.input);
    return true;
  }

  /** Whether the stream shows `event`: a project event it may read, of a type it asked for. */
  admits(event: Event): boolean {
    if (!event.project) return false;
    if (this.projects !== null && !this.projects.has(event.project.id)) return false;
    return this.types === null || this.types.has(event.type);
  }

  /**
   * For reading the log: the events the stream shows, and those that concern it (so that a replay
   * meets every change of its scope in order, as the live feed does).
   */
  where(): SQL | undefined {
    const { actor, projects, types } = this;
    const inProjects =
      projects === null
        ? isNotNull(events.projectId)
        : projects.size > 0
          ? inArray(events.projectId, [...projects])
          : sql`false`;
    return or(
      and(inProjects, types ? inArray(events.type, [...types]) : undefined),
      and(inArray(events.type, [...membershipTypes, ...userTypes]), sql`${events.data}->>'userId' = ${actor.userId}`),
      actor.via.kind === 'token'
        ? and(eq(events.type, 'token.revoked'), sql`${events.data}->>'tokenId' = ${actor.via.tokenId}`)
        : undefined,
    );
  }
}
